/** The criteria rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, row } from "./matrix-roles";

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
    row("GET", `${api}/sets`, MANAGERS, { list: true }),
    row("POST", `${api}/sets`, MANAGERS, {
      body: { unitId: "@unit", year: 2031, source: "blank", title: "Kế hoạch mới", issuer: "Đảng ủy" },
    }),
    row("GET", `${api}/sets/:id`, MANAGERS, set),
    row("PATCH", `${api}/sets/:id`, MANAGERS, { ...set, body: { title: "Kế hoạch đã sửa", version: 1 } }),
    row("POST", `${api}/sets/:id/publish`, MANAGERS, { ...set, body: v1 }),
    row("POST", `${api}/sets/:id/drafts`, MANAGERS, { ...set, body: v1 }),
    row("DELETE", `${api}/sets/:id/draft`, MANAGERS, { ...set, query: "version=1" }),
    row("GET", `${api}/sets/:id/compare`, MANAGERS, set),
    row("POST", `${api}/sets/:id/criteria`, MANAGERS, {
      ...set,
      body: {
        group: "follower",
        title: "Tiêu chí mới",
        body: "Nội dung tiêu chí mới của đơn vị",
        version: 1,
      },
    }),
    row("PATCH", `${api}/sets/:id/criteria/:key`, MANAGERS, {
      ...item,
      body: { title: "Tên mới", version: 1 },
    }),
    row("DELETE", `${api}/sets/:id/criteria/:key`, MANAGERS, { ...item, query: "version=1" }),
    ...keyVerbs.map(
      (verb): RouteSpec =>
        row("POST", `${api}/sets/:id/criteria/:key/${verb}`, MANAGERS, { ...item, body: body(verb) }),
    ),
    row("GET", `${api}/versions/:id`, ALL, { ids: { id: "criteriaVersion" } }),
    row("GET", `${api}/templates`, MANAGERS),
    row("GET", `${api}/mine`, ALL),
    row("GET", `${api}/units/:id/effective`, ALL, { ids: { id: "unit" } }),
    row("GET", `${api}/themes`, ALL),
    row("PUT", `${api}/themes`, ADMIN, {
      body: { year: 2031, termTheme: "Chuyên đề toàn khóa", yearTheme: "Chuyên đề năm" },
    }),
    row("GET", `${api}/units/:id/focus-issues`, ALL, { ids: { id: "unit" } }),
    row("POST", `${api}/focus-issues`, MANAGERS, {
      body: { unitId: "@unit", year: 2031, kind: "focus", title: "Nội dung trọng tâm mới" },
    }),
    row("PATCH", `${api}/focus-issues/:id`, MANAGERS, {
      ids: { id: "focusIssue" },
      body: { title: "Nội dung đã sửa", version: 1 },
    }),
    row("DELETE", `${api}/focus-issues/:id`, MANAGERS, { ids: { id: "focusIssue" }, query: "version=1" }),

    row("GET", "/t/:slug/criteria", ALL),
    row("GET", pg, MANAGERS, { list: true }),
    row("GET", `${pg}/find`, MANAGERS, { query: "code=ROOT" }),
    row("POST", `${pg}/theme`, ADMIN, {
      form: { year: "2031", termTheme: "Chuyên đề toàn khóa", yearTheme: "Chuyên đề năm" },
    }),
    row("GET", `${pg}/units/:id`, MANAGERS, { ids: { id: "unit" } }),
    row("POST", `${pg}/units/:id/sets`, MANAGERS, {
      ids: { id: "unit" },
      form: { year: "2032", source: "blank", title: "Kế hoạch mới", issuer: "Đảng ủy" },
    }),
    row("GET", `${pg}/units/:id/focus`, MANAGERS, { ids: { id: "unit" } }),
    row("POST", `${pg}/units/:id/focus`, MANAGERS, {
      ids: { id: "unit" },
      form: { year: "2032", kind: "focus", title: "Nội dung trọng tâm mới" },
    }),
    row("POST", `${pg}/focus/:id/update`, MANAGERS, {
      ids: { id: "focusIssue" },
      form: { title: "Nội dung đã sửa", version: "1" },
    }),
    row("POST", `${pg}/focus/:id/delete`, MANAGERS, { ids: { id: "focusIssue" }, form: f1 }),
    row("GET", `${pg}/sets/:id`, MANAGERS, set),
    row("GET", `${pg}/sets/:id/compare`, MANAGERS, set),
    row("GET", `${pg}/versions/:id`, MANAGERS, { ids: { id: "criteriaVersion" } }),
    row("POST", `${pg}/sets/:id/header`, MANAGERS, {
      ...set,
      form: { title: "Kế hoạch đã sửa", version: "1" },
    }),
    row("POST", `${pg}/sets/:id/criteria`, MANAGERS, {
      ...set,
      form: {
        group: "follower",
        title: "Tiêu chí mới",
        body: "Nội dung tiêu chí mới của đơn vị",
        version: "1",
      },
    }),
    ...["update", "concretise", "move", "hide", "restore", "rebase", "delete"].map(
      (verb): RouteSpec =>
        row("POST", `${pg}/sets/:id/criteria/:key/${verb}`, MANAGERS, {
          ...item,
          form: { title: "Tên mới", body: "Nội dung cụ thể hóa của đơn vị", direction: "up", version: "1" },
        }),
    ),
    ...["publish", "drafts", "discard"].map(
      (verb): RouteSpec => row("POST", `${pg}/sets/:id/${verb}`, MANAGERS, { ...set, form: f1 }),
    ),
  ];
}
