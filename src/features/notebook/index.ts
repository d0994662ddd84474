/** The notebook feature's public face: what other features and the app may use. */
export { ENTRY_KIND_LABEL, PROGRESS_LABEL } from "./notebook.inputs";
export type { EntryKind } from "./notebook.inputs";
export { complianceOf, modeOf, windowsOf } from "./notebook.rules";
export { ComplianceOut, NotebookPlanOut, ProgressOut } from "./notebook.outputs";
export {
  cycleByYearQuery,
  evaluationOfMemberQuery,
  parseProgress,
  planItemsDetailQuery,
  planRowQuery,
  toNotebookPlan,
  toPlanItems,
} from "./notebook.queries";
export { notebookCounterSource } from "./notebook-counters.queries";
