import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, json, makeTenant, makeUnit } from "../../../test/harness";
import { createMember } from "../members";

type Page = { items: { memberId: string; fullName: string; group: string }[]; nextCursor: string | null };

describe("people behind a figure", () => {
  it("pages 50 at a time with a cursor, leaders first, without gaps or repeats", async () => {
    const t = await makeTenant();
    const cell = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "cell");
    for (let i = 0; i < 53; i++)
      await createMember(t.ctx(), {
        cardNumber: `PG.${String(i).padStart(4, "0")}`,
        fullName: `Nguyễn Văn Số ${String(i).padStart(2, "0")}`,
        unitId: cell.id,
        partyPositions: i % 10 === 9 ? ["cell_committee_member"] : [],
      });
    const admin = await cookieFor(t, t.adminId);
    const path = `/api/v1/reports/units/${t.rootId}/people?figure=members`;
    const first = await json<Page>(await call("GET", path, { cookie: admin }));
    expect(first.items).toHaveLength(50);
    expect(first.items.slice(0, 5).every((p) => p.group === "exemplar")).toBe(true);
    expect(first.nextCursor).toBeTruthy();
    const res = await call("GET", `${path}&cursor=${first.nextCursor}`, { cookie: admin });
    const second = await json<Page>(res);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((p) => p.memberId);
    expect(new Set(ids).size).toBe(53);
    const html = await expectStatus(
      await call("GET", `/t/${t.info.slug}/reports/units/${cell.id}/people?figure=members`, {
        cookie: admin,
      }),
      200,
    );
    expect(html).toContain("Trang sau »");
    const bad = await call("GET", `${path}&cursor=not-a-cursor`, { cookie: admin });
    expect((await json<{ errors: Record<string, string> }>(bad, 400)).errors.cursor).toBe(
      "Con trỏ trang không hợp lệ.",
    );
  });
});
