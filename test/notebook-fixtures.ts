/** Fixtures of the notebook, meetings and evaluations for the isolation suite (see test/fixtures.ts). */
import { evaluations } from "../src/db/schema/tenant/evaluations";
import { notebookEntries } from "../src/db/schema/tenant/notebook";
import { addRemark } from "../src/features/meetings/meetings-remarks.service";
import { createMeeting } from "../src/features/meetings/meetings.service";
import { createMember } from "../src/features/members/members.service";
import { newId } from "../src/platform/ids";
import { type TestTenant, dbOf, makeUnit } from "./harness";

async function memberInCell(t: TestTenant) {
  const cell = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "cell");
  const m = await createMember(t.ctx(), {
    cardNumber: `NB.${cell.id.slice(0, 8).toUpperCase()}`,
    fullName: "Đảng viên Sổ Tay",
    unitId: cell.id,
  });
  return { cell, m };
}

/** The columns every yearly record of a member has: a new row of theirs for 2026, in their cell. */
async function yearlyRow(t: TestTenant) {
  const { cell, m } = await memberInCell(t);
  const now = Date.now();
  return {
    id: newId(),
    tenantId: t.info.id,
    cycleId: newId(),
    year: 2026,
    memberId: m.id,
    unitId: cell.id,
    unitPath: cell.path,
    grp: m.group,
    createdAt: now,
    updatedAt: now,
  };
}

export const NOTEBOOK_FIXTURES: Record<string, (t: TestTenant) => Promise<string>> = {
  meeting: async (t) => {
    const cell = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "cell");
    const m = await createMeeting(t.ctx(), {
      unitId: cell.id,
      date: "2026-01-05",
      kind: "regular",
      minutesNumber: "01-BB/CB",
      attendance: 3,
      expected: 3,
    });
    return m.id;
  },
  meetingRemark: async (t) => {
    const { cell, m } = await memberInCell(t);
    const mt = await createMeeting(t.ctx(), {
      unitId: cell.id,
      date: "2026-02-05",
      kind: "thematic",
      topic: "Học tập và làm theo Bác",
      minutesNumber: "02-BB/CB",
      attendance: 1,
      expected: 1,
    });
    return (await addRemark(t.ctx(), mt.id, { memberId: m.id, kind: "praise", content: "Gương mẫu" })).id;
  },
  // Rows inserted directly (no cycle): enough for the routes to find them, or not.
  notebookEntry: async (t) => {
    const row = await yearlyRow(t);
    await dbOf(t)
      .insert(notebookEntries)
      .values({
        ...row,
        kind: "free",
        status: "submitted",
        title: "Ghi chép mẫu",
        body: "Nội dung ghi chép mẫu",
        submittedAt: row.createdAt,
      });
    return row.id;
  },
  evaluation: async (t) => {
    const row = await yearlyRow(t);
    await dbOf(t)
      .insert(evaluations)
      .values({ ...row, capUnitId: row.unitId, status: "open", cellLevel: "tot" });
    return row.id;
  },
};
