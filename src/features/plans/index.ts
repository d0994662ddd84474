/** The plans feature's public face: what other features and the app may use. */
export { insertMany } from "./plans-bulk.queries";
export { finishHomePlans, homePlanReads } from "./plans-home.service";
export type { HomePlans } from "./plans-home.service";
export { PLAN_STATUS_LABEL } from "./plans.inputs";
export type { PlanStatus } from "./plans.inputs";
export {
  memberReach,
  memberWithCellQuery,
  planCountByUnit,
  planOfMemberQuery,
  unitOfMember,
  unitSecretariesQuery,
} from "./plans.queries";
export { confirmPlan } from "./plans-review.service";
export { getMemberPlan } from "./plans.service";
export { writePlan } from "./plans-write.service";
export { getDashboard } from "./plans-dashboard.service";
export { movePlansStatements, openPlansOfMemberQuery } from "./plans-transfer.service";
export { HomePlansSection } from "./views/home-section";
export { plansCounterSource } from "./plans-counters.service";
