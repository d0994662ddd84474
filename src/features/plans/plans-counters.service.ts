// The plans' roll-up counters: the statements that keep them in step with every plan write,
// and the recount source that rebuilds them from the raw plan rows.
import type { Group } from "../../domain/groups";
import { and, eq, sql } from "drizzle-orm";
import { plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { type CounterSource, bumpCounters } from "../../platform/counters";
import type { Db } from "../../platform/db";
import type { PlanStatus } from "./plans.inputs";
import { type Counted, PLAN_METRICS, counterDeltas, facts } from "./plans.rules";

type PlanRow = typeof plans.$inferSelect;

/** The counted facts of a stored plan row. */
export function countedOf(p: PlanRow): Counted {
  return {
    unitPath: p.unitPath,
    year: p.year,
    grp: p.grp as Group,
    status: p.status as PlanStatus,
    registered: p.firstSubmittedAt !== null,
    late: p.late === 1,
    leadersLate: p.leadersLate === 1,
  };
}

/** One bumpCounters statement per place touched (usually one): put them in the write batch. */
export function counterStatements(ctx: Ctx, changes: { before: PlanRow | null; after: PlanRow | null }[]) {
  const places = counterDeltas(
    changes.map((c) => ({
      before: c.before ? countedOf(c.before) : null,
      after: c.after ? countedOf(c.after) : null,
    })),
  );
  return [...places.values()].map((p) => bumpCounters(ctx, p.unitPath, p.year, p.deltas));
}

export const plansCounterSource: CounterSource = {
  name: "plans",
  pathTables: ["plans"],
  metrics: [...PLAN_METRICS],
  async query(db: Db, tenantId: string) {
    const rows = await db
      .select({
        unitPath: plans.unitPath,
        year: plans.year,
        grp: plans.grp,
        status: plans.status,
        registered: sql<number>`(${plans.firstSubmittedAt} IS NOT NULL)`,
        late: plans.late,
        leadersLate: plans.leadersLate,
        n: sql<number>`count(*)`,
      })
      .from(plans)
      .where(and(eq(plans.tenantId, tenantId)))
      .groupBy(
        plans.unitPath,
        plans.year,
        plans.grp,
        plans.status,
        sql`(${plans.firstSubmittedAt} IS NOT NULL)`,
        plans.late,
        plans.leadersLate,
      );
    return rows.flatMap((r) =>
      facts({
        unitPath: r.unitPath,
        year: r.year,
        grp: r.grp as Group,
        status: r.status as PlanStatus,
        registered: r.registered === 1,
        late: r.late === 1,
        leadersLate: r.leadersLate === 1,
      }).map((metric) => ({ unitPath: r.unitPath, year: r.year, metric, grp: r.grp, value: r.n })),
    );
  },
};
