import { vnToday } from "../src/domain/time";
/** Access-matrix rows of the notebook, meetings and evaluations (spread into test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, api, pg, row } from "./matrix-roles";

export function NOTEBOOK_ROUTES(): RouteSpec[] {
  const meeting = { ids: { id: "meeting" } };
  const remark = { ids: { id: "meeting", remarkId: "meetingRemark" } };
  const member = { ids: { id: "member" } };
  const turn = { ids: { id: "reportTurn" } };
  const entry = { ids: { id: "notebookEntry" } };
  const evaluation = { ids: { id: "evaluation" } };
  const newMeeting = {
    date: "2026-01-05",
    kind: "regular",
    minutesNumber: "01-BB/CB",
    attendance: 1,
    expected: 1,
  };
  return [
    // meetings
    row("GET", `${api}/meetings`, MANAGERS, { list: true }),
    row("POST", `${api}/meetings`, MANAGERS, { body: { unitId: "@unit", ...newMeeting } }),
    row("GET", `${api}/meetings/:id`, MANAGERS, meeting),
    row("PATCH", `${api}/meetings/:id`, MANAGERS, { ...meeting, body: { notes: "Ghi chú", version: 1 } }),
    row("DELETE", `${api}/meetings/:id`, MANAGERS, { ...meeting, query: "version=1" }),
    row("POST", `${api}/meetings/:id/remarks`, MANAGERS, {
      ...meeting,
      body: { memberId: "@member", kind: "praise", content: "Gương mẫu trong công tác" },
    }),
    row("DELETE", `${api}/meetings/:id/remarks/:remarkId`, MANAGERS, remark),
    row("PUT", `${api}/meetings/:id/attendance`, MANAGERS, {
      ...meeting,
      body: { entries: [{ memberId: "0000000000000000", status: "present" }], version: 1 },
    }),
    row("GET", `${api}/members/:id/remarks`, ALL, member),
    row("GET", `${api}/report-turns`, MANAGERS, { list: true }),
    row("POST", `${api}/report-turns/generate`, MANAGERS, {
      body: { unitId: "@unit", year: 2099, day: 5, fromMonth: 1 },
    }),
    row("POST", `${api}/report-turns`, MANAGERS, {
      body: { unitId: "@unit", memberId: "@member", date: "2099-06-05" },
    }),
    row("GET", `${api}/report-turns/mine`, ALL),
    row("PATCH", `${api}/report-turns/:id`, MANAGERS, { ...turn, body: { date: "2026-06-05", version: 1 } }),
    row("DELETE", `${api}/report-turns/:id`, MANAGERS, { ...turn, query: "version=1" }),
    row("GET", `${pg}/report-turns`, MANAGERS, { list: true }),
    row("POST", `${pg}/report-turns/generate`, MANAGERS, {
      form: { unitId: "@unit", year: "2099", day: "5", fromMonth: "1" },
    }),
    row("POST", `${pg}/report-turns`, MANAGERS, {
      form: { unitId: "@unit", memberId: "@member", date: "05/06/2099" },
    }),
    row("POST", `${pg}/report-turns/:id/update`, MANAGERS, {
      ...turn,
      form: { date: "05/06/2026", version: "1" },
    }),
    row("POST", `${pg}/report-turns/:id/delete`, MANAGERS, { ...turn, form: { version: "1" } }),
    row("POST", `${pg}/meetings/:id/reports`, MANAGERS, {
      ...meeting,
      form: { memberId: "@member", content: "Báo cáo đầy đủ" },
    }),
    row("GET", `${pg}/meetings`, MANAGERS, { list: true }),
    row("POST", `${pg}/meetings`, MANAGERS, {
      form: {
        unitId: "@unit",
        date: "05/01/2026",
        kind: "regular",
        minutesNumber: "02-BB/CB",
        attendance: "1",
        expected: "1",
      },
    }),
    row("GET", `${pg}/meetings/:id`, MANAGERS, meeting),
    row("POST", `${pg}/meetings/:id/update`, MANAGERS, {
      ...meeting,
      form: { notes: "Ghi chú", version: "1" },
    }),
    row("POST", `${pg}/meetings/:id/delete`, MANAGERS, { ...meeting, form: { version: "1" } }),
    row("POST", `${pg}/meetings/:id/remarks`, MANAGERS, {
      ...meeting,
      form: { memberId: "@member", kind: "criticism", content: "Cần đi họp đúng giờ" },
    }),
    row("POST", `${pg}/meetings/:id/remarks/:remarkId/delete`, MANAGERS, remark),
    row("POST", `${pg}/meetings/:id/attendance`, MANAGERS, {
      ...meeting,
      form: { version: "1", "s-0000000000000000": "present" },
    }),

    // notebook
    row("GET", `${api}/notebook/mine`, ALL),
    row("GET", `${api}/notebook/compliance`, MANAGERS, { list: true }),
    row("GET", `${api}/notebook/entries`, ALL, { list: true }),
    row("GET", `${api}/members/:id/notebook`, ALL, member),
    row("POST", `${api}/members/:id/notebook/entries`, ALL, { ...member, body: { kind: "free" } }),
    row("GET", `${api}/notebook/entries/:id`, ALL, entry),
    row("PATCH", `${api}/notebook/entries/:id`, ALL, { ...entry, body: { body: "Nội dung", version: 1 } }),
    row("DELETE", `${api}/notebook/entries/:id`, ALL, { ...entry, query: "version=1" }),
    row("POST", `${api}/notebook/entries/:id/submit`, ALL, { ...entry, body: { version: 1 } }),
    row("POST", `${api}/notebook/entries/:id/comments`, MANAGERS, {
      ...entry,
      body: { content: "Nhận xét của chi ủy" },
    }),
    row("POST", `${api}/notebook/entries/:id/return`, MANAGERS, {
      ...entry,
      body: { content: "Cần bổ sung", version: 1 },
    }),
    row("GET", `${pg}/notebook`, ALL),
    row("GET", `${pg}/compliance`, MANAGERS, { list: true }),
    row("GET", `${pg}/members/:id/notebook`, ALL, member),
    row("GET", `${pg}/members/:id/notebook/print`, ALL, member),
    row("POST", `${pg}/members/:id/notebook/entries`, ALL, { ...member, form: { kind: "free" } }),
    row("GET", `${pg}/notebook/entries/:id`, ALL, entry),
    row("POST", `${pg}/notebook/entries/:id/save`, ALL, {
      ...entry,
      form: { body: "Nội dung", version: "1" },
    }),
    row("POST", `${pg}/notebook/entries/:id/delete`, ALL, { ...entry, form: { version: "1" } }),
    row("POST", `${pg}/notebook/entries/:id/comment`, MANAGERS, { ...entry, form: { content: "Nhận xét" } }),
    row("POST", `${pg}/notebook/entries/:id/return`, MANAGERS, {
      ...entry,
      form: { reason: "Cần bổ sung", version: "1" },
    }),

    // evaluations
    row("GET", `${api}/evaluations`, MANAGERS, { list: true }),
    row("GET", `${api}/evaluations/mine`, ALL),
    row("POST", `${api}/evaluations/mine/self`, ALL, { body: { level: "tot" } }),
    row("GET", `${api}/evaluations/settings`, ADMIN),
    row("PUT", `${api}/evaluations/settings`, ADMIN, {
      body: { capPercent: 20, capEnabled: true, version: 0 },
    }),
    row("GET", `${api}/members/:id/evaluation`, ALL, member),
    row("POST", `${api}/members/:id/evaluation/propose`, MANAGERS, { ...member, body: { level: "tot" } }),
    row("POST", `${api}/evaluations/:id/decide`, MANAGERS, {
      ...evaluation,
      body: { level: "tot", version: 1, decisionNumber: "125-QĐ/ĐU", decisionDate: vnToday(Date.now()) },
    }),
    row("GET", `${pg}/evaluations`, ALL, { list: true }),
    row("GET", `${pg}/evaluations/mine`, ALL),
    row("POST", `${pg}/evaluations/mine/self`, ALL, { form: { level: "tot" } }),
    row("GET", `${pg}/evaluations/settings`, ADMIN),
    row("POST", `${pg}/evaluations/settings`, ADMIN, {
      form: { capPercent: "20", capEnabled: "1", version: "0" },
    }),
    row("GET", `${pg}/members/:id/evaluation`, ALL, member),
    row("POST", `${pg}/members/:id/evaluation/propose`, MANAGERS, { ...member, form: { level: "tot" } }),
    row("POST", `${pg}/evaluations/:id/decide`, MANAGERS, {
      ...evaluation,
      form: {
        level: "tot",
        version: "1",
        memberId: "@member",
        decisionNumber: "125-QĐ/ĐU",
        decisionDate: vnToday(Date.now()),
      },
    }),
  ];
}
