// Attendance taken member by member: the rows replace what was taken before, and the meeting's
// counts (present of convened) and their roll-up counters follow from them in the same batch.
import { eq } from "drizzle-orm";
import { meetingAttendance, meetings } from "../../db/schema/tenant/meetings";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { factBumps } from "../../platform/counter-facts";
import { conflict, notFound } from "../../platform/errors";
import { eventInsert } from "../../platform/events";
import { newId } from "../../platform/ids";
import { insertMany } from "../../platform/insert-many";
import { nextVersion, writeAtVersion } from "../../platform/lookups";
import { scoped } from "../../platform/scope";
import type { AttendanceOut, TakeAttendanceInput } from "./meetings-attendance.inputs";
import type { MeetingAttendanceOut } from "./meetings.inputs";
import { meetingReads, toMeetingOut } from "./meetings.queries";
import { STALE, attendanceTally, meetingFacts, requireManager } from "./meetings.rules";

/** Takes (or retakes) the attendance of a meeting: one read batch, one write batch. */
export async function takeAttendance(
  ctx: Ctx,
  meetingId: string,
  input: TakeAttendanceInput,
): Promise<MeetingAttendanceOut> {
  requireManager(ctx);
  const [rows, remarks, current, beforeRows] = await ctx.db.batch(meetingReads(ctx, meetingId));
  const row = rows[0];
  if (!row) throw notFound("Không tìm thấy biên bản sinh hoạt.");
  const before = row.m;
  if (before.version !== input.version) throw conflict(STALE);
  // The unit's current members, and those already on the list (who may have left since).
  const names = new Map([
    ...beforeRows.map((m) => [m.memberId, m.memberName] as const),
    ...current.map((m) => [m.id, m.fullName] as const),
  ]);
  if (input.entries.some((e) => !names.has(e.memberId)))
    throw notFound("Không tìm thấy đảng viên trong chi bộ này.");
  const tally = attendanceTally(input.entries);
  const after = {
    ...before,
    attendance: tally.present,
    expected: input.entries.length,
    ...nextVersion(before, ctx),
  };
  const items: AttendanceOut[] = input.entries.map((e) => ({
    memberId: e.memberId,
    memberName: names.get(e.memberId) ?? "",
    status: e.status,
    reason: e.status === "present" ? "" : (e.reason ?? ""),
  }));
  const out = {
    meeting: toMeetingOut(
      after,
      row.unitName,
      remarks.map((r) => r.r),
    ),
    items,
  };
  const summary = { attendance: after.attendance, expected: after.expected, ...tally };
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, meetings, before, {
      attendance: after.attendance,
      expected: after.expected,
      version: after.version,
      updatedAt: after.updatedAt,
    }),
    ctx.db
      .delete(meetingAttendance)
      .where(scoped(ctx, meetingAttendance.tenantId, eq(meetingAttendance.meetingId, meetingId))),
    ...[
      insertMany(
        ctx.db,
        meetingAttendance,
        items.map((i) => ({
          id: newId(),
          tenantId: ctx.tenant.id,
          meetingId,
          memberId: i.memberId,
          year: before.year,
          status: i.status,
          reason: i.reason,
        })),
      )!,
    ],
    ...factBumps(ctx, meetingFacts(before), meetingFacts(after)),
    auditInsert(ctx, {
      action: "meeting.attendance",
      entityType: "meeting",
      entityId: meetingId,
      before: { items: beforeRows },
      after: { items },
    }),
    // Counts only: who was absent and why is read through the API.
    eventInsert(ctx, {
      type: "meeting.attendance_taken",
      unit: { id: before.unitId, path: row.path },
      resource: { type: "meeting", id: meetingId },
      data: { id: meetingId, unitId: before.unitId, date: before.date, ...summary },
    }),
  ]);
  return out;
}
