import { eq } from "drizzle-orm";
import { meetingAttendance, meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import { plans } from "../../db/schema/tenant/plans";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { factBumps } from "../../platform/counter-facts";
import {
  type CreateMeetingInput,
  MEETING_UNIT_KINDS,
  type MeetingOut,
  type UpdateMeetingInput,
  meetingFieldErrors,
} from "./meetings.inputs";
import { remarkNotices } from "./meetings-remarks.service";
import { meetingQuery, memberForRemarkQuery, remarkFactsQuery, toMeetingOut } from "./meetings.queries";

import {
  MINUTES_TAKEN,
  type MeetingRow,
  STALE,
  checkRemarkMembers,
  meetingFacts,
  remarkFacts,
  remarkRow,
  requireManager,
} from "./meetings.rules";
import { countQuery, firstVersion, writeAtVersion } from "../../platform/lookups";
import { unitQuery } from "../orgs";
import { markTurn, unmarkTurns } from "./meetings-rotation.queries";

export async function createMeeting(ctx: Ctx, input: CreateMeetingInput): Promise<MeetingOut> {
  requireManager(ctx);
  const remarkInputs = input.remarks ?? [];
  const [unitRows, found] = await ctx.db.batch([
    unitQuery(ctx, input.unitId),
    memberForRemarkQuery(
      ctx,
      remarkInputs.map((r) => r.memberId),
    ),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  if (!MEETING_UNIT_KINDS.includes(unit.kind))
    throw invalid({ unitId: "Chỉ ghi biên bản sinh hoạt của chi bộ (hoặc đảng bộ cơ sở)." });
  if (unit.status !== "active") throw conflict("Đơn vị đã giải thể: không ghi thêm biên bản.");
  const row: MeetingRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    unitPath: unit.path,
    year: Number(input.date.slice(0, 4)),
    date: input.date,
    kind: input.kind,
    minutesNumber: input.minutesNumber,
    topic: input.topic ?? "",
    attendance: input.attendance,
    expected: input.expected,
    notes: input.notes ?? "",
    createdBy: ctx.actor.accountId,
    createdByLabel: ctx.actor.displayName,
    ...firstVersion(ctx),
  };
  const errors = meetingFieldErrors(row);
  if (Object.keys(errors).length) throw invalid(errors);
  const groups = checkRemarkMembers(remarkInputs, found, unit.path, (i) => `remarks.${i}.memberId`);
  const remarks = remarkInputs.map((r, i) => remarkRow(ctx, row, r, groups[i]!));
  const facts = [...meetingFacts(row), ...remarks.flatMap(remarkFacts)];
  const inserts = [];
  for (let i = 0; i < remarks.length; i += 7)
    inserts.push(ctx.db.insert(meetingRemarks).values(remarks.slice(i, i + 7)));
  const out = toMeetingOut(row, unit.name, remarks);
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(meetings).values(row),
      ...inserts,
      ...remarks.filter((r) => r.kind === "report").map((r) => markTurn(ctx, r)),
      ...factBumps(ctx, [], facts),
      auditInsert(ctx, {
        action: "meeting.create",
        entityType: "meeting",
        entityId: row.id,
        after: {
          ...out,
          remarks: remarks.map((r) => ({ memberId: r.memberId, kind: r.kind, content: r.content })),
        },
      }),
      // The minutes without the remarks on people: those are read through the API.
      eventInsert(ctx, {
        type: "meeting.recorded",
        unit,
        resource: { type: "meeting", id: row.id },
        data: { ...out, remarks: undefined },
      }),
      ...remarkNotices(ctx, row, remarks),
    ],
    { "meetings.minutes_number": MINUTES_TAKEN() },
  );
  return out;
}

/** Once attendance is taken member by member, the counts follow from it and are not typed over. */
function lockedCounts(m: MeetingRow, input: UpdateMeetingInput) {
  const errors: Record<string, string> = {};
  const msg = "Đã điểm danh từng đảng viên: số này được tính từ danh sách điểm danh.";
  if (input.attendance !== undefined && input.attendance !== m.attendance) errors.attendance = msg;
  if (input.expected !== undefined && input.expected !== m.expected) errors.expected = msg;
  if (Object.keys(errors).length) throw invalid(errors);
}

async function loadMeeting(ctx: Ctx, id: string) {
  const [rows, remarkRows, cited, taken] = await ctx.db.batch([
    meetingQuery(ctx, id),
    remarkFactsQuery(ctx, id),
    countQuery(ctx, plans, eq(plans.meetingId, id)),
    countQuery(ctx, meetingAttendance, eq(meetingAttendance.meetingId, id)),
  ]);
  const found = rows[0];
  if (!found) throw notFound("Không tìm thấy biên bản sinh hoạt.");
  return { ...found, remarks: remarkRows, cited: cited[0]?.n ?? 0, taken: (taken[0]?.n ?? 0) > 0 };
}

export async function updateMeeting(ctx: Ctx, id: string, input: UpdateMeetingInput): Promise<MeetingOut> {
  requireManager(ctx);
  const { m: before, unitName, remarks, taken } = await loadMeeting(ctx, id);
  if (before.version !== input.version) throw conflict(STALE);
  if (taken) lockedCounts(before, input);
  const { version: _v, ...changes } = input;
  const after: MeetingRow = { ...before, version: before.version + 1, updatedAt: ctx.now };
  for (const [k, v] of Object.entries(changes))
    if (v !== undefined) (after as Record<string, unknown>)[k] = v;
  after.year = Number(after.date.slice(0, 4));
  const errors = meetingFieldErrors(after);
  if (Object.keys(errors).length) throw invalid(errors);
  const movedYear = after.year !== before.year;
  const facts = (m: MeetingRow) => [
    ...meetingFacts(m),
    ...remarks.flatMap((r) => remarkFacts({ ...r, year: m.year })),
  ];
  await writeBatch(
    ctx.db,
    [
      ...writeAtVersion(ctx, meetings, before, after),
      ...(movedYear
        ? [meetingRemarks, meetingAttendance].map((t) =>
            ctx.db
              .update(t)
              .set({ year: after.year })
              .where(scoped(ctx, t.tenantId, eq(t.meetingId, id))),
          )
        : []),
      ...factBumps(ctx, facts(before), facts(after)),
      auditInsert(ctx, {
        action: "meeting.update",
        entityType: "meeting",
        entityId: id,
        before: toMeetingOut(before, unitName, remarks),
        after: toMeetingOut(after, unitName, remarks),
      }),
    ],
    { "meetings.minutes_number": MINUTES_TAKEN() },
  );
  return toMeetingOut(after, unitName, remarks);
}

/** Deletes a meeting, its remarks and attendance, unless a plan confirmation cites it; returns where it was. */
export async function deleteMeeting(
  ctx: Ctx,
  id: string,
  version: number,
): Promise<{ unitId: string; year: number }> {
  requireManager(ctx);
  const { m, unitName, remarks, cited } = await loadMeeting(ctx, id);
  if (cited > 0) throw conflict("Biên bản này đã được dùng khi xác nhận kế hoạch cá nhân nên không thể xóa.");
  if (m.version !== version) throw conflict(STALE);
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, meetings, { id, version }, null),
    ...[meetingRemarks, meetingAttendance].map((t) =>
      ctx.db.delete(t).where(scoped(ctx, t.tenantId, eq(t.meetingId, id))),
    ),
    unmarkTurns(ctx, { meetingId: id }),
    ...factBumps(ctx, [...meetingFacts(m), ...remarks.flatMap(remarkFacts)], []),
    auditInsert(ctx, {
      action: "meeting.delete",
      entityType: "meeting",
      entityId: id,
      before: toMeetingOut(m, unitName, remarks),
    }),
  ]);
  return { unitId: m.unitId, year: m.year };
}
