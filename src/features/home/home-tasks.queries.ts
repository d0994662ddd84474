// Query builders of "Việc đang chờ": each is one statement of the home page's read batch. The
// manager's figures come from the roll-up counters; the few that no counter holds are counts over a
// subtree, capped so a large committee never scans more than CAP matches.
import { type SQL, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import { joinRef } from "../../platform/lookups";
import { unitCounters } from "../../db/schema/tenant/counters";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import type { Ctx } from "../../platform/context";
import { inSubtree, inTenant, scoped } from "../../platform/scope";
import { CAP } from "./home-tasks.rules";

/** The manager's subtree on a path column (a secretary's; everything for an admin). */
const reach = (ctx: Ctx, path: SQL | Parameters<typeof inSubtree>[0]) =>
  ctx.actor.role === "secretary" && ctx.actor.unitPath ? inSubtree(path, ctx.actor.unitPath) : undefined;

/** The unit the manager's figures are read at: their own, or the tenant's root for an admin without one. */
export const managerUnit = (ctx: Ctx): SQL =>
  ctx.actor.unitId
    ? sql`${ctx.actor.unitId}`
    : sql`(SELECT r.id FROM units r WHERE ${inTenant(ctx, sql`r.tenant_id`)} AND r.parent_id IS NULL ORDER BY r.path LIMIT 1)`;

/** The plans waiting for confirmation at the manager's unit, from its counters (both groups). */
export function waitingPlansQuery(ctx: Ctx, year: number) {
  return ctx.db
    .select({ n: sql<number>`coalesce(sum(${unitCounters.value}), 0)` })
    .from(unitCounters)
    .where(
      scoped(
        ctx,
        unitCounters.tenantId,
        sql`${unitCounters.unitId} = ${managerUnit(ctx)}`,
        eq(unitCounters.year, year),
        eq(unitCounters.metric, "plan.submitted"),
        sql`${unitCounters.grp} IN ('exemplar', 'follower')`,
      ),
    );
}

/** The cells of the manager's subtree with plans waiting, most first, from their counters. */
export function waitingByCellQuery(ctx: Ctx, year: number) {
  const n = sql<number>`(SELECT coalesce(sum(c.value), 0) FROM unit_counters c WHERE ${inTenant(ctx, sql`c.tenant_id`)}
    AND c.unit_id = ${units.id} AND c.year = ${year} AND c.metric = 'plan.submitted' AND c.grp IN ('exemplar', 'follower'))`;
  return ctx.db
    .select({ id: units.id, name: units.name, n })
    .from(units)
    .where(
      scoped(
        ctx,
        units.tenantId,
        eq(units.kind, "cell"),
        eq(units.status, "active"),
        reach(ctx, units.path),
        sql`${n} > 0`,
      ),
    )
    .orderBy(desc(n), asc(units.name))
    .limit(20);
}

/** Rows of `t` of the year in the manager's subtree, not about the manager, matching `conds`: a capped count. */
function waitingCount(
  ctx: Ctx,
  t: typeof notebookEntries | typeof evaluations,
  year: number,
  ...conds: SQL[]
) {
  const mine = sql`${t.memberId} <> ${ctx.actor.memberId ?? ""}`;
  const where = scoped(ctx, t.tenantId, eq(t.year, year), reach(ctx, t.unitPath), mine, ...conds);
  return ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(sql`(SELECT 1 FROM ${t} WHERE ${where} LIMIT ${CAP + 1})`);
}

/** Submitted entries of the subtree the cell has not commented on yet. */
export const entriesToCommentQuery = (ctx: Ctx, year: number) =>
  waitingCount(
    ctx,
    notebookEntries,
    year,
    eq(notebookEntries.status, "submitted"),
    sql`NOT EXISTS (SELECT 1 FROM notebook_comments nc WHERE ${inTenant(ctx, sql`nc.tenant_id`)} AND nc.entry_id = ${notebookEntries.id})`,
  );

/** Members of the subtree whose annual review is in and whose cell has proposed no rating yet. */
export const evaluationsToProposeQuery = (ctx: Ctx, year: number) =>
  waitingCount(
    ctx,
    notebookEntries,
    year,
    sql`${notebookEntries.kind} = 'annual' AND ${notebookEntries.status} = 'submitted'`,
    sql`NOT EXISTS (SELECT 1 FROM evaluations ev WHERE ${inTenant(ctx, sql`ev.tenant_id`)} AND ev.member_id = ${notebookEntries.memberId}
      AND ev.year = ${year} AND ev.cell_level IS NOT NULL)`,
  );

/** Cells' proposals waiting for the committee above them (canDecide: never the secretary's own cell). */
export const evaluationsToDecideQuery = (ctx: Ctx, year: number) =>
  waitingCount(
    ctx,
    evaluations,
    year,
    sql`${evaluations.status} = 'open' AND ${evaluations.cellLevel} IS NOT NULL`,
    ctx.actor.role === "secretary" ? sql`${evaluations.unitPath} <> ${ctx.actor.unitPath ?? ""}` : sql`1 = 1`,
  );

const ofMemberYear = (
  ctx: Ctx,
  t: typeof notebookEntries | typeof evaluations,
  memberId: string,
  year: number,
) => scoped(ctx, t.tenantId, eq(t.memberId, memberId), eq(t.year, year));

/** The member's own notebook reviews of the year (kind and state). */
export const myEntriesQuery = (ctx: Ctx, memberId: string, year: number) =>
  ctx.db
    .select({ kind: notebookEntries.kind, status: notebookEntries.status })
    .from(notebookEntries)
    .where(ofMemberYear(ctx, notebookEntries, memberId, year));

/** The member's own evaluation of the year. */
export const myEvaluationQuery = (ctx: Ctx, memberId: string, year: number) =>
  ctx.db
    .select({
      selfLevel: evaluations.selfLevel,
      cellLevel: evaluations.cellLevel,
      status: evaluations.status,
    })
    .from(evaluations)
    .where(ofMemberYear(ctx, evaluations, memberId, year))
    .limit(1);

/** Active accounts of the manager's subtree that were never activated (no password yet). */
export function accountsToActivateQuery(ctx: Ctx) {
  return ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(accounts)
    .leftJoin(units, joinRef(units, accounts.unitId, accounts))
    .where(
      scoped(
        ctx,
        accounts.tenantId,
        isNull(accounts.passwordHash),
        eq(accounts.status, "active"),
        reach(ctx, units.path),
      ),
    );
}
