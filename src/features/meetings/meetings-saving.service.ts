// Shared by the meeting and remark verbs: the role check, counter bumps, remark rows and the
// check that the members named sit under the meeting's unit.
import { eq } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import type { meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import type { Ctx } from "../../platform/context";
import { bumpCounters } from "../../platform/counters";
import { invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { CounterChange } from "../notebook";
import { unitScope } from "../orgs";
import type { RemarkInput } from "./meetings.inputs";

export type MeetingRow = typeof meetings.$inferSelect;
export type RemarkRow = typeof meetingRemarks.$inferSelect;

export const MINUTES_TAKEN = () => invalid({ minutesNumber: "Số biên bản này đã có trong năm của chi bộ." });
export const STALE = "Biên bản vừa được người khác sửa. Vui lòng tải lại.";

export function counterBumps(ctx: Ctx, changes: CounterChange[]) {
  return changes.map((c) => bumpCounters(ctx, c.unitPath, c.year, c.deltas));
}

export function requireManager(ctx: Ctx) {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
}

export function unitInScopeQuery(ctx: Ctx, unitId: string) {
  return ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, unitId), unitScope(ctx)))
    .limit(1);
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
  inputs: RemarkInput[],
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
