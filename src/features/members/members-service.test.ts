import { describe, expect, it } from "vitest";
import { type TestTenant, makeAccount, makeTenant, makeUnit, rejects } from "../../../test/harness";
import type { Ctx } from "../../platform/context";
import { ServiceError } from "../../platform/errors";
import { deleteUnit, getUnitView } from "../orgs";
import {
  getGroupRules,
  overrideGroup,
  setGroupRules,
  setMemberStatus,
  transferMember,
} from "./members-changes.service";
import { CreateMemberInput, UpdateMemberInput } from "./members.inputs";
import {
  createMember,
  getMemberDetail,
  getMemberInScope,
  groupAtDate,
  updateMember,
} from "./members.service";

async function world() {
  const t = await makeTenant();
  const root = { id: t.rootId, path: t.rootPath, depth: 0 };
  const school = await makeUnit(t, root, "grassroots", "Đảng bộ Trường");
  const cellA = await makeUnit(t, school, "cell", "Chi bộ A");
  const cellB = await makeUnit(t, school, "cell", "Chi bộ B");
  return { t, root, school, cellA, cellB, admin: t.ctx() };
}

const input = (o: Record<string, unknown>) => CreateMemberInput.parse({ fullName: "Nguyễn Văn An", ...o });

const secretaryOf = async (t: TestTenant, unit: { id: string; path: string }): Promise<Ctx> =>
  t.ctx(await makeAccount(t, "secretary", unit));

describe("member records", () => {
  it("creates a member with keys and a group from the positions", async () => {
    const w = await world();
    const m = await createMember(
      w.admin,
      input({
        cardNumber: " 79.100 201 ",
        unitId: w.cellA.id,
        partyPositions: ["cell_secretary"],
        joinDate: "19/05/2004",
      }),
    );
    expect(m.cardNumber).toBe("79.100201");
    expect(m.group).toBe("exemplar");
    expect(m.status).toBe("probationary");
    const d = await getMemberDetail(w.admin, m.id);
    expect(d.groupHistory, "history records changes only").toHaveLength(0);
    expect(d.unitTrail.map((u) => u.name)).toContain("Chi bộ A");
    const row = await getMemberInScope(w.admin, m.id);
    expect(row.m.searchKey).toBe("nguyen van an");
    expect(row.m.sortKey.startsWith("A")).toBe(true);
  });

  it("refuses a duplicate card, a unit that is not a cell, and impossible dates", async () => {
    const w = await world();
    await createMember(w.admin, input({ cardNumber: "79.1", unitId: w.cellA.id }));
    await rejects(
      createMember(w.admin, input({ cardNumber: "79.1", unitId: w.cellB.id })),
      400,
      "cardNumber",
    );
    await rejects(createMember(w.admin, input({ cardNumber: "79.2", unitId: w.school.id })), 400, "unitId");
    await rejects(
      createMember(
        w.admin,
        input({ cardNumber: "79.3", unitId: w.cellA.id, birthDate: "01/01/1990", joinDate: "01/01/1980" }),
      ),
      400,
      "joinDate",
    );
    expect(
      CreateMemberInput.safeParse({
        fullName: "A B",
        cardNumber: "X.1",
        unitId: w.cellA.id,
        birthDate: "31/02/1990",
      }).success,
    ).toBe(false);
    expect(
      CreateMemberInput.safeParse({
        fullName: "A B",
        cardNumber: "X.1",
        unitId: w.cellA.id,
        status: "deceased",
      }).success,
    ).toBe(false);
  });

  it("answers the unverified tenant's cap with a clear 409 and writes nothing", async () => {
    const w = await world();
    const capped: Ctx = { ...w.admin, tenant: { ...w.admin.tenant, memberCap: 1 } };
    await createMember(capped, input({ cardNumber: "C.1", unitId: w.cellA.id }));
    const e = await rejects(createMember(capped, input({ cardNumber: "C.2", unitId: w.cellA.id })), 409);
    expect(e.message).toContain("tối đa 1 đảng viên");
    await rejects(getMemberByCard(w.admin, "C.2"), 404);
  });

  it("keeps a secretary inside their subtree and a member on their own record", async () => {
    const w = await world();
    const a = await createMember(w.admin, input({ cardNumber: "S.1", unitId: w.cellA.id }));
    const b = await createMember(w.admin, input({ cardNumber: "S.2", unitId: w.cellB.id }));
    const secA = await secretaryOf(w.t, w.cellA);
    expect((await getMemberInScope(secA, a.id)).m.id).toBe(a.id);
    await rejects(getMemberInScope(secA, b.id), 404);
    await rejects(
      updateMember(secA, b.id, UpdateMemberInput.parse({ fullName: "Trần Văn B", version: 1 })),
      404,
    );
    await rejects(createMember(secA, input({ cardNumber: "S.3", unitId: w.cellB.id })), 404);
    const self = w.t.ctx(await makeAccount(w.t, "member", w.cellA, { memberId: a.id }));
    expect((await getMemberDetail(self, a.id)).member.id).toBe(a.id);
    await rejects(getMemberDetail(self, b.id), 404);
    await rejects(updateMember(self, a.id, UpdateMemberInput.parse({ fullName: "Tự sửa", version: 1 })), 403);
  });
});

async function getMemberByCard(ctx: Ctx, card: string) {
  const { listMembers } = await import("./members-list.service");
  const list = await listMembers(ctx, { q: card, status: "all" });
  if (!list.items[0]) throw new ServiceError("not_found");
  return list.items[0];
}

describe("groups over time", () => {
  it("a change of positions regroups from its date and keeps the history", async () => {
    const w = await world();
    const m = await createMember(w.admin, input({ cardNumber: "G.1", unitId: w.cellA.id }));
    expect(m.group).toBe("follower");
    const up = await updateMember(
      w.admin,
      m.id,
      UpdateMemberInput.parse({
        govPositions: ["deputy_faculty_head"],
        effectiveFrom: "01/03/2025",
        version: 1,
      }),
    );
    expect(up.group).toBe("exemplar");
    expect(await groupAtDate(w.admin, m.id, "2025-02-28")).toBe("follower");
    expect(await groupAtDate(w.admin, m.id, "2025-03-01")).toBe("exemplar");
    await rejects(updateMember(w.admin, m.id, UpdateMemberInput.parse({ fullName: "Cũ", version: 1 })), 409);
    const d = await getMemberDetail(w.admin, m.id);
    expect(d.groupHistory.map((h) => [h.effectiveFrom, h.group])).toEqual([["2025-03-01", "exemplar"]]);
    expect(
      await groupAtDate(
        w.admin,
        (await createMember(w.admin, input({ cardNumber: "G.2", unitId: w.cellA.id }))).id,
        "2000-01-01",
      ),
    ).toBe("follower");
  });

  it("an admin overrides the group with a reason; a secretary cannot; the same override twice is 409", async () => {
    const w = await world();
    const m = await createMember(w.admin, input({ cardNumber: "O.1", unitId: w.cellA.id }));
    const secA = await secretaryOf(w.t, w.cellA);
    await rejects(overrideGroup(secA, m.id, { group: "exemplar", reason: "Phân công", version: 1 }), 403);
    const o = await overrideGroup(w.admin, m.id, {
      group: "exemplar",
      reason: "Phân công phụ trách",
      version: 1,
    });
    expect(o.group).toBe("exemplar");
    expect(o.positionGroup).toBe("follower");
    await rejects(overrideGroup(w.admin, m.id, { group: "exemplar", reason: "Lặp lại", version: 2 }), 409);
    const cleared = await overrideGroup(w.admin, m.id, { group: null, reason: "Hết phân công", version: 2 });
    expect(cleared.group).toBe("follower");
  });

  it("tenant rules decide which positions make group 1; changing them regroups everyone", async () => {
    const w = await world();
    const leader = await createMember(
      w.admin,
      input({ cardNumber: "R.1", unitId: w.cellA.id, partyPositions: ["group_leader"] }),
    );
    const head = await createMember(
      w.admin,
      input({ cardNumber: "R.2", unitId: w.cellA.id, govPositions: ["faculty_head"] }),
    );
    expect([leader.group, head.group]).toEqual(["follower", "exemplar"]);
    const rules = await getGroupRules(w.admin);
    expect(rules.isDefault).toBe(true);
    await setGroupRules(w.admin, { exemplarPositions: ["group_leader"], version: 0 });
    expect((await getMemberInScope(w.admin, leader.id)).m.memberGroup).toBe("exemplar");
    expect((await getMemberInScope(w.admin, head.id)).m.memberGroup).toBe("follower");
    await rejects(setGroupRules(w.admin, { exemplarPositions: [], version: 0 }), 409);
    expect((await getMemberDetail(w.admin, head.id)).groupHistory[0]!.reason).toContain("quy tắc");
  });
});

describe("transfers and leaving", () => {
  it("moves a member to another cell with the history, and their account follows", async () => {
    const w = await world();
    const m = await createMember(w.admin, input({ cardNumber: "T.1", unitId: w.cellA.id }));
    const t = await transferMember(w.admin, m.id, {
      unitId: w.cellB.id,
      date: "2025-06-01",
      reason: "Điều động công tác",
      version: 1,
    });
    expect(t.unitId).toBe(w.cellB.id);
    const d = await getMemberDetail(w.admin, m.id);
    expect(d.transfers[0]).toMatchObject({
      fromUnitName: "Chi bộ A",
      toUnitName: "Chi bộ B",
      date: "2025-06-01",
    });
    await rejects(
      transferMember(w.admin, m.id, {
        unitId: w.cellB.id,
        date: "2025-06-02",
        reason: "Lặp lại",
        version: 2,
      }),
      409,
    );
    const secA = await secretaryOf(w.t, w.cellA);
    await rejects(getMemberInScope(secA, m.id), 404);
  });

  it("leaving keeps the record, disables the account; a closed record cannot change", async () => {
    const w = await world();
    const m = await createMember(w.admin, input({ cardNumber: "L.1", unitId: w.cellA.id }));
    type Status = Parameters<typeof setMemberStatus>[2]["status"];
    const setStatus = (status: Status, date: string, reason: string, version: number) =>
      setMemberStatus(w.admin, m.id, { status, date, reason, version });
    const out = await setStatus("transferred_out", "2025-01-10", "Chuyển ra ngoài tỉnh", 1);
    expect(out.status).toBe("transferred_out");
    expect((await getMemberDetail(w.admin, m.id)).transfers[0]!.toUnitId).toBeNull();
    await rejects(
      transferMember(w.admin, m.id, { unitId: w.cellB.id, date: "2025-02-01", reason: "Thử", version: 2 }),
      409,
    );
    const back = await setStatus("official", "2025-03-01", "Chuyển về", 2);
    expect(back.status).toBe("official");
    await setStatus("deceased", "2025-04-01", "Từ trần", 3);
    await rejects(setStatus("official", "2025-05-01", "Sai", 4), 409);
    await rejects(setStatus("removed", "2025-05-01", "Sai", 4), 409);
  });

  it("a unit with members cannot be deleted", async () => {
    const w = await world();
    await createMember(w.admin, input({ cardNumber: "U.1", unitId: w.cellA.id }));
    const v = (await getUnitView(w.admin, w.cellA.id)).unit.version;
    await rejects(deleteUnit(w.admin, w.cellA.id, v), 409);
  });
});
