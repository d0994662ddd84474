import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, json, makeAccount, makeUnit } from "../../../test/harness";
import { parseCsv } from "../../lib/sheets";
import { exportedSheet } from "../../../test/sheets-kit";
import type { MemberDetailOut, MemberListOut, MemberOut } from "./members.outputs";
import { rosterWorld } from "./members.fixtures";

async function seed(w: Awaited<ReturnType<typeof rosterWorld>>) {
  const [a, b] = w.cells as [(typeof w.cells)[0], (typeof w.cells)[0]];
  const people: [string, string, string, string[]?][] = [
    ["A.1", "Nguyễn Văn An", a.id, ["cell_secretary"]],
    ["A.2", "Trần Thị Bình", a.id],
    ["A.3", "Đặng Văn Dũng", a.id],
    ["A.4", "Lê Văn Đức", a.id],
    ["B.1", "Phạm Thị 100% Ánh", b.id],
    ["B.2", "Võ Văn An_h", b.id],
    ["B.3", "Nguyễn Văn Anh", b.id, ["cell_committee_member"]],
  ];
  const out: Record<string, MemberOut> = {};
  for (const [card, fullName, unitId, partyPositions] of people) {
    const res = await call("POST", "/api/v1/members", {
      cookie: w.cookie,
      json: { cardNumber: card, fullName, unitId, partyPositions },
    });
    out[card] = await json<MemberOut>(res, 201);
  }
  return out;
}

const names = (l: MemberListOut) => l.items.map((m) => m.fullName);
const list = async (cookie: string, q: string) =>
  json<MemberListOut>(await call("GET", `/api/v1/members?${q}`, { cookie }));

describe("lists and search", () => {
  it("lists in Vietnamese order, filters by unit subtree, group, status and position", async () => {
    const w = await rosterWorld();
    await seed(w);
    const all = await list(w.cookie, "");
    expect(names(all)).toEqual([
      "Nguyễn Văn An",
      "Nguyễn Văn Anh",
      "Võ Văn An_h",
      "Phạm Thị 100% Ánh",
      "Trần Thị Bình",
      "Đặng Văn Dũng",
      "Lê Văn Đức",
    ]);
    expect(all.total).toBe(7);
    expect((await list(w.cookie, `unitId=${w.cells[0]!.id}`)).total).toBe(4);
    expect((await list(w.cookie, `unitId=${w.school.id}`)).total).toBe(7);
    expect(names(await list(w.cookie, "group=exemplar"))).toEqual(["Nguyễn Văn An", "Nguyễn Văn Anh"]);
    expect(names(await list(w.cookie, "position=cell_committee_member"))).toEqual(["Nguyễn Văn Anh"]);
    expect((await list(w.cookie, "status=deceased")).total).toBe(0);
    await expectStatus(await call("GET", "/api/v1/members?group=nhom1", { cookie: w.cookie }), 400);
    await expectStatus(await call("GET", "/api/v1/members?sort=name", { cookie: w.cookie }), 200);
  });

  it("searches without accents or case; % and _ are literal; long or odd queries answer cleanly", async () => {
    const w = await rosterWorld();
    await seed(w);
    expect(names(await list(w.cookie, "q=nguyen%20van%20an"))).toEqual(["Nguyễn Văn An", "Nguyễn Văn Anh"]);
    expect(names(await list(w.cookie, "q=NGUYEN%20AN"))).toEqual(["Nguyễn Văn An", "Nguyễn Văn Anh"]);
    expect(names(await list(w.cookie, "q=%C4%90"))).toEqual(["Đặng Văn Dũng", "Lê Văn Đức"]);
    expect(names(await list(w.cookie, "q=duc"))).toEqual(["Lê Văn Đức"]);
    expect(names(await list(w.cookie, "q=100%25"))).toEqual(["Phạm Thị 100% Ánh"]);
    expect(names(await list(w.cookie, "q=%25"))).toEqual(["Phạm Thị 100% Ánh"]);
    expect(names(await list(w.cookie, "q=an_"))).toEqual(["Võ Văn An_h"]);
    expect(names(await list(w.cookie, "q=b.3"))).toEqual(["Nguyễn Văn Anh"]);
    expect(
      names(await list(w.cookie, `q=${encodeURIComponent("Nguyễn Văn An".normalize("NFD"))}`)),
    ).toHaveLength(2);
    await expectStatus(await call("GET", `/api/v1/members?q=${"a".repeat(201)}`, { cookie: w.cookie }), 400);
    expect((await list(w.cookie, `q=${"đ".repeat(200)}`)).total).toBe(0);
    expect((await list(w.cookie, `q=${encodeURIComponent("\u202e\u200d")}`)).total).toBe(7);
  });

  it("pages with a cursor and costs at most 2 D1 round trips per page at any size", async () => {
    const w = await rosterWorld();
    await seed(w);
    const first = await list(w.cookie, "limit=3");
    expect(first.items).toHaveLength(3);
    const second = await list(w.cookie, `limit=3&cursor=${first.nextCursor}`);
    const third = await list(w.cookie, `limit=3&cursor=${second.nextCursor}`);
    expect([...names(first), ...names(second), ...names(third)]).toEqual(names(await list(w.cookie, "")));
    expect(third.nextCursor).toBeNull();
    await expectStatus(await call("GET", "/api/v1/members?cursor=bm9wZQ", { cookie: w.cookie }), 400);
    for (const path of [
      "/api/v1/members?q=an&group=exemplar",
      `/t/${w.t.info.slug}/members?unitId=${w.school.id}&q=an`,
    ]) {
      await call("GET", path, { cookie: w.cookie });
      const res = await call("GET", path, { cookie: w.cookie });
      await expectStatus(res, 200);
      expect(d1Calls(res), path).toBeLessThanOrEqual(2);
    }
  });

  it("exports the filtered list as XLSX and as CSV with BOM, with the template's columns", async () => {
    const w = await rosterWorld();
    await seed(w);
    const x = await call("GET", `/api/v1/members/export?format=xlsx&unitId=${w.cells[1]!.id}`, {
      cookie: w.cookie,
    });
    const { rows } = exportedSheet(
      new Uint8Array(await x.arrayBuffer()),
      "DANH SÁCH ĐẢNG VIÊN",
      "Chi bộ Khoa Lý luận cơ sở",
    );
    expect(rows[0]!.slice(0, 3)).toEqual(["STT", "Số thẻ đảng viên", "Họ và tên"]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(["Nguyễn Văn Anh", "Võ Văn An_h", "Phạm Thị 100% Ánh"]);
    const c = await call("GET", "/api/v1/members/export?format=csv&q=dung", { cookie: w.cookie });
    expect(c.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await c.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(table.map((r) => r[2])).toEqual(["Họ và tên", "Đặng Văn Dũng"]);
  });
});

describe("scope and isolation", () => {
  it("a secretary sees only their subtree: list, search, export, profile; a member only themself", async () => {
    const w = await rosterWorld();
    const m = await seed(w);
    const secA = await cookieFor(w.t, (await makeAccount(w.t, "secretary", w.cells[0]!)).id);
    expect((await list(secA, "")).total).toBe(4);
    expect(names(await list(secA, "q=anh"))).toEqual([]);
    await expectStatus(await call("GET", `/api/v1/members?unitId=${w.cells[1]!.id}`, { cookie: secA }), 404);
    await expectStatus(await call("GET", `/api/v1/members/${m["B.3"]!.id}`, { cookie: secA }), 404);
    await expectStatus(
      await call("PATCH", `/api/v1/members/${m["B.3"]!.id}`, {
        cookie: secA,
        json: { fullName: "X Y", version: 1 },
      }),
      404,
    );
    const csv = await (await call("GET", "/api/v1/members/export?format=csv", { cookie: secA })).text();
    expect(csv).not.toContain("Nguyễn Văn Anh");
    expect(csv).toContain("Lê Văn Đức");
    const self = await makeAccount(w.t, "member", w.cells[0]!, { memberId: m["A.2"]!.id });
    const selfCookie = await cookieFor(w.t, self.id);
    const me = await json<MemberDetailOut>(await call("GET", "/api/v1/members/me", { cookie: selfCookie }));
    expect(me.member.fullName).toBe("Trần Thị Bình");
    await expectStatus(await call("GET", `/api/v1/members/${m["A.1"]!.id}`, { cookie: selfCookie }), 404);
    await expectStatus(await call("GET", "/api/v1/members", { cookie: selfCookie }), 403);
    await expectStatus(await call("GET", "/api/v1/members"), 401);
  });

  it("never crosses tenants: ids, lists and searches of another tenant", async () => {
    const w = await rosterWorld();
    const other = await rosterWorld();
    const theirs = await seed(other);
    await seed(w);
    await expectStatus(await call("GET", `/api/v1/members/${theirs["A.1"]!.id}`, { cookie: w.cookie }), 404);
    await expectStatus(
      await call("POST", `/api/v1/members/${theirs["A.1"]!.id}/transfer`, {
        cookie: w.cookie,
        json: { unitId: w.cells[1]!.id, date: "01/01/2025", reason: "Thử chuyển", version: 1 },
      }),
      404,
    );
    await expectStatus(
      await call("GET", `/api/v1/members?unitId=${other.school.id}`, { cookie: w.cookie }),
      404,
    );
    const mine = await list(w.cookie, "q=nguyen");
    expect(mine.items.every((i) => !Object.values(theirs).some((t) => t.id === i.id))).toBe(true);
    const body = await call("POST", "/api/v1/members", {
      cookie: w.cookie,
      json: {
        cardNumber: "T.9",
        fullName: "Ngô Văn Chín",
        unitId: w.cells[0]!.id,
        tenant_id: other.t.info.id,
      },
    });
    await expectStatus(body, 400);
    await expectStatus(
      await call("POST", "/api/v1/members", {
        cookie: w.cookie,
        json: { cardNumber: "T.9", fullName: "Ngô Văn Chín", unitId: other.cells[0]!.id },
      }),
      404,
    );
  });

  it("rejects fields a route does not take (status, group, version on create) with 400", async () => {
    const w = await rosterWorld();
    const m = (await seed(w))["A.1"]!;
    const patch = (body: unknown) =>
      call("PATCH", `/api/v1/members/${m.id}`, { cookie: w.cookie, json: body });
    await expectStatus(await patch({ status: "deceased", version: 1 }), 400);
    await expectStatus(await patch({ memberGroup: "exemplar", version: 1 }), 400);
    await expectStatus(await patch({ unitId: w.cells[1]!.id, version: 1 }), 400);
    await expectStatus(await patch({ fullName: "Nguyễn Văn Ấn", version: 7 }), 409);
    const ok = await json<MemberOut>(await patch({ fullName: "Nguyễn Văn Ấn", version: 1 }));
    expect(ok.version).toBe(2);
    const unit = await makeUnit(w.t, w.cells[0]!, "group", "Tổ đảng 1");
    const moved = await call("POST", `/api/v1/members/${m.id}/transfer`, {
      cookie: w.cookie,
      json: { unitId: unit.id, date: "01/01/2025", reason: "Về tổ đảng", version: 2 },
    });
    expect((await json<MemberOut>(moved)).unitId).toBe(unit.id);
  });
});
