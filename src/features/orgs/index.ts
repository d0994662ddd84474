/** The orgs feature's public face: what other features and the app may use. */
export { createUnit, deleteUnit } from "./orgs-edit.service";
export { UNIT_KIND_LABEL } from "./orgs.inputs";
export type { UnitKind } from "./orgs.inputs";
export {
  focusUnit,
  getHomeUnitId,
  getUnitByCode,
  getUnitInScope,
  getUnitView,
  pathInScope,
  unitQuery,
  unitScope,
} from "./orgs.service";
