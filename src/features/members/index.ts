/** The members feature's public face: what other features and the app may use. */
export { transferMember } from "./members-changes.service";
export { MEMBERS_METRIC } from "./members-counters.queries";
export { CURRENT_STATUSES } from "./members.inputs";
export { createMember, memberCountByUnit, memberQuery, memberScope } from "./members.service";
export { vietnameseSortKey } from "./members-sort.rules";
export { membersCounterSource } from "./members-counters.queries";
