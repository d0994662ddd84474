/** Access-matrix rows of the notebook, meetings and evaluations (spread into test/access-matrix.ts). */
import type { RouteSpec, Who } from "./access-matrix";

const ALL: Who[] = ["admin", "secretary", "member"];
const MANAGERS: Who[] = ["admin", "secretary"];
const ADMIN: Who[] = ["admin"];

export function NOTEBOOK_ROUTES(): RouteSpec[] {
  const api = "/api/v1";
  const pg = "/t/:slug";
  const meeting = { ids: { id: "meeting" } };
  const remark = { ids: { id: "meeting", remarkId: "meetingRemark" } };
  const member = { ids: { id: "member" } };
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
    { method: "GET", path: `${api}/meetings`, allow: MANAGERS, list: true },
    { method: "POST", path: `${api}/meetings`, allow: MANAGERS, body: { unitId: "@unit", ...newMeeting } },
    { method: "GET", path: `${api}/meetings/:id`, allow: MANAGERS, ...meeting },
    {
      method: "PATCH",
      path: `${api}/meetings/:id`,
      allow: MANAGERS,
      ...meeting,
      body: { notes: "Ghi chú", version: 1 },
    },
    { method: "DELETE", path: `${api}/meetings/:id`, allow: MANAGERS, ...meeting, query: "version=1" },
    {
      method: "POST",
      path: `${api}/meetings/:id/remarks`,
      allow: MANAGERS,
      ...meeting,
      body: { memberId: "@member", kind: "praise", content: "Gương mẫu trong công tác" },
    },
    { method: "DELETE", path: `${api}/meetings/:id/remarks/:remarkId`, allow: MANAGERS, ...remark },
    { method: "GET", path: `${api}/members/:id/remarks`, allow: ALL, ...member },
    { method: "GET", path: `${pg}/meetings`, allow: MANAGERS, list: true },
    {
      method: "POST",
      path: `${pg}/meetings`,
      allow: MANAGERS,
      form: {
        unitId: "@unit",
        date: "05/01/2026",
        kind: "regular",
        minutesNumber: "02-BB/CB",
        attendance: "1",
        expected: "1",
      },
    },
    { method: "GET", path: `${pg}/meetings/:id`, allow: MANAGERS, ...meeting },
    {
      method: "POST",
      path: `${pg}/meetings/:id/update`,
      allow: MANAGERS,
      ...meeting,
      form: { notes: "Ghi chú", version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/meetings/:id/delete`,
      allow: MANAGERS,
      ...meeting,
      form: { version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/meetings/:id/remarks`,
      allow: MANAGERS,
      ...meeting,
      form: { memberId: "@member", kind: "criticism", content: "Cần đi họp đúng giờ" },
    },
    { method: "POST", path: `${pg}/meetings/:id/remarks/:remarkId/delete`, allow: MANAGERS, ...remark },

    // notebook
    { method: "GET", path: `${api}/notebook/mine`, allow: ALL },
    { method: "GET", path: `${api}/notebook/compliance`, allow: MANAGERS, list: true },
    { method: "GET", path: `${api}/members/:id/notebook`, allow: ALL, ...member },
    {
      method: "POST",
      path: `${api}/members/:id/notebook/entries`,
      allow: ALL,
      ...member,
      body: { kind: "free" },
    },
    { method: "GET", path: `${api}/notebook/entries/:id`, allow: ALL, ...entry },
    {
      method: "PATCH",
      path: `${api}/notebook/entries/:id`,
      allow: ALL,
      ...entry,
      body: { body: "Nội dung", version: 1 },
    },
    { method: "DELETE", path: `${api}/notebook/entries/:id`, allow: ALL, ...entry, query: "version=1" },
    {
      method: "POST",
      path: `${api}/notebook/entries/:id/submit`,
      allow: ALL,
      ...entry,
      body: { version: 1 },
    },
    {
      method: "POST",
      path: `${api}/notebook/entries/:id/comments`,
      allow: MANAGERS,
      ...entry,
      body: { content: "Nhận xét của chi ủy" },
    },
    {
      method: "POST",
      path: `${api}/notebook/entries/:id/return`,
      allow: MANAGERS,
      ...entry,
      body: { content: "Cần bổ sung", version: 1 },
    },
    { method: "GET", path: `${pg}/notebook`, allow: ALL },
    { method: "GET", path: `${pg}/compliance`, allow: MANAGERS, list: true },
    { method: "GET", path: `${pg}/members/:id/notebook`, allow: ALL, ...member },
    { method: "GET", path: `${pg}/members/:id/notebook/print`, allow: ALL, ...member },
    {
      method: "POST",
      path: `${pg}/members/:id/notebook/entries`,
      allow: ALL,
      ...member,
      form: { kind: "free" },
    },
    { method: "GET", path: `${pg}/notebook/entries/:id`, allow: ALL, ...entry },
    {
      method: "POST",
      path: `${pg}/notebook/entries/:id/save`,
      allow: ALL,
      ...entry,
      form: { body: "Nội dung", version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/notebook/entries/:id/delete`,
      allow: ALL,
      ...entry,
      form: { version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/notebook/entries/:id/comment`,
      allow: MANAGERS,
      ...entry,
      form: { content: "Nhận xét" },
    },
    {
      method: "POST",
      path: `${pg}/notebook/entries/:id/return`,
      allow: MANAGERS,
      ...entry,
      form: { reason: "Cần bổ sung", version: "1" },
    },

    // evaluations
    { method: "GET", path: `${api}/evaluations`, allow: MANAGERS, list: true },
    { method: "GET", path: `${api}/evaluations/mine`, allow: ALL },
    { method: "POST", path: `${api}/evaluations/mine/self`, allow: ALL, body: { level: "tot" } },
    { method: "GET", path: `${api}/evaluations/settings`, allow: ADMIN },
    {
      method: "PUT",
      path: `${api}/evaluations/settings`,
      allow: ADMIN,
      body: { capPercent: 20, capEnabled: true, version: 0 },
    },
    { method: "GET", path: `${api}/members/:id/evaluation`, allow: ALL, ...member },
    {
      method: "POST",
      path: `${api}/members/:id/evaluation/propose`,
      allow: MANAGERS,
      ...member,
      body: { level: "tot" },
    },
    {
      method: "POST",
      path: `${api}/evaluations/:id/decide`,
      allow: MANAGERS,
      ...evaluation,
      body: { level: "tot", version: 1 },
    },
    { method: "GET", path: `${pg}/evaluations`, allow: ALL, list: true },
    { method: "GET", path: `${pg}/evaluations/mine`, allow: ALL },
    { method: "POST", path: `${pg}/evaluations/mine/self`, allow: ALL, form: { level: "tot" } },
    { method: "GET", path: `${pg}/evaluations/settings`, allow: ADMIN },
    {
      method: "POST",
      path: `${pg}/evaluations/settings`,
      allow: ADMIN,
      form: { capPercent: "20", capEnabled: "1", version: "0" },
    },
    { method: "GET", path: `${pg}/members/:id/evaluation`, allow: ALL, ...member },
    {
      method: "POST",
      path: `${pg}/members/:id/evaluation/propose`,
      allow: MANAGERS,
      ...member,
      form: { level: "tot" },
    },
    {
      method: "POST",
      path: `${pg}/evaluations/:id/decide`,
      allow: MANAGERS,
      ...evaluation,
      form: { level: "tot", version: "1", memberId: "@member" },
    },
  ];
}
