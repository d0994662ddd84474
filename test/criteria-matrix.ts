/** The criteria rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN } from "./matrix-roles";

export function CRITERIA_ROUTES(): RouteSpec[] {
  const set = { ids: { id: "criteriaSet" } };
  const item = { ids: { id: "criteriaSet", key: "criterion" } };
  const v1 = { version: 1 };
  const f1 = { version: "1" };
  const api = "/api/v1/criteria";
  const pg = "/t/:slug/admin/criteria";
  const keyVerbs = ["concretise", "hide", "restore", "rebase", "move"] as const;
  const body = (verb: (typeof keyVerbs)[number]) =>
    verb === "concretise"
      ? { body: "Nội dung cụ thể hóa của đơn vị", version: 1 }
      : verb === "move"
        ? { direction: "up", version: 1 }
        : v1;
  return [
    { method: "GET", path: `${api}/sets`, allow: MANAGERS, list: true },
    {
      method: "POST",
      path: `${api}/sets`,
      allow: MANAGERS,
      body: { unitId: "@unit", year: 2031, source: "blank", title: "Kế hoạch mới", issuer: "Đảng ủy" },
    },
    { method: "GET", path: `${api}/sets/:id`, allow: MANAGERS, ...set },
    {
      method: "PATCH",
      path: `${api}/sets/:id`,
      allow: MANAGERS,
      ...set,
      body: { title: "Kế hoạch đã sửa", version: 1 },
    },
    { method: "POST", path: `${api}/sets/:id/publish`, allow: MANAGERS, ...set, body: v1 },
    { method: "POST", path: `${api}/sets/:id/drafts`, allow: MANAGERS, ...set, body: v1 },
    { method: "DELETE", path: `${api}/sets/:id/draft`, allow: MANAGERS, ...set, query: "version=1" },
    { method: "GET", path: `${api}/sets/:id/compare`, allow: MANAGERS, ...set },
    {
      method: "POST",
      path: `${api}/sets/:id/criteria`,
      allow: MANAGERS,
      ...set,
      body: {
        group: "follower",
        title: "Tiêu chí mới",
        body: "Nội dung tiêu chí mới của đơn vị",
        version: 1,
      },
    },
    {
      method: "PATCH",
      path: `${api}/sets/:id/criteria/:key`,
      allow: MANAGERS,
      ...item,
      body: { title: "Tên mới", version: 1 },
    },
    { method: "DELETE", path: `${api}/sets/:id/criteria/:key`, allow: MANAGERS, ...item, query: "version=1" },
    ...keyVerbs.map(
      (verb): RouteSpec => ({
        method: "POST",
        path: `${api}/sets/:id/criteria/:key/${verb}`,
        allow: MANAGERS,
        ...item,
        body: body(verb),
      }),
    ),
    { method: "GET", path: `${api}/versions/:id`, allow: ALL, ids: { id: "criteriaVersion" } },
    { method: "GET", path: `${api}/templates`, allow: MANAGERS },
    { method: "GET", path: `${api}/mine`, allow: ALL },
    { method: "GET", path: `${api}/units/:id/effective`, allow: ALL, ids: { id: "unit" } },
    { method: "GET", path: `${api}/themes`, allow: ALL },
    {
      method: "PUT",
      path: `${api}/themes`,
      allow: ADMIN,
      body: { year: 2031, termTheme: "Chuyên đề toàn khóa", yearTheme: "Chuyên đề năm" },
    },
    { method: "GET", path: `${api}/units/:id/focus-issues`, allow: ALL, ids: { id: "unit" } },
    {
      method: "POST",
      path: `${api}/focus-issues`,
      allow: MANAGERS,
      body: { unitId: "@unit", year: 2031, kind: "focus", title: "Nội dung trọng tâm mới" },
    },
    {
      method: "PATCH",
      path: `${api}/focus-issues/:id`,
      allow: MANAGERS,
      ids: { id: "focusIssue" },
      body: { title: "Nội dung đã sửa", version: 1 },
    },
    {
      method: "DELETE",
      path: `${api}/focus-issues/:id`,
      allow: MANAGERS,
      ids: { id: "focusIssue" },
      query: "version=1",
    },

    { method: "GET", path: "/t/:slug/criteria", allow: ALL },
    { method: "GET", path: pg, allow: MANAGERS, list: true },
    { method: "GET", path: `${pg}/find`, allow: MANAGERS, query: "code=ROOT" },
    {
      method: "POST",
      path: `${pg}/theme`,
      allow: ADMIN,
      form: { year: "2031", termTheme: "Chuyên đề toàn khóa", yearTheme: "Chuyên đề năm" },
    },
    { method: "GET", path: `${pg}/units/:id`, allow: MANAGERS, ids: { id: "unit" } },
    {
      method: "POST",
      path: `${pg}/units/:id/sets`,
      allow: MANAGERS,
      ids: { id: "unit" },
      form: { year: "2032", source: "blank", title: "Kế hoạch mới", issuer: "Đảng ủy" },
    },
    { method: "GET", path: `${pg}/units/:id/focus`, allow: MANAGERS, ids: { id: "unit" } },
    {
      method: "POST",
      path: `${pg}/units/:id/focus`,
      allow: MANAGERS,
      ids: { id: "unit" },
      form: { year: "2032", kind: "focus", title: "Nội dung trọng tâm mới" },
    },
    {
      method: "POST",
      path: `${pg}/focus/:id/update`,
      allow: MANAGERS,
      ids: { id: "focusIssue" },
      form: { title: "Nội dung đã sửa", version: "1" },
    },
    { method: "POST", path: `${pg}/focus/:id/delete`, allow: MANAGERS, ids: { id: "focusIssue" }, form: f1 },
    { method: "GET", path: `${pg}/sets/:id`, allow: MANAGERS, ...set },
    { method: "GET", path: `${pg}/sets/:id/compare`, allow: MANAGERS, ...set },
    { method: "GET", path: `${pg}/versions/:id`, allow: MANAGERS, ids: { id: "criteriaVersion" } },
    {
      method: "POST",
      path: `${pg}/sets/:id/header`,
      allow: MANAGERS,
      ...set,
      form: { title: "Kế hoạch đã sửa", version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/sets/:id/criteria`,
      allow: MANAGERS,
      ...set,
      form: {
        group: "follower",
        title: "Tiêu chí mới",
        body: "Nội dung tiêu chí mới của đơn vị",
        version: "1",
      },
    },
    ...["update", "concretise", "move", "hide", "restore", "rebase", "delete"].map(
      (verb): RouteSpec => ({
        method: "POST",
        path: `${pg}/sets/:id/criteria/:key/${verb}`,
        allow: MANAGERS,
        ...item,
        form: { title: "Tên mới", body: "Nội dung cụ thể hóa của đơn vị", direction: "up", version: "1" },
      }),
    ),
    ...["publish", "drafts", "discard"].map(
      (verb): RouteSpec => ({
        method: "POST",
        path: `${pg}/sets/:id/${verb}`,
        allow: MANAGERS,
        ...set,
        form: f1,
      }),
    ),
  ];
}
