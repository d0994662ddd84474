// Reading the roll-up counters: the rows (unit, metric, group, value) a page tabulates.
import { type SQL, and, inArray, sql } from "drizzle-orm";
import { unitCounters } from "../db/schema/tenant/counters";
import type { PublicCtx } from "./context";
import { scoped } from "./scope";

/** Counter rows of the tenant matching every condition: one statement for a read batch. */
export function counterRowsQuery(ctx: Pick<PublicCtx, "db" | "tenant">, ...conds: (SQL | undefined)[]) {
  return ctx.db
    .select({
      unitId: unitCounters.unitId,
      metric: unitCounters.metric,
      grp: unitCounters.grp,
      value: unitCounters.value,
    })
    .from(unitCounters)
    .where(scoped(ctx, unitCounters.tenantId, ...conds));
}

/** The counters of `year` among `metrics`. */
export function countersOfYear(year: number | SQL, metrics: readonly string[]): SQL {
  return and(sql`${unitCounters.year} = ${year}`, inArray(unitCounters.metric, [...metrics])) as SQL;
}

/** The counters of the unit `unitId` (an id, or SQL yielding one). */
export const countersOfUnit = (unitId: string | SQL): SQL => sql`${unitCounters.unitId} = ${unitId}`;

/** The counters of the units a subquery lists (e.g. unitAndChildIds()). */
export const countersOfUnits = (ids: SQL): SQL => sql`${unitCounters.unitId} IN ${ids}`;
