// The plans' roll-up counters: the statements that keep them in step with every plan write,
// and the recount source that rebuilds them from the raw plan rows.
import { sql } from "drizzle-orm";
import type { Group } from "../../domain/groups";
import { plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { factBumps, factSource } from "../../platform/counter-facts";
import type { PlanStatus } from "./plans.inputs";
import { type Counted, PLAN_METRICS, planFacts } from "./plans.rules";

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

/** The bumpCounters statements of a set of plan changes: put them in the write batch. */
export function counterStatements(ctx: Ctx, changes: { before: PlanRow | null; after: PlanRow | null }[]) {
  const facts = (p: PlanRow | null) => (p ? planFacts(countedOf(p)) : []);
  return factBumps(
    ctx,
    changes.flatMap((c) => facts(c.before)),
    changes.flatMap((c) => facts(c.after)),
  );
}

export const plansCounterSource = factSource({
  name: "plans",
  pathTables: ["plans"],
  metrics: PLAN_METRICS,
  parts: [
    {
      table: plans,
      by: {
        unitPath: plans.unitPath,
        year: plans.year,
        grp: plans.grp,
        status: plans.status,
        registered: sql<number>`(${plans.firstSubmittedAt} IS NOT NULL)`,
        late: plans.late,
        leadersLate: plans.leadersLate,
      },
      facts: (r: Omit<PlanRow, "firstSubmittedAt"> & { registered: number }) =>
        planFacts({
          unitPath: r.unitPath,
          year: r.year,
          grp: r.grp as Group,
          status: r.status as PlanStatus,
          registered: r.registered === 1,
          late: r.late === 1,
          leadersLate: r.leadersLate === 1,
        }),
    },
  ],
});
