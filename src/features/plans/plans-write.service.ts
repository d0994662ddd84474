// Saving and submitting a member's plan: one read batch (loadMemberPlan), then one atomic
// write batch with the plan, its items, the event, the audit row and the counters.
import { vnToday, vnYear } from "../../domain/time";
import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { planEvents, planItems, plans } from "../../db/schema/tenant/plans";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { type ServiceError, conflict, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { requireOpenCycle } from "../cycles";
import { planDeadline } from "../cycles";
import { type NewNotification, notifyStatement } from "../notifications";
import { insertMany } from "./plans-bulk.queries";
import { counterStatements } from "./plans-counters.service";
import type { SavePlanInput } from "./plans.inputs";
import { buildItems, lowerFirst, refusalReasons, submitErrors } from "./plans-items.rules";
import { transition } from "./plans.rules";
import type { PlanOut } from "./plans.outputs";
import { CURRENT, type ItemRow, type PlanRow } from "./plans.queries";
import { type Loaded, loadMemberPlan, statusOf } from "./plans.service";
import { auditState, planEvent, toEventOut, toItemOut, toPlanOut } from "./plans-mapping.rules";
import { writeAtVersion } from "../../platform/lookups";

export const STALE = "Kế hoạch vừa được thay đổi ở nơi khác. Vui lòng tải lại trang rồi thử lại.";
const GATED = (n: number) =>
  `Theo nguyên tắc “trên trước, dưới sau”, nhóm 2 nộp kế hoạch sau khi các đồng chí nhóm 1 của chi bộ đã nộp (còn ${n} đồng chí nhóm 1 chưa nộp).`;

export interface WriteRequest {
  /** New content (save, or save-and-submit); absent = submit the stored content as it is. */
  content?: SavePlanInput;
  submit: boolean;
  version?: number | undefined;
  year?: number | undefined;
}

export async function writePlan(ctx: Ctx, memberId: string, req: WriteRequest): Promise<PlanOut> {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
  const year = req.year ?? vnYear(ctx.now);
  const l = await loadMemberPlan(ctx, memberId, year);
  if (!l.cycle) throw conflict(`Chưa mở chu kỳ năm ${year}: chưa thể lập kế hoạch.`);
  requireOpenCycle(l.cycle);
  if (!CURRENT.includes(l.member.status))
    throw conflict("Đảng viên không còn sinh hoạt tại đơn vị: không thể lập kế hoạch.");
  const before = l.plan;
  if ((before ? before.version : undefined) !== req.version) throw conflict(STALE);
  // Illegal moves (submit twice, edit after confirmation) are refused before anything else.
  transition(statusOf(l), req.submit ? "submit" : "save");
  const planId = before?.id ?? newId();
  const stored = l.items.map((i) => i.row);
  const built = req.content
    ? buildItems({
        input: req.content.items,
        stored,
        criteria: l.criteria,
        year,
        planId,
        tenantId: ctx.tenant.id,
        now: ctx.now,
      })
    : { rows: stored, errors: {} };
  const registration = req.content?.registration ?? before?.registration ?? "";
  if (Object.keys(built.errors).length)
    throw invalid(built.errors, "Kế hoạch chưa hợp lệ: vui lòng sửa các mục được đánh dấu.");
  // A submission refused for the plan as a whole (too few items, leaders first) keeps what was
  // typed: the content is saved as a draft in the same batch, and the refusal is answered after it.
  const refusal = req.submit ? submitRefusal(l, registration, built.rows, !!req.content) : null;
  if (refusal && !req.content) throw refusal;
  const submit = req.submit && !refusal;
  const status = transition(statusOf(l), submit ? "submit" : "save");

  const after = nextRow(ctx, l, { before, planId, status, registration, submit, year });
  const onBehalf = ctx.actor.memberId !== memberId;
  const stmts: BatchItem<"sqlite">[] = [];
  if (before) {
    stmts.push(...writeAtVersion(ctx, plans, before, after));
  } else stmts.push(ctx.db.insert(plans).values(after));
  if (req.content) {
    stmts.push(ctx.db.delete(planItems).where(scoped(ctx, planItems.tenantId, eq(planItems.planId, planId))));
    const ins = insertMany(ctx.db, planItems, built.rows);
    if (ins) stmts.push(ins);
    if (built.rows.length) stmts.push(...l.criteria.usage(ctx));
  }
  const event = eventRow(ctx, planId, submit ? "submitted" : onBehalf ? "entered" : null, onBehalf);
  if (event) stmts.push(ctx.db.insert(planEvents).values(event));
  stmts.push(
    auditInsert(ctx, {
      action: submit ? "plan.submit" : "plan.save",
      entityType: "plan",
      entityId: planId,
      before: auditState(before, stored),
      after: auditState(after, built.rows),
      onBehalfOf: onBehalf ? memberId : null,
    }),
    ...counterStatements(ctx, [{ before, after }]),
  );
  if (submit)
    stmts.push(
      eventInsert(
        ctx,
        planEvent("plan.submitted", after, { memberName: l.member.fullName, unitName: l.member.unitName }),
      ),
    );
  const notice = submit ? notifyStatement(ctx, submitNotices(ctx, l, after, onBehalf)) : null;
  if (notice) stmts.push(notice);
  await writeBatch(ctx.db, stmts, { "plans.tenant_id, plans.cycle_id, plans.member_id": conflict(STALE) });
  if (refusal) throw refusal;
  const wording = new Map<string, { title: string | null; body: string | null }>(
    l.items.map((i) => [i.row.criterionVersionId, i.wording]),
  );
  for (const c of l.criteria.criteria) wording.set(c.criterionVersionId, { title: c.title, body: c.body });
  const focus = new Map(l.criteria.focusIssues.map((f) => [f.id, f.title]));
  return toPlanOut(
    after,
    { memberName: l.member.fullName, unitName: l.member.unitName },
    built.rows.map((r: ItemRow) =>
      toItemOut(r, {
        title: wording.get(r.criterionVersionId)?.title ?? null,
        body: wording.get(r.criterionVersionId)?.body ?? null,
        focusTitle: focus.get(r.focusIssueId ?? "") ?? null,
      }),
    ),
    event ? [...l.events, toEventOut(event)] : l.events,
  );
}

/** A submitted plan is announced to the cell's secretaries; one entered on behalf, to the member. */
function submitNotices(ctx: Ctx, l: Loaded, p: PlanRow, onBehalf: boolean): NewNotification[] {
  const y = p.year;
  const who = l.member.fullName;
  const late = p.late ? " (sau hạn nộp)" : "";
  const list: NewNotification[] = l.secretaries
    .filter((s) => s.accountId !== ctx.actor.accountId)
    .map((s) => ({
      memberId: s.to,
      kind: "plan.submitted",
      title: `Kế hoạch năm ${y} của đồng chí ${who} chờ xác nhận`,
      body: `Đồng chí ${who} (${l.member.unitName}) đã nộp kế hoạch năm ${y}${late}. Đề nghị chi bộ xem, xác nhận hoặc trả lại kèm ý kiến.`,
      link: `/plans/${p.id}`,
    }));
  if (onBehalf)
    list.push({
      memberId: l.member.id,
      kind: "plan.entered",
      title: `Kế hoạch năm ${y} đã được nộp thay`,
      body: `Đồng chí ${ctx.actor.displayName} đã nhập và nộp kế hoạch năm ${y} thay đồng chí. Đồng chí có thể xem lại nội dung.`,
      link: `/my-plan?year=${y}`,
    });
  return list;
}

/**
 * Why a submission is refused as a whole (nothing to fix item by item), or null: the content is
 * incomplete, or group 2 goes before its cell's group 1 ("trên trước, dưới sau").
 */
function submitRefusal(
  l: Loaded,
  registration: string,
  rows: ItemRow[],
  saved: boolean,
): ServiceError | null {
  const errors = submitErrors({ registration, rows, minItems: l.cycle!.minItems, criteria: l.criteria });
  const gated =
    !l.plan?.firstSubmittedAt && l.group === "follower" && l.pendingLeaders > 0 && l.cycle!.gating === 1;
  if (!Object.keys(errors).length && !gated) return null;
  const why = Object.keys(errors).length ? refusalReasons(errors) : GATED(l.pendingLeaders);
  const message = saved
    ? `Đã lưu bản nháp; chưa nộp vì ${lowerFirst(why)}`
    : `Chưa nộp vì ${lowerFirst(why)} Bản nháp đã lưu vẫn giữ nguyên.`;
  return Object.keys(errors).length ? invalid(errors, message) : conflict(message);
}

function nextRow(
  ctx: Ctx,
  l: Loaded,
  p: {
    before: PlanRow | null;
    planId: string;
    status: PlanRow["status"];
    registration: string;
    submit: boolean;
    year: number;
  },
): PlanRow {
  const b = p.before;
  const first = p.submit && !b?.firstSubmittedAt;
  const onBehalf = ctx.actor.memberId !== l.member.id;
  return {
    id: p.planId,
    tenantId: ctx.tenant.id,
    cycleId: l.cycle!.id,
    year: p.year,
    memberId: l.member.id,
    unitId: l.member.unitId,
    unitPath: l.member.unitPath,
    grp: l.group,
    status: p.status,
    registration: p.registration,
    late: first ? (vnToday(ctx.now) > planDeadline(l.cycle!, l.group) ? 1 : 0) : (b?.late ?? 0),
    leadersLate: first ? (l.group === "follower" && l.pendingLeaders > 0 ? 1 : 0) : (b?.leadersLate ?? 0),
    firstSubmittedAt: first ? ctx.now : (b?.firstSubmittedAt ?? null),
    submittedAt: p.submit ? ctx.now : (b?.submittedAt ?? null),
    returnedAt: b?.returnedAt ?? null,
    returnedByLabel: b?.returnedByLabel ?? null,
    returnComment: b?.returnComment ?? null,
    confirmedAt: null,
    confirmedBy: null,
    confirmedByLabel: null,
    meetingDate: null,
    minutesNumber: null,
    meetingId: null,
    reopenedAt: b?.reopenedAt ?? null,
    reopenReason: b?.reopenReason ?? null,
    enteredByAccountId: onBehalf ? ctx.actor.accountId : (b?.enteredByAccountId ?? null),
    enteredByLabel: onBehalf ? ctx.actor.displayName : (b?.enteredByLabel ?? null),
    enteredAt: onBehalf ? ctx.now : (b?.enteredAt ?? null),
    version: (b?.version ?? 0) + 1,
    createdAt: b?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
}

export function eventRow(
  ctx: Ctx,
  planId: string,
  kind: string | null,
  onBehalf: boolean,
  extra: { comment?: string | null; meetingDate?: string | null; minutesNumber?: string | null } = {},
) {
  if (!kind) return null;
  return {
    id: newId(),
    tenantId: ctx.tenant.id,
    planId,
    at: ctx.now,
    kind,
    actorAccountId: ctx.actor.accountId,
    actorLabel: ctx.actor.displayName,
    onBehalf: onBehalf ? 1 : 0,
    comment: extra.comment ?? null,
    meetingDate: extra.meetingDate ?? null,
    minutesNumber: extra.minutesNumber ?? null,
  };
}
