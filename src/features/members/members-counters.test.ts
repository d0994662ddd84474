// The member count per unit and group is a roll-up counter kept by every member write; reports and
// the plans dashboard read it, and the recount agrees with it after each kind of change.
import { describe, expect, it } from "vitest";
import { call, d1Calls, dbOf, json } from "../../../test/harness";
import { recountAll } from "../../counter-sources";
import type { MemberOut } from "./members.outputs";
import { commit, csvBytes, rosterWorld, upload } from "./members.fixtures";

type Triple = { exemplar: number; follower: number; all: number };

describe("member counters", () => {
  it("follow create, edit, transfer, status, override, group rules and import; reports read them", async () => {
    const w = await rosterWorld();
    const { t, cookie, cells } = w;
    const figures = async (unitId: string) => {
      const res = await call("GET", `/api/v1/reports/units/${unitId}/figures?year=2026`, { cookie });
      const body = await json<{ figures: { members: Triple }; children: { figures: { members: Triple } }[] }>(
        res,
      );
      expect(d1Calls(res)).toBeLessThanOrEqual(2);
      return body;
    };
    const exact = async () => expect(await recountAll(dbOf(t), t.info.id)).toEqual([]);
    const create = async (card: string, unitId: string, extra: Record<string, unknown> = {}) =>
      json<MemberOut>(
        await call("POST", "/api/v1/members", {
          cookie,
          json: { cardNumber: card, fullName: "Nguyễn Văn An", unitId, ...extra },
        }),
        201,
      );
    const post = async (m: MemberOut, action: string, body: Record<string, unknown>) =>
      json<MemberOut>(
        await call("POST", `/api/v1/members/${m.id}/${action}`, {
          cookie,
          json: { ...body, version: m.version },
        }),
      );

    let a = await create("79.000001", cells[0]!.id);
    const b = await create("79.000002", cells[0]!.id);
    let leader = await create("79.000003", cells[1]!.id, { partyPositions: ["cell_secretary"] });
    expect((await figures(t.rootId)).figures.members).toEqual({ exemplar: 1, follower: 2, all: 3 });
    await exact();

    // Transfer: the cells change, the school and the root do not.
    a = await post(a, "transfer", { unitId: cells[2]!.id, date: "01/03/2026", reason: "Chuyển công tác" });
    const school = await figures(w.school.id);
    expect(school.figures.members.all).toBe(3);
    expect(school.children.map((c) => c.figures.members.all)).toEqual([1, 1, 1]);
    await exact();

    // Leaving the tenant takes the member out of the count; coming back puts them in again.
    a = await post(a, "status", {
      status: "transferred_out",
      date: "02/03/2026",
      reason: "Chuyển đi tỉnh khác",
    });
    expect((await figures(t.rootId)).figures.members).toEqual({ exemplar: 1, follower: 1, all: 2 });
    a = await post(a, "status", { status: "official", date: "03/03/2026", reason: "Chuyển về lại" });
    expect((await figures(t.rootId)).figures.members.all).toBe(3);
    await exact();

    // A group override and a change of positions move members between the groups.
    await post(b, "group-override", { group: "exemplar", reason: "Trưởng phòng, quyết định của cấp ủy" });
    expect((await figures(t.rootId)).figures.members).toEqual({ exemplar: 2, follower: 1, all: 3 });
    const edited = await call("PATCH", `/api/v1/members/${leader.id}`, {
      cookie,
      json: { partyPositions: [], version: leader.version },
    });
    leader = await json<MemberOut>(edited);
    expect((await figures(t.rootId)).figures.members).toEqual({ exemplar: 1, follower: 2, all: 3 });
    await exact();

    // New group rules: nobody's positions make group 1 any more except overrides.
    const rules = await json<{ version: number }>(
      await call("GET", "/api/v1/members/group-rules", { cookie }),
    );
    await json(
      await call("PUT", "/api/v1/members/group-rules", {
        cookie,
        json: { exemplarPositions: ["committee_secretary"], version: rules.version },
      }),
    );
    await exact();

    // An import that adds one member and moves an existing one.
    const csv = [
      "STT,Số thẻ đảng viên,Họ và tên,Chi bộ",
      `1,79.000002,Nguyễn Văn An,${cells[1]!.code}`,
      `2,79.000009,Trần Thị Bình,${cells[2]!.code}`,
    ].join("\n");
    const job = await upload({ t, cookie }, csvBytes(csv), "bo-sung.csv");
    await commit(cookie, job.id);
    const after = await figures(t.rootId);
    expect(after.figures.members.all).toBe(4);
    await exact();

    // The plans dashboard reads the same counters.
    const dash = await json<{ total: { exemplar: { members: number }; follower: { members: number } } }>(
      await call("GET", `/api/v1/plans/dashboard?unitId=${t.rootId}&year=2026`, { cookie }),
    );
    expect(dash.total.exemplar.members + dash.total.follower.members).toBe(4);
    expect(dash.total.exemplar.members).toBe(after.figures.members.exemplar);
  });
});
