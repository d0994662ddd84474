/** The meetings feature's public face: what other features and the app may use. */
export { REMARK_KIND_LABEL, REMARK_TONE, RemarkOut } from "./meetings.inputs";
export { myTurnQuery, toTurnOut } from "./meetings-rotation.queries";
export { TurnNotice } from "./views/turn-notice";
export type { TurnOut } from "./meetings-rotation.inputs";
export { addTurn, generateRotation, getRotation } from "./meetings-rotation.service";
export { addRemark } from "./meetings-remarks.service";
export { remarksForMemberQuery, toRemarkOut } from "./meetings.queries";
export { meetingsCounterSource } from "./meetings-counters.queries";
export { createMeeting } from "./meetings.service";
export { listMeetings } from "./meetings-view.service";
