/** The meetings feature's public face: what other features and the app may use. */
export { REMARK_KIND_LABEL, RemarkOut } from "./meetings.inputs";
export { remarksForMemberQuery, toRemarkOut } from "./meetings.queries";
export { meetingsCounterSource } from "./meetings-counters.queries";
export { createMeeting } from "./meetings.service";
export { listMeetings } from "./meetings-view.service";
