import { describe, expect, it } from "vitest";
import { call, json } from "../../../test/harness";
import type { MemberListOut, MemberOut } from "./members.outputs";
import { rosterWorld } from "./members.fixtures";

const page = async (cookie: string, q: string) =>
  json<MemberListOut>(await call("GET", `/api/v1/members?${q}`, { cookie }));

describe("members changed since an instant (incremental sync)", () => {
  it("lists by (updatedAt, id) from the instant on, and pages correctly across a change", async () => {
    const w = await rosterWorld();
    const made: MemberOut[] = [];
    for (const [i, fullName] of [
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Cường",
      "Phạm Thị Dung",
    ].entries()) {
      const res = await call("POST", "/api/v1/members", {
        cookie: w.cookie,
        json: { cardNumber: `S.${i}`, fullName, unitId: w.cells[0]!.id },
      });
      made.push(await json<MemberOut>(res, 201));
    }
    const since = encodeURIComponent(made[0]!.createdAt as unknown as string);
    const first = await page(w.cookie, `updatedSince=${since}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    const stamps = first.items.map((m) => `${m.updatedAt}|${m.id}`);
    expect([...stamps].sort()).toEqual(stamps);

    // A member of the first page changes while the client pages: it comes again at the end.
    const changed = first.items[0]!;
    const patch = await call("PATCH", `/api/v1/members/${changed.id}`, {
      cookie: w.cookie,
      json: { fullName: "Nguyễn Văn Ân", version: changed.version },
    });
    await json(patch, 200);
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await page(w.cookie, `updatedSince=${since}&limit=2&cursor=${cursor}`);
      seen.push(...next.items);
      cursor = next.nextCursor;
    }
    expect(new Set(seen.map((m) => m.id))).toEqual(new Set(made.map((m) => m.id)));
    expect(seen.at(-1)).toMatchObject({ id: changed.id, fullName: "Nguyễn Văn Ân" });

    // Nothing changed after the last change: an empty page, no cursor.
    const later = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
    expect(await page(w.cookie, `updatedSince=${later}`)).toMatchObject({ items: [], nextCursor: null });
    // The instant may carry an offset: 07:00+07:00 is 00:00Z.
    const vn = new Date(Date.parse(made[0]!.createdAt as unknown as string) + 7 * 3_600_000)
      .toISOString()
      .replace("Z", "+07:00");
    expect((await page(w.cookie, `updatedSince=${encodeURIComponent(vn)}`)).items.length).toBe(4);
  });

  it("a value that is not an RFC 3339 instant, or a name-order cursor, is a 400 problem in Vietnamese", async () => {
    const w = await rosterWorld();
    for (const bad of ["yesterday", "2026-12-01", "1733200000000", "2026-12-01T10:00:00"]) {
      const res = await call("GET", `/api/v1/members?updatedSince=${bad}`, { cookie: w.cookie });
      const body = await json<{ detail: string; errors: Record<string, string> }>(res, 400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(body.errors.updatedSince, bad).toContain("RFC 3339 kèm múi giờ");
    }
    const byName = btoa(JSON.stringify(["nguyen van an", "0h4k2m9q8r7s6t5v"]));
    const res = await call("GET", `/api/v1/members?updatedSince=2026-01-01T00:00:00Z&cursor=${byName}`, {
      cookie: w.cookie,
    });
    expect((await json<{ errors: Record<string, string> }>(res, 400)).errors.cursor).toBeDefined();
  });
});
