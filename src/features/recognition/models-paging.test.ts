import { describe, expect, it } from "vitest";
import { call, json, makeTenant } from "../../../test/harness";
import { districtTree, makeModel } from "../../../test/exemplars-kit";
import { adminCookie } from "../../../test/world";

type Page = { items: { id: string }[]; nextCursor: string | null };

describe("a registry list pages by ?cursor=&limit=", () => {
  it("a page holds `limit` rows and its cursor leads to the rest; a limit out of 1–200 is a 400", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const made = [];
    for (const title of ["Mô hình một", "Mô hình hai", "Mô hình ba"])
      made.push(await makeModel(t, title, { unitId: cells[0]!.id }));
    const cookie = await adminCookie(t);
    const first = await json<Page>(await call("GET", "/api/v1/models?limit=2", { cookie }));
    expect(first.items).toHaveLength(2);
    const rest = await json<Page>(
      await call("GET", `/api/v1/models?limit=2&cursor=${first.nextCursor}`, { cookie }),
    );
    expect(rest).toMatchObject({ nextCursor: null });
    expect(new Set([...first.items, ...rest.items].map((m) => m.id))).toEqual(new Set(made.map((m) => m.id)));
    for (const limit of ["0", "201", "mười"]) {
      const res = await call("GET", `/api/v1/models?limit=${limit}`, { cookie });
      expect((await json<{ errors: Record<string, string> }>(res, 400)).errors.limit, limit).toBeDefined();
    }
  });
});
