// Query builders of the plans feature (none runs a query: callers batch them). Joins on the
// members table directly where a batched read needs the member, their cell or their peers.
import { CURRENT_STATUSES } from "../../domain/members";
import { type SQL, asc, eq, inArray, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import { criteria, criteriaFocusIssues } from "../../db/schema/tenant/criteria";
import { members } from "../../db/schema/tenant/members";
import { planEvents, planItems, plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { actorScope, inTenant, scoped } from "../../platform/scope";
import { countQuery, joinRef } from "../../platform/lookups";

export type PlanRow = typeof plans.$inferSelect;
export type ItemRow = typeof planItems.$inferSelect;
export type EventRow = typeof planEvents.$inferSelect;

/** Statuses of members who still belong to the tenant and write plans. */
export const CURRENT = CURRENT_STATUSES as string[];

/** Plans the actor may see: all for an admin, their subtree (and own) for a secretary, their own for a member. */
export const planScope = (ctx: Ctx) => actorScope(ctx, plans.unitPath, (id) => eq(plans.memberId, id));

/** Members the actor may act for: all, their subtree and themself, or themself. */
export const memberReach = (ctx: Ctx) => actorScope(ctx, units.path, (id) => eq(members.id, id));

/** A member with their cell (name, path), if the actor may act for them; the id may be SQL. */
export function memberWithCellQuery(ctx: Ctx, memberId: string | SQL) {
  return ctx.db
    .select({
      id: members.id,
      fullName: members.fullName,
      cardNumber: members.cardNumber,
      unitId: members.unitId,
      status: members.status,
      group: members.memberGroup,
      accountId: members.accountId,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(members)
    .innerJoin(units, joinRef(units, members.unitId, members))
    .where(scoped(ctx, members.tenantId, sql`${members.id} = ${memberId}`, memberReach(ctx)))
    .limit(1);
}

export function planOfMemberQuery(ctx: Ctx, memberId: string, year: number) {
  return ctx.db
    .select()
    .from(plans)
    .where(scoped(ctx, plans.tenantId, eq(plans.memberId, memberId), eq(plans.year, year)))
    .limit(1);
}

const planIdsOf = (ctx: Ctx, memberId: string, year: number) =>
  sql`(SELECT ${plans.id} FROM ${plans} WHERE ${plans.tenantId} = ${ctx.tenant.id} AND ${plans.memberId} = ${memberId} AND ${plans.year} = ${year})`;

/** Items with the wording of the exact criterion version each was written against. */
function itemsQuery(ctx: Ctx, planIds: SQL) {
  return ctx.db
    .select({
      i: planItems,
      // Aliased: D1 batch rows are keyed by column name and both joins have a "title".
      title: sql<string | null>`${criteria.title}`.as("criterion_title"),
      body: sql<string | null>`${criteria.body}`.as("criterion_body"),
      focusTitle: sql<string | null>`${criteriaFocusIssues.title}`.as("focus_title"),
    })
    .from(planItems)
    .leftJoin(criteria, joinRef(criteria, planItems.criterionVersionId, planItems))
    .leftJoin(criteriaFocusIssues, joinRef(criteriaFocusIssues, planItems.focusIssueId, planItems))
    .where(scoped(ctx, planItems.tenantId, sql`${planItems.planId} IN ${planIds}`))
    .orderBy(asc(planItems.position));
}

function eventsQuery(ctx: Ctx, planIds: SQL) {
  return ctx.db
    .select()
    .from(planEvents)
    .where(scoped(ctx, planEvents.tenantId, sql`${planEvents.planId} IN ${planIds}`))
    .orderBy(asc(planEvents.at))
    .limit(100);
}

export const itemsOfMemberQuery = (ctx: Ctx, memberId: string, year: number) =>
  itemsQuery(ctx, planIdsOf(ctx, memberId, year));
export const eventsOfMemberQuery = (ctx: Ctx, memberId: string, year: number) =>
  eventsQuery(ctx, planIdsOf(ctx, memberId, year));

/** A plan by id within the actor's scope, with its member's name and cell name. */
export function planByIdQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ p: plans, memberName: members.fullName, unitName: units.name })
    .from(plans)
    .innerJoin(members, joinRef(members, plans.memberId, plans))
    .leftJoin(units, joinRef(units, plans.unitId, plans))
    .where(scoped(ctx, plans.tenantId, eq(plans.id, id), planScope(ctx)))
    .limit(1);
}

const scopedPlanIds = (ctx: Ctx, id: string) =>
  sql`(SELECT ${plans.id} FROM ${plans} WHERE ${scoped(ctx, plans.tenantId, eq(plans.id, id), planScope(ctx))})`;
export const itemsOfPlanQuery = (ctx: Ctx, id: string) => itemsQuery(ctx, scopedPlanIds(ctx, id));
export const eventsOfPlanQuery = (ctx: Ctx, id: string) => eventsQuery(ctx, scopedPlanIds(ctx, id));

/** Plans by ids within scope (bulk confirm), with member names for the notifications. */
export function plansByIdsQuery(ctx: Ctx, ids: string[]) {
  return ctx.db
    .select({ p: plans, memberName: members.fullName, unitName: units.name })
    .from(plans)
    .innerJoin(members, joinRef(members, plans.memberId, plans))
    .leftJoin(units, joinRef(units, plans.unitId, plans))
    .where(scoped(ctx, plans.tenantId, inArray(plans.id, ids), planScope(ctx)));
}

/** Group-1 members of the member's cell who have not submitted their plan of the year yet. */
export function pendingLeadersQuery(ctx: Ctx, memberId: string, year: number) {
  return countQuery(
    ctx,
    members,
    sql`${members.unitId} = ${unitOfMember(ctx, memberId)}`,
    eq(members.memberGroup, "exemplar"),
    inArray(members.status, CURRENT),
    sql`NOT EXISTS (SELECT 1 FROM plans p WHERE ${inTenant(ctx, sql`p.tenant_id`)} AND p.member_id = ${members.id} AND p.year = ${year} AND p.first_submitted_at IS NOT NULL)`,
  );
}

/** Plans written in a unit (they block deleting it; see orgs.usage.ts). */
export function planCountByUnit(ctx: Ctx, unitId: string) {
  return countQuery(ctx, plans, eq(plans.unitId, unitId));
}

/**
 * The active secretary accounts of a unit (the member's cell): whom a submitted plan is announced
 * to, and whom the member's home names. `to` is where their notifications are addressed.
 */
export function unitSecretariesQuery(ctx: Ctx, unitId: string | SQL) {
  const a = accounts;
  const where = sql`${a.unitId} = ${unitId} AND ${a.role} = 'secretary' AND ${a.status} = 'active'`;
  const to = sql<string>`coalesce(${a.memberId}, ${a.id})`;
  return ctx.db
    .select({ accountId: a.id, to, displayName: a.displayName })
    .from(a)
    .where(scoped(ctx, a.tenantId, where))
    .orderBy(asc(a.displayName))
    .limit(10);
}

/** The unit of a member, as SQL for a batched read. */
export const unitOfMember = (ctx: Ctx, memberId: string) =>
  sql`(SELECT m2.unit_id FROM members m2 WHERE ${inTenant(ctx, sql`m2.tenant_id`)} AND m2.id = ${memberId})`;
