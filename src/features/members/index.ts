/** The members feature's public face: what other features and the app may use. */
export { setMemberStatus, transferMember } from "./members-changes.service";
export { MEMBERS_METRIC } from "./members-counters.queries";
export { CURRENT_STATUSES } from "./members.inputs";
export { createMember, memberCountByUnit, memberQuery, memberScope } from "./members.service";
export { vietnameseSortKey } from "./members-sort.rules";
export { membersCounterSource } from "./members-counters.queries";
// The demo seed writes the demo roster through the bulk path and links the demo accounts.
export { linkAccountsByCard } from "./members-accounts.service";
export { type BulkRow, bulkUpsertStatements } from "./members-bulk.queries";
export { listMembers } from "./members-list.service";
export { parsePositions, positionLabel } from "./members-positions.rules";
export { getOwnMember, groupRulesQuery, rulesFrom } from "./members.service";
export { toMemberOut } from "./members.service";
export type { BulkAccountsOut, MemberOut } from "./members.outputs";
