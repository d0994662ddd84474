/** Fixtures of the notebook, meetings and evaluations for the isolation suite (see test/fixtures.ts). */
import { evaluations } from "../src/db/schema/tenant/evaluations";
import { reportTurns } from "../src/db/schema/tenant/meetings";
import { notebookEntries } from "../src/db/schema/tenant/notebook";
import { addRemark } from "../src/features/meetings/meetings-remarks.service";
import { createMeeting } from "../src/features/meetings/meetings.service";
import type { CreateMeetingInput } from "../src/features/meetings/meetings.inputs";
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

/** The cell's `n`-th regular meeting of 2026 (minutes "0n-BB/CB"), all `present` of them there. */
function meetingOf(
  t: TestTenant,
  unitId: string,
  n: number,
  present: number,
  extra: Partial<CreateMeetingInput> = {},
) {
  return createMeeting(t.ctx(), {
    unitId,
    date: `2026-0${n}-05`,
    kind: "regular",
    minutesNumber: `0${n}-BB/CB`,
    attendance: present,
    expected: present,
    ...extra,
  });
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
    return (await meetingOf(t, cell.id, 1, 3)).id;
  },
  meetingRemark: async (t) => {
    const { cell, m } = await memberInCell(t);
    const mt = await meetingOf(t, cell.id, 2, 1, { kind: "thematic", topic: "Học tập và làm theo Bác" });
    return (await addRemark(t.ctx(), mt.id, { memberId: m.id, kind: "praise", content: "Gương mẫu" })).id;
  },
  reportTurn: async (t) => {
    const { cell, m } = await memberInCell(t);
    const now = Date.now();
    const id = newId();
    await dbOf(t).insert(reportTurns).values({
      id,
      tenantId: t.info.id,
      unitId: cell.id,
      year: 2026,
      memberId: m.id,
      date: "2026-05-05",
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return id;
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
