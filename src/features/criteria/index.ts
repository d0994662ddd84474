/** The criteria feature's public face: what other features, the app and the demo seed use. */
export { createSet } from "./criteria-create.service";
export { createFocusIssue, focusIssuesOnPathQuery, listFocusIssuesForUnit } from "./criteria-focus.service";
export { addCriterion, concretiseCriterion } from "./criteria-items.service";
export { publishSet } from "./criteria-publish.service";
export { getYearTheme, setYearTheme } from "./criteria-themes.service";
export { ancestorIds, buildLevels, pathPublishedRowsQuery, pathUnitsQuery } from "./criteria.queries";
export type { JoinedRow, UnitLite } from "./criteria.queries";
export { foldLevels } from "./criteria.rules";
export type { EffectiveCriterion } from "./criteria.rules";
export { criteriaUsageStatements, resolveEffectiveCriteria } from "./criteria.service";
export type { EffectiveResult } from "./criteria.service";
