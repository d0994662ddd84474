// The plans' roll-up counters: the statements that keep them in step with every plan write,
// and the recount source that rebuilds them from the raw plan rows.
import { sql } from "drizzle-orm";
import type { Group } from "../../domain/groups";
import { plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { columnsOf, factBumps, factSource } from "../../platform/counter-facts";
import type { PlanStatus } from "./plans.inputs";
import { type Counted, PLAN_METRICS, planFacts } from "./plans.rules";

type PlanRow = typeof plans.$inferSelect;

type Counting = Pick<
  PlanRow,
  "unitPath" | "year" | "grp" | "status" | "firstSubmittedAt" | "late" | "leadersLate"
>;

/** The counted facts of a stored plan row (or of its columns grouped by the recount). */
export function countedOf(p: Counting): Counted {
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
        ...columnsOf(plans, "unitPath", "year", "grp", "status", "late", "leadersLate"),
        // 1 or NULL: whether the plan was ever submitted, all that countedOf() reads of it.
        firstSubmittedAt: sql<number | null>`NULLIF(${plans.firstSubmittedAt} IS NOT NULL, 0)`,
      },
      facts: (r: Counting) => planFacts(countedOf(r)),
    },
  ],
});
