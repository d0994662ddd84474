// Vietnamese labels shared by the report pages and exports.
import { LEVEL_LABEL as EVAL_LEVEL_LABEL } from "../../evaluations";
import { ENTRY_KIND_LABEL } from "../../notebook";
import { PLAN_STATUS_LABEL } from "../../plans";
import type { FigureDef } from "../reports.catalogue";

/** What the "status" of a person row means for the figure it comes from. */
export function personStatusLabel(def: FigureDef, status: string | null): string {
  if (!status) return def.people?.from === "no_plan" ? PLAN_STATUS_LABEL.not_started : "";
  const from = def.people?.from;
  const table: Record<string, string> =
    from === "plans"
      ? PLAN_STATUS_LABEL
      : from === "notebook"
        ? ENTRY_KIND_LABEL
        : from === "evaluations"
          ? EVAL_LEVEL_LABEL
          : {};
  return table[status] ?? status;
}

export const GROUP_SHORT: Record<string, string> = {
  exemplar: "Nhóm 1",
  follower: "Nhóm 2",
  all: "Cả hai nhóm",
};
