// The distribution of decided ratings per level and group, rebuilt from raw rows for the recount.
import { eq } from "drizzle-orm";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { columnsOf, factSource } from "../../platform/counter-facts";
import { EVAL_METRICS, evaluationFacts } from "./evaluations.rules";

type EvalRow = typeof evaluations.$inferSelect;

export const evaluationsCounterSource = factSource({
  name: "evaluations",
  pathTables: ["evaluations"],
  metrics: EVAL_METRICS,
  parts: [
    {
      table: evaluations,
      by: columnsOf(evaluations, "unitPath", "year", "decidedLevel", "grp"),
      where: eq(evaluations.status, "decided"),
      facts: (r: Pick<EvalRow, "unitPath" | "year" | "decidedLevel" | "grp">) =>
        evaluationFacts({ ...r, status: "decided" }),
    },
  ],
});
