import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { cursorPage, timestamp, timestampOrNull } from "./api-fields";
import { wireOf } from "./api-wire";

const at = Date.UTC(2026, 11, 3, 8, 30);
const Unit = z.object({ id: z.string(), createdAt: timestamp() });

describe("the wire form of an answer", () => {
  it("writes every timestamp field as RFC 3339, at any depth, and leaves other numbers alone", () => {
    const Out = cursorPage(
      z.object({
        version: z.number(),
        decidedAt: timestampOrNull(),
        unit: Unit,
        history: z.array(Unit.nullable()),
        byKey: z.record(z.string(), Unit),
        seenAt: timestamp().optional(),
      }),
    );
    const wire = wireOf(Out)({
      items: [
        {
          version: 3,
          decidedAt: null,
          unit: { id: "u", createdAt: at },
          history: [null, { id: "v", createdAt: at + 1 }],
          byKey: { a: { id: "a", createdAt: at } },
        },
      ],
      nextCursor: null,
    });
    expect(wire).toEqual({
      items: [
        {
          version: 3,
          decidedAt: null,
          unit: { id: "u", createdAt: "2026-12-03T08:30:00.000Z" },
          history: [null, { id: "v", createdAt: "2026-12-03T08:30:00.001Z" }],
          byKey: { a: { id: "a", createdAt: "2026-12-03T08:30:00.000Z" } },
        },
      ],
      nextCursor: null,
    });
    expect(wire).not.toHaveProperty("items.0.seenAt");
  });

  it("a schema reused in two places converts in both; a schema without timestamps passes through", () => {
    const Pair = z.object({ a: Unit, b: Unit });
    expect(wireOf(Pair)({ a: { id: "a", createdAt: at }, b: { id: "b", createdAt: at } })).toEqual({
      a: { id: "a", createdAt: "2026-12-03T08:30:00.000Z" },
      b: { id: "b", createdAt: "2026-12-03T08:30:00.000Z" },
    });
    const plain = { n: 1 };
    expect(wireOf(z.object({ n: z.number() }))(plain)).toBe(plain);
  });
});
