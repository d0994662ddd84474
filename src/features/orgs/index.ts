/** The orgs feature's public face: what other features and the app may use. */
export { UNIT_KIND_LABEL } from "./orgs.inputs";
export type { UnitKind } from "./orgs.inputs";
export {
  createUnit,
  deleteUnit,
  focusUnit,
  getHomeUnitId,
  getUnitByCode,
  getUnitInScope,
  getUnitView,
  pathInScope,
  unitScope,
} from "./orgs.service";
