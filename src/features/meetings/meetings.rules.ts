// The meeting's rules: what a meeting and a remark count for, the remark row, and the check that
// the members named in remarks sit under the meeting's unit. Pure.
import type { meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import type { Ctx } from "../../platform/context";
import { type Fact, groupOf } from "../../platform/counter-facts";
import { invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { RemarkInput } from "./meetings.inputs";
import type { AttendanceStatus } from "./meetings-attendance.inputs";

export type MeetingRow = typeof meetings.$inferSelect;
export type RemarkRow = typeof meetingRemarks.$inferSelect;

export const MINUTES_TAKEN = () => invalid({ minutesNumber: "Số biên bản này đã có trong năm của chi bộ." });
export const STALE = "Biên bản vừa được người khác sửa. Vui lòng tải lại.";

export const MEETING_METRICS = [
  "meetings.regular",
  "meetings.thematic",
  "meetings.praise",
  "meetings.criticism",
  "meetings.report",
  "meetings.present",
  "meetings.expected",
];

/** A meeting counts once under its kind, and its attendance (present of expected) towards the rate. */
export function meetingFacts(m: {
  unitPath: string;
  year: number;
  kind: string;
  attendance: number;
  expected: number;
}): Fact[] {
  const at = { unitPath: m.unitPath, year: m.year, grp: "all" as const };
  return [
    { ...at, metric: `meetings.${m.kind}`, n: 1 },
    { ...at, metric: "meetings.present", n: m.attendance },
    { ...at, metric: "meetings.expected", n: m.expected },
  ];
}

export function remarkFacts(r: { unitPath: string; year: number; kind: string; grp: string }): Fact[] {
  return [{ unitPath: r.unitPath, year: r.year, metric: `meetings.${r.kind}`, grp: groupOf(r.grp), n: 1 }];
}

export function requireManager(ctx: Ctx) {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
}

export function remarkRow(
  ctx: Ctx,
  meeting: Pick<MeetingRow, "id" | "unitPath" | "year">,
  input: RemarkInput,
  grp: string,
): RemarkRow {
  return {
    id: newId(),
    tenantId: ctx.tenant.id,
    meetingId: meeting.id,
    memberId: input.memberId,
    unitPath: meeting.unitPath,
    year: meeting.year,
    grp,
    kind: input.kind,
    content: input.content,
    createdBy: ctx.actor.accountId,
    createdByLabel: ctx.actor.displayName,
    createdAt: ctx.now,
  };
}

/** Members named in remarks must exist in the actor's scope (else 404) and sit under the meeting's unit. */
export function checkRemarkMembers(
  inputs: Pick<RemarkInput, "memberId">[],
  found: { id: string; path: string; grp: string }[],
  unitPath: string,
  field: (i: number) => string,
): string[] {
  const byId = new Map(found.map((m) => [m.id, m]));
  const errors: Record<string, string> = {};
  const groups = inputs.map((r, i) => {
    const m = byId.get(r.memberId);
    if (!m) throw notFound("Không tìm thấy đảng viên.");
    if (!m.path.startsWith(unitPath)) errors[field(i)] = "Đảng viên không sinh hoạt ở chi bộ này.";
    return m.grp;
  });
  if (Object.keys(errors).length) throw invalid(errors);
  return groups;
}

/** How many of each attendance status. */
export function attendanceTally(items: { status: string }[]): Record<AttendanceStatus, number> {
  const t = { present: 0, excused: 0, absent: 0 };
  for (const i of items) t[i.status as AttendanceStatus]++;
  return t;
}
