/** The criteria feature's public face: what other features and the app may use. */
export { publishSet } from "./criteria.publish.service";
export { ancestorIds, buildLevels, pathPublishedRowsQuery, pathUnitsQuery } from "./criteria.queries";
export type { JoinedRow, UnitLite } from "./criteria.queries";
export { foldLevels } from "./criteria.resolve";
export type { EffectiveCriterion } from "./criteria.resolve";
export { criteriaCountByUnit, criteriaUsageStatements } from "./criteria.service";
export type { EffectiveResult } from "./criteria.service";
export { createSet } from "./criteria.sets.service";
