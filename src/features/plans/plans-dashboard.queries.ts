// Reads of the completion dashboard: the unit with its children, their plan counters, their
// member counts by group, and people. Each is one statement; a page batches them.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { actorScope, inTenant, onPath, scoped, scopedByKey, unitAndChildIds } from "../../platform/scope";
import { PLAN_METRICS } from "./plans.rules";
import { MEMBERS_METRIC } from "../members";
import { CURRENT } from "./plans.queries";
import { inSubtreeOf, joinRef, unitPathOf } from "../../platform/lookups";
import { counterRowsQuery, countersOfUnits, countersOfYear } from "../../platform/counter-rows";

/** Units the actor may see in dashboards: all for an admin, the subtree for a secretary. */
export const unitReach = (ctx: Ctx) => actorScope(ctx, units.path);

/** The unit (first) and its children, if the unit is in reach. */
export function unitWithChildrenQuery(ctx: Ctx, unitId: string) {
  return ctx.db
    .select({ id: units.id, name: units.name, kind: units.kind, path: units.path, parentId: units.parentId })
    .from(units)
    .where(scoped(ctx, units.tenantId, sql`${units.id} IN ${unitAndChildIds(ctx, unitId)}`, unitReach(ctx)))
    .orderBy(asc(units.depth), asc(units.name));
}

/** The unit's ancestors within reach, root first (breadcrumbs). */
export function ancestorsQuery(ctx: Ctx, unitId: string) {
  const pathOf = unitPathOf(ctx, unitId);
  return ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      scopedByKey(
        ctx,
        units.tenantId,
        onPath(units.id, pathOf),
        sql`${units.id} <> ${unitId}`,
        unitReach(ctx),
      ),
    )
    .orderBy(asc(units.depth));
}

/**
 * The plan counters of the unit and its children for the year, and their member counts (year 0,
 * kept by the members feature): one statement for the whole dashboard.
 */
export function planCountersQuery(ctx: Ctx, unitId: string, year: number) {
  return counterRowsQuery(
    ctx,
    countersOfUnits(unitAndChildIds(ctx, unitId)),
    or(countersOfYear(year, PLAN_METRICS), countersOfYear(0, [MEMBERS_METRIC])),
  );
}

export interface PeopleFilter {
  unitId: string;
  year: number;
  /** Only members placed directly in the unit (a cell's roster) rather than its whole subtree. */
  direct: boolean;
  group?: string | undefined;
  status?: string | undefined;
  after?: [string, string, string] | undefined;
  limit: number;
}

/** Members with their plan of the year, leaders first, then in Vietnamese name order. */
export function peopleQuery(ctx: Ctx, f: PeopleFilter) {
  const unitPath = unitPathOf(ctx, f.unitId);
  const placed = f.direct
    ? eq(members.unitId, f.unitId)
    : sql`${members.unitId} IN (SELECT u.id FROM units u WHERE ${inTenant(ctx, sql`u.tenant_id`)}
        AND ${inSubtreeOf(sql`u.path`, unitPath)})`;
  const statusCond =
    f.status === "not_started" ? sql`${plans.id} IS NULL` : f.status ? eq(plans.status, f.status) : undefined;
  return ctx.db
    .select({
      memberId: members.id,
      fullName: members.fullName,
      sortKey: members.sortKey,
      unitId: members.unitId,
      unitName: units.name,
      group: members.memberGroup,
      // Aliased: D1 batch results are keyed by column name, so "id"/"status" must not repeat.
      planId: sql<string | null>`${plans.id}`.as("plan_id"),
      status: sql<string | null>`${plans.status}`.as("plan_status"),
      late: plans.late,
      submittedAt: plans.submittedAt,
    })
    .from(members)
    .innerJoin(units, joinRef(units, members.unitId, members))
    .leftJoin(
      plans,
      and(eq(plans.memberId, members.id), eq(plans.tenantId, members.tenantId), eq(plans.year, f.year)),
    )
    .where(
      scoped(
        ctx,
        members.tenantId,
        placed,
        unitReach(ctx),
        inArray(members.status, CURRENT),
        f.group ? eq(members.memberGroup, f.group) : undefined,
        statusCond,
        f.after
          ? sql`(${members.memberGroup}, ${members.sortKey}, ${members.id}) > (${f.after[0]}, ${f.after[1]}, ${f.after[2]})`
          : undefined,
      ),
    )
    .orderBy(asc(members.memberGroup), asc(members.sortKey), asc(members.id))
    .limit(f.limit + 1);
}
