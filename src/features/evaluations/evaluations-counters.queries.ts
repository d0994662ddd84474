// The distribution of decided ratings per level and group, rebuilt from raw rows for the recount.
import { and, eq, sql } from "drizzle-orm";
import { evaluations } from "../../db/schema/tenant/evaluations";
import type { CounterSource } from "../../platform/counters";
import { type Fact, groupOf } from "../notebook";
import { EVAL_METRICS } from "./evaluations.rules";

/** A decided evaluation counts once under its level, where and in the group it was decided. */
export function evaluationFacts(e: {
  status: string;
  decidedLevel: string | null;
  unitPath: string;
  year: number;
  grp: string;
}): Fact[] {
  if (e.status !== "decided" || !e.decidedLevel) return [];
  return [
    { unitPath: e.unitPath, year: e.year, metric: `eval.level.${e.decidedLevel}`, grp: groupOf(e.grp), n: 1 },
  ];
}

export const evaluationsCounterSource: CounterSource = {
  name: "evaluations",
  pathTables: ["evaluations"],
  metrics: EVAL_METRICS,
  query: async (db, tenantId) => {
    const rows = await db
      .select({
        unitPath: evaluations.unitPath,
        year: evaluations.year,
        level: evaluations.decidedLevel,
        grp: evaluations.grp,
        n: sql<number>`count(*)`,
      })
      .from(evaluations)
      .where(and(eq(evaluations.tenantId, tenantId), eq(evaluations.status, "decided")))
      .groupBy(evaluations.unitPath, evaluations.year, evaluations.decidedLevel, evaluations.grp);
    return rows.map((r) => ({
      unitPath: r.unitPath,
      year: r.year,
      metric: `eval.level.${r.level}`,
      grp: groupOf(r.grp),
      value: r.n,
    }));
  },
};
