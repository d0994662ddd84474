// Praise and criticism recorded in a meeting's minutes, one at a time.
import { eq } from "drizzle-orm";
import { meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { matching, scoped } from "../../platform/scope";
import { factBumps } from "../../platform/counter-facts";
import type { RemarkInput } from "./meetings.inputs";
import { formatIsoDate } from "../../ui/format";
import { notifyStatement } from "../notifications";
import type { MeetingRow, RemarkRow } from "./meetings.rules";
import { meetingQuery, memberForRemarkQuery } from "./meetings.queries";
import { markTurn, unmarkTurns } from "./meetings-rotation.queries";
import { checkRemarkMembers, remarkFacts, remarkRow, requireManager } from "./meetings.rules";

/** Each member praised or criticised hears of it, in the batch that records the remark. */
export function remarkNotices(
  ctx: Ctx,
  meeting: Pick<MeetingRow, "date" | "minutesNumber">,
  remarks: RemarkRow[],
) {
  const at = `buổi sinh hoạt ngày ${formatIsoDate(meeting.date)} (biên bản số ${meeting.minutesNumber})`;
  const n = notifyStatement(
    ctx,
    remarks.map((r) => ({
      memberId: r.memberId,
      kind: `meeting.${r.kind}`,
      title: r.kind === "praise" ? "Chi bộ biểu dương đồng chí" : "Chi bộ phê bình, nhắc nhở đồng chí",
      body: `Tại ${at}: ${r.content.length > 300 ? `${r.content.slice(0, 299)}…` : r.content}`,
      link: `/notebook?year=${r.year}`,
    })),
  );
  return n ? [n] : [];
}

export async function addRemark(ctx: Ctx, meetingId: string, input: RemarkInput): Promise<{ id: string }> {
  requireManager(ctx);
  const [rows, found] = await ctx.db.batch([
    meetingQuery(ctx, meetingId),
    memberForRemarkQuery(ctx, [input.memberId]),
  ]);
  const meeting = rows[0]?.m;
  if (!meeting) throw notFound("Không tìm thấy biên bản sinh hoạt.");
  const [grp] = checkRemarkMembers([input], found, rows[0]!.path, () => "memberId");
  const remark = remarkRow(ctx, meeting, input, grp!);
  await writeBatch(ctx.db, [
    // Touching the meeting first aborts the batch if it was deleted meanwhile (no orphan remark).
    ctx.db
      .update(meetings)
      .set({ updatedAt: ctx.now })
      .where(scoped(ctx, meetings.tenantId, eq(meetings.id, meetingId))),
    guardChanged(ctx.db),
    ctx.db.insert(meetingRemarks).values(remark),
    ...(remark.kind === "report" ? [markTurn(ctx, remark)] : []),
    ...factBumps(ctx, [], remarkFacts(remark)),
    auditInsert(ctx, {
      action: `meeting.${input.kind}`,
      entityType: "meeting",
      entityId: meetingId,
      onBehalfOf: null,
      after: { remarkId: remark.id, memberId: remark.memberId, kind: remark.kind, content: remark.content },
    }),
    ...remarkNotices(ctx, meeting, [remark]),
  ]);
  return { id: remark.id };
}

export async function deleteRemark(ctx: Ctx, meetingId: string, remarkId: string): Promise<void> {
  requireManager(ctx);
  const [rows, remarkRows] = await ctx.db.batch([
    meetingQuery(ctx, meetingId),
    ctx.db
      .select()
      .from(meetingRemarks)
      .where(matching(ctx, meetingRemarks, { id: remarkId, meetingId }))
      .limit(1),
  ]);
  const remark = remarkRows[0];
  if (!rows[0] || !remark) throw notFound("Không tìm thấy ý kiến này trong biên bản.");
  await writeBatch(ctx.db, [
    ctx.db
      .delete(meetingRemarks)
      .where(scoped(ctx, meetingRemarks.tenantId, eq(meetingRemarks.id, remarkId))),
    guardChanged(ctx.db),
    ...(remark.kind === "report" ? [unmarkTurns(ctx, { remarkId })] : []),
    ...factBumps(ctx, remarkFacts(remark), []),
    auditInsert(ctx, {
      action: "meeting.remark.delete",
      entityType: "meeting",
      entityId: meetingId,
      before: { remarkId, memberId: remark.memberId, kind: remark.kind, content: remark.content },
    }),
  ]);
}
