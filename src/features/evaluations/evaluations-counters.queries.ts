// The distribution of decided ratings per level and group, rebuilt from raw rows for the recount.
import { evaluations } from "../../db/schema/tenant/evaluations";
import { statusFactSource } from "../../platform/status-facts";
import { EVAL_METRICS, evaluationFacts } from "./evaluations.rules";

export const evaluationsCounterSource = statusFactSource({
  name: "evaluations",
  metrics: EVAL_METRICS,
  table: evaluations,
  status: "decided",
  by: ["unitPath", "year", "decidedLevel", "grp"],
  facts: evaluationFacts,
});
