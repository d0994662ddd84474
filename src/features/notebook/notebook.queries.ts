// Query builders of the notebook (callers batch them). The plan (entry 1) is read from the
// plans tables, never copied; member ids may be given as SQL so a write can find everything
// from an entry id in one round trip.
import { type SQL, asc, eq, or, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { members } from "../../db/schema/tenant/members";
import { notebookComments, notebookEntries } from "../../db/schema/tenant/notebook";
import { criteria } from "../../db/schema/tenant/criteria";
import { planItems, plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { actorScope, inTenant, matching, scoped } from "../../platform/scope";
import { pick } from "../../platform/pick";
import { memberReach } from "../plans";
import type { CommentOut, EntryOut, NotebookPlanOut, PlanItemOut, ProgressOut } from "./notebook.outputs";
import type { EntryKind, EntryStatus, Timing } from "./notebook.inputs";
import { joinRef, memberNowColumns } from "../../platform/lookups";

export type EntryRow = typeof notebookEntries.$inferSelect;
type Val = SQL | string | number;
const v = (x: Val): SQL => (typeof x === "object" ? x : sql`${x}`);

export { cycleOfYearQuery as cycleByYearQuery } from "../cycles";

/** SQL subquery: the id of the member's plan of the year (none or one). */
const planIdsOf = (ctx: Ctx, memberId: Val, year: Val) =>
  sql`(SELECT p.id FROM plans p WHERE ${inTenant(ctx, sql`p.tenant_id`)} AND p.member_id = ${v(memberId)} AND p.year = ${v(year)})`;

/** Whether the member handed in the plan of the year (entry 1), and its state. */
export function planStateQuery(ctx: Ctx, memberId: Val, year: Val) {
  return ctx.db
    .select({ id: plans.id, status: plans.status, firstSubmittedAt: plans.firstSubmittedAt })
    .from(plans)
    .where(matching(ctx, plans, { memberId: v(memberId), year: v(year) }))
    .limit(1);
}

export function planItemIdsQuery(ctx: Ctx, memberId: Val, year: Val) {
  return ctx.db
    .select({ id: planItems.id, position: planItems.position })
    .from(planItems)
    .where(scoped(ctx, planItems.tenantId, sql`${planItems.planId} IN ${planIdsOf(ctx, memberId, year)}`))
    .orderBy(asc(planItems.position));
}

/** The member's plan of the year (entry 1 of the notebook), read from the plans feature's table. */
export function planRowQuery(ctx: Ctx, memberId: Val, year: Val) {
  return ctx.db
    .select()
    .from(plans)
    .where(matching(ctx, plans, { memberId: v(memberId), year: v(year) }))
    .limit(1);
}

/** The plan's items with the title of the criterion each was written against. */
export function planItemsDetailQuery(ctx: Ctx, memberId: Val, year: Val) {
  return ctx.db
    .select({ i: planItems, criterion: criteria.title })
    .from(planItems)
    .leftJoin(criteria, joinRef(criteria, planItems.criterionVersionId, planItems))
    .where(scoped(ctx, planItems.tenantId, sql`${planItems.planId} IN ${planIdsOf(ctx, memberId, year)}`))
    .orderBy(asc(planItems.position));
}

export function toPlanItems(rows: Awaited<ReturnType<typeof planItemsDetailQuery>>): PlanItemOut[] {
  return rows.map((r) => ({
    id: r.i.id,
    position: r.i.position,
    criterion: r.criterion ?? "",
    commitment: r.i.commitment,
    measure: r.i.measure,
    dueDate: r.i.dueDate,
  }));
}

/**
 * The plan as the notebook shows it. A draft the member has not handed in stays private to
 * them (and to a secretary who wrote it on their behalf), like a draft entry.
 */
export function toNotebookPlan(
  ctx: Ctx,
  p: typeof plans.$inferSelect | undefined,
  items: PlanItemOut[],
): NotebookPlanOut | null {
  if (!p) return null;
  const visible =
    p.memberId === ctx.actor.memberId || p.firstSubmittedAt !== null || p.enteredByAccountId !== null;
  return {
    id: p.id,
    status: p.status,
    registration: visible ? p.registration : "",
    firstSubmittedAt: p.firstSubmittedAt,
    confirmedAt: p.confirmedAt,
    confirmedByLabel: p.confirmedByLabel,
    meetingDate: p.meetingDate,
    minutesNumber: p.minutesNumber,
    items: visible ? items : [],
  };
}

/** The member's other entries of the cycle (kind and state), for the order of the reviews. */
export function siblingsQuery(ctx: Ctx, memberId: Val, cycleId: Val) {
  return ctx.db
    .select({ id: notebookEntries.id, kind: notebookEntries.kind, status: notebookEntries.status })
    .from(notebookEntries)
    .where(matching(ctx, notebookEntries, { memberId: v(memberId), cycleId: v(cycleId) }));
}

/** The member's evaluation of the year (the notebook shows its state; the evaluation reads it whole). */
export function evaluationOfMemberQuery(ctx: Ctx, memberId: Val, year: Val) {
  return ctx.db
    .select()
    .from(evaluations)
    .where(matching(ctx, evaluations, { memberId: v(memberId), year: v(year) }))
    .limit(1);
}

/** Entries of the members the actor reaches, by the unit the entry was written in (as plans go by theirs). */
export const notebookReach = (ctx: Ctx) =>
  actorScope(ctx, notebookEntries.unitPath, (id) => eq(notebookEntries.memberId, id));

/** Entries the actor may read: all of their own; of others, submitted ones and drafts written on their behalf. */
export function entryVisibility(ctx: Ctx): SQL | undefined {
  const own = ctx.actor.memberId ? eq(notebookEntries.memberId, ctx.actor.memberId) : undefined;
  const shared = or(
    eq(notebookEntries.status, "submitted"),
    sql`${notebookEntries.enteredByAccountId} IS NOT NULL`,
  );
  return own ? or(own, shared) : shared;
}

export function entriesQuery(ctx: Ctx, memberId: string, year: number) {
  return ctx.db
    .select()
    .from(notebookEntries)
    .where(matching(ctx, notebookEntries, { memberId, year }, entryVisibility(ctx)))
    .orderBy(asc(notebookEntries.createdAt), asc(notebookEntries.id));
}

export function commentsQuery(ctx: Ctx, memberId: string, year: number) {
  const ids = sql`(SELECT e.id FROM notebook_entries e WHERE ${inTenant(ctx, sql`e.tenant_id`)} AND e.member_id = ${memberId} AND e.year = ${year})`;
  return ctx.db
    .select()
    .from(notebookComments)
    .where(scoped(ctx, notebookComments.tenantId, sql`${notebookComments.entryId} IN ${ids}`))
    .orderBy(asc(notebookComments.createdAt));
}

/** An entry the actor may read, with its member's current cell and group. */
export function entryByIdQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ e: notebookEntries, ...memberNowColumns() })
    .from(notebookEntries)
    .innerJoin(members, joinRef(members, notebookEntries.memberId, notebookEntries))
    .innerJoin(units, joinRef(units, members.unitId, members))
    .where(
      scoped(
        ctx,
        notebookEntries.tenantId,
        eq(notebookEntries.id, id),
        memberReach(ctx),
        entryVisibility(ctx),
      ),
    )
    .limit(1);
}

export function entryCommentsQuery(ctx: Ctx, entryId: string) {
  return ctx.db
    .select()
    .from(notebookComments)
    .where(scoped(ctx, notebookComments.tenantId, eq(notebookComments.entryId, entryId)))
    .orderBy(asc(notebookComments.createdAt));
}

export function parseProgress(json: string): ProgressOut[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? (v as ProgressOut[]) : [];
  } catch {
    return [];
  }
}

export function toCommentOut(c: typeof notebookComments.$inferSelect): CommentOut {
  return {
    id: c.id,
    kind: c.kind === "return" ? "return" : "comment",
    content: c.content,
    authorLabel: c.authorLabel,
    createdAt: c.createdAt,
  };
}

export function toEntryOut(e: EntryRow, comments: (typeof notebookComments.$inferSelect)[] = []): EntryOut {
  return {
    ...pick(e, "id", "memberId", "cycleId", "year"),
    kind: e.kind as EntryKind,
    status: e.status as EntryStatus,
    ...pick(e, "title", "body", "strengths", "shortcomings", "remedies"),
    progress: parseProgress(e.progressJson),
    timing: (e.timing as Timing | null) ?? null,
    ...pick(e, "submittedAt", "enteredByLabel"),
    comments: comments.filter((c) => c.entryId === e.id).map(toCommentOut),
    ...pick(e, "version", "createdAt", "updatedAt"),
  };
}
