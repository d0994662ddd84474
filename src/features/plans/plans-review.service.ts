// The cell's side of a plan: confirm (one or many, citing the meeting), return with a comment,
// reopen a confirmed plan with a reason. One read batch, then one atomic write batch.
import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { planEvents, plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import type { EventType } from "../../domain/events";
import { eventsInsert } from "../../platform/events";
import { writeBatch } from "../../platform/batch";
import { conflict, notFound } from "../../platform/errors";
import { pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { cyclesQuery, requireOpenCycle } from "../cycles";
import { type NewNotification, notifyStatement } from "../notifications";
import { auditMany, insertMany } from "./plans-bulk.queries";
import { counterStatements } from "./plans-counters.service";
import type {
  BulkConfirmInput,
  ConfirmPlanInput,
  PlanStatus,
  ReopenPlanInput,
  ReturnPlanInput,
} from "./plans.inputs";
import { type PlanAction, transition } from "./plans.rules";
import type { PlanOut } from "./plans.outputs";
import { type PlanRow, eventsOfPlanQuery, itemsOfPlanQuery, plansByIdsQuery } from "./plans.queries";
import { STALE, eventRow } from "./plans-write.service";
import { auditState, planEvent, toEventOut, toItemOut, toPlanOut } from "./plans-mapping.rules";

const NOT_FOUND = "Không tìm thấy kế hoạch.";

const CONFIRMED = ["confirmedAt", "confirmedBy", "confirmedByLabel", "meetingDate", "minutesNumber"] as const;
const RETURNED = ["returnedAt", "returnedByLabel", "returnComment"] as const;
const SET_COLUMNS: Record<Review["action"], (keyof PlanRow)[]> = {
  confirm: ["status", "updatedAt", ...CONFIRMED],
  return: ["status", "updatedAt", ...RETURNED],
  reopen: ["status", "updatedAt", ...CONFIRMED, ...RETURNED, "reopenedAt", "reopenReason"],
};

const REVIEW_EVENT = {
  confirm: "plan.confirmed",
  return: "plan.returned",
  reopen: "plan.reopened",
} as const satisfies Record<Review["action"], EventType>;

interface Review {
  action: Extract<PlanAction, "confirm" | "return" | "reopen">;
  targets: { id: string; version: number }[];
  comment?: string;
  meetingDate?: string | undefined;
  minutesNumber?: string | undefined;
}

/** The row after a review action (the state machine has already allowed it). */
function reviewed(ctx: Ctx, p: PlanRow, r: Review, status: PlanStatus): PlanRow {
  const base = { ...p, status, version: p.version + 1, updatedAt: ctx.now };
  if (r.action === "confirm")
    return {
      ...base,
      confirmedAt: ctx.now,
      confirmedBy: ctx.actor.accountId,
      confirmedByLabel: ctx.actor.displayName,
      meetingDate: r.meetingDate ?? null,
      minutesNumber: r.minutesNumber ?? null,
    };
  const cleared = {
    confirmedAt: null,
    confirmedBy: null,
    confirmedByLabel: null,
    meetingDate: null,
    minutesNumber: null,
  };
  const returned = {
    returnedAt: ctx.now,
    returnedByLabel: ctx.actor.displayName,
    returnComment: r.comment ?? null,
  };
  if (r.action === "return") return { ...base, ...returned };
  return { ...base, ...cleared, ...returned, reopenedAt: ctx.now, reopenReason: r.comment ?? null };
}

const NOTICE: Record<Review["action"], (year: number, r: Review) => Omit<NewNotification, "memberId">> = {
  confirm: (y) => ({
    kind: "plan.confirmed",
    title: `Chi bộ đã xác nhận kế hoạch năm ${y}`,
    body: "Kế hoạch của đồng chí đã được chi bộ xác nhận. Đồng chí tổ chức thực hiện và ghi sổ tay theo dõi.",
  }),
  return: (y, r) => ({
    kind: "plan.returned",
    title: `Kế hoạch năm ${y} được trả lại để sửa`,
    body: `Ý kiến của chi bộ: ${r.comment ?? ""}`,
  }),
  reopen: (y, r) => ({
    kind: "plan.reopened",
    title: `Kế hoạch năm ${y} được mở lại để điều chỉnh`,
    body: `Lý do: ${r.comment ?? ""}`,
  }),
};

async function review(ctx: Ctx, r: Review, withDetail: boolean) {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const ids = r.targets.map((t) => t.id);
  const one = ids[0] ?? "";
  const [rows, cycles, items, pastEvents] = await ctx.db.batch([
    plansByIdsQuery(ctx, ids),
    cyclesQuery(ctx),
    itemsOfPlanQuery(ctx, withDetail ? one : ""),
    eventsOfPlanQuery(ctx, withDetail ? one : ""),
  ]);
  // Their own plan is in a secretary's scope to read, never to review.
  const byId = new Map(rows.filter((x) => pathInActorScope(ctx, x.p.unitPath)).map((x) => [x.p.id, x]));
  const changes: { before: PlanRow; after: PlanRow; memberName: string; unitName: string | null }[] = [];
  for (const t of r.targets) {
    const found = byId.get(t.id);
    if (!found) throw notFound(NOT_FOUND);
    const cycle = cycles.find((c) => c.id === found.p.cycleId);
    if (cycle) requireOpenCycle(cycle);
    let status: PlanStatus;
    try {
      status = transition(found.p.status as PlanStatus, r.action);
    } catch (e) {
      throw r.targets.length > 1 ? conflict(`${found.memberName}: ${(e as Error).message}`) : e;
    }
    if (found.p.version !== t.version)
      throw conflict(r.targets.length > 1 ? `${found.memberName}: ${STALE}` : STALE);
    changes.push({ ...found, before: found.p, after: reviewed(ctx, found.p, r, status) });
  }
  const first = changes[0]!.after;
  const pairs = JSON.stringify(r.targets.map((t) => [t.id, t.version]));
  const from = changes[0]!.before.status;
  // The columns an action changes are the same for every plan it touches: one UPDATE for all.
  const planSet = Object.fromEntries(SET_COLUMNS[r.action].map((k) => [k, first[k]]));
  const events = changes.map((c) =>
    eventRow(
      ctx,
      c.after.id,
      r.action === "confirm" ? "confirmed" : r.action === "return" ? "returned" : "reopened",
      false,
      {
        comment: r.comment ?? null,
        meetingDate: r.meetingDate ?? null,
        minutesNumber: r.minutesNumber ?? null,
      },
    ),
  );
  const stmts: BatchItem<"sqlite">[] = [
    ctx.db
      .update(plans)
      .set({ ...planSet, version: sql`${plans.version} + 1` })
      .where(
        scoped(
          ctx,
          plans.tenantId,
          eq(plans.status, from),
          sql`(${plans.id}, ${plans.version}) IN (SELECT j.value ->> 0, j.value ->> 1 FROM json_each(${pairs}) AS j)`,
        ),
      ),
    // Raw statements in a batch cannot take bound parameters: the count is a trusted integer.
    ctx.db.run(sql.raw(`SELECT CASE WHEN changes() <> ${changes.length} THEN json('stale_write') END`)),
  ];
  const ev = insertMany(
    ctx.db,
    planEvents,
    events.filter((e) => e !== null),
  );
  if (ev) stmts.push(ev);
  const audit = auditMany(
    ctx,
    changes.map((c) => ({
      action: `plan.${r.action}`,
      entityType: "plan",
      entityId: c.after.id,
      before: auditState(c.before, []),
      after: {
        ...auditState(c.after, []),
        comment: r.comment,
        meetingDate: r.meetingDate,
        minutesNumber: r.minutesNumber,
      },
    })),
  );
  if (audit) stmts.push(audit);
  const changed = eventsInsert(
    ctx,
    changes.map((c) => planEvent(REVIEW_EVENT[r.action], c.after, c)),
  );
  if (changed) stmts.push(changed);
  stmts.push(...counterStatements(ctx, changes));
  const notice = notifyStatement(
    ctx,
    changes.map((c) => ({
      memberId: c.after.memberId,
      link: `/my-plan?year=${c.after.year}`,
      ...NOTICE[r.action](c.after.year, r),
    })),
  );
  if (notice) stmts.push(notice);
  await writeBatch(ctx.db, stmts);
  const trail = [...pastEvents, ...events.filter((e) => e !== null)].map(toEventOut);
  return { changes, items, trail };
}

export async function confirmPlans(ctx: Ctx, input: BulkConfirmInput): Promise<{ confirmed: string[] }> {
  const ids = new Set(input.plans.map((p) => p.id));
  if (ids.size !== input.plans.length) throw conflict("Danh sách có kế hoạch bị lặp lại.");
  const r = await review(ctx, { action: "confirm", targets: input.plans, ...input }, false);
  return { confirmed: r.changes.map((c) => c.after.id) };
}

async function reviewOne(
  ctx: Ctx,
  id: string,
  r: Omit<Review, "targets">,
  version: number,
): Promise<PlanOut> {
  const res = await review(ctx, { ...r, targets: [{ id, version }] }, true);
  const c = res.changes[0]!;
  return toPlanOut(
    c.after,
    c,
    res.items.map((i) => toItemOut(i.i, i)),
    res.trail,
  );
}

export const confirmPlan = (ctx: Ctx, id: string, input: ConfirmPlanInput) =>
  reviewOne(
    ctx,
    id,
    { action: "confirm", meetingDate: input.meetingDate, minutesNumber: input.minutesNumber },
    input.version,
  );

export const returnPlan = (ctx: Ctx, id: string, input: ReturnPlanInput) =>
  reviewOne(ctx, id, { action: "return", comment: input.comment }, input.version);

export const reopenPlan = (ctx: Ctx, id: string, input: ReopenPlanInput) =>
  reviewOne(ctx, id, { action: "reopen", comment: input.reason }, input.version);
