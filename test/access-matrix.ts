/**
 * The route × role matrix: every mounted route, who may call it, and what its `:id`
 * parameter names. test/access.test.ts fails for a route missing here, and proves for
 * each route: anonymous → 401, a role not listed → 403, another tenant's id → 404.
 *
 * allow: roles that may call the route ("public" = no session needed).
 * ids:   the fixture kind of each path parameter (see test/fixtures.ts).
 * body:  a well-formed sample body (JSON routes) or form (page posts), so that the
 *        role check, not validation, is what answers.
 * list:  the response lists tenant rows: another tenant's fixtures must never appear.
 */
import type { Role } from "../src/platform/context";
import { EXEMPLARS_ROUTES } from "./exemplars-matrix";
import { NOTEBOOK_ROUTES } from "./notebook-matrix";
import { PLANS_ROUTES } from "./plans-matrix";

export type Who = Role | "public";

export interface RouteSpec {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  allow: Who[];
  ids?: Record<string, string>;
  body?: unknown;
  form?: Record<string, string>;
  query?: string;
  list?: boolean;
  /**
   * Operator console / platform API: reached only with an operator session (control plane).
   * Anonymous callers (unless `allow` is public) and every tenant session get 404, never 401/403.
   */
  operator?: boolean;
}

const ALL: Who[] = ["admin", "secretary", "member"];
const MANAGERS: Who[] = ["admin", "secretary"];
const ADMIN: Who[] = ["admin"];
const PUBLIC: Who[] = ["public"];

export const MATRIX: RouteSpec[] = [
  // platform
  { method: "GET", path: "/healthz", allow: PUBLIC },
  { method: "GET", path: "/static/app.css", allow: PUBLIC },
  { method: "GET", path: "/static/favicon.svg", allow: PUBLIC },
  { method: "GET", path: "/api/v1/openapi.json", allow: PUBLIC },
  { method: "GET", path: "/api/docs", allow: PUBLIC },
  { method: "GET", path: "/api/docs/docs.js", allow: PUBLIC },
  { method: "GET", path: "/api/docs/docs.css", allow: PUBLIC },
  { method: "GET", path: "/", allow: PUBLIC },
  { method: "GET", path: "/dang-nhap", allow: PUBLIC },
  { method: "POST", path: "/__dev/seed", allow: PUBLIC },
  { method: "POST", path: "/__bench/generate", allow: PUBLIC },
  { method: "GET", path: "/__bench/floor", allow: PUBLIC },

  // auth
  { method: "POST", path: "/api/v1/auth/login", allow: PUBLIC },
  { method: "POST", path: "/api/v1/auth/logout", allow: ALL },
  { method: "GET", path: "/api/v1/auth/me", allow: ALL },
  {
    method: "POST",
    path: "/api/v1/auth/password",
    allow: ALL,
    body: { currentPassword: "x", newPassword: "y" },
  },
  { method: "GET", path: "/t/:slug/login", allow: PUBLIC },
  { method: "POST", path: "/t/:slug/login", allow: PUBLIC },
  { method: "POST", path: "/t/:slug/logout", allow: PUBLIC },
  { method: "GET", path: "/t/:slug/password", allow: ALL },
  { method: "POST", path: "/t/:slug/password", allow: ALL, form: { currentPassword: "x", newPassword: "y" } },
  { method: "GET", path: "/t/:slug/setup/:token", allow: PUBLIC },
  { method: "POST", path: "/t/:slug/setup/:token", allow: PUBLIC },

  // home
  { method: "GET", path: "/t/:slug", allow: ALL },

  // orgs
  { method: "GET", path: "/api/v1/units/home", allow: MANAGERS },
  { method: "GET", path: "/api/v1/units/:id", allow: MANAGERS, ids: { id: "unit" } },
  {
    method: "POST",
    path: "/api/v1/units",
    allow: ADMIN,
    body: { parentId: "@unit", kind: "cell", code: "NEW-1", name: "Chi bộ mới" },
  },
  {
    method: "PATCH",
    path: "/api/v1/units/:id",
    allow: ADMIN,
    ids: { id: "unit" },
    body: { name: "Tên mới", version: 1 },
  },
  {
    method: "POST",
    path: "/api/v1/units/:id/move",
    allow: ADMIN,
    ids: { id: "unit" },
    body: { parentId: "@unit", version: 1 },
  },
  {
    method: "POST",
    path: "/api/v1/units/:id/retire",
    allow: ADMIN,
    ids: { id: "unit" },
    body: { version: 1 },
  },
  {
    method: "POST",
    path: "/api/v1/units/:id/restore",
    allow: ADMIN,
    ids: { id: "unit" },
    body: { version: 1 },
  },
  { method: "DELETE", path: "/api/v1/units/:id", allow: ADMIN, ids: { id: "unit" }, query: "version=1" },
  { method: "GET", path: "/t/:slug/admin/units", allow: MANAGERS },
  { method: "GET", path: "/t/:slug/admin/units/:id", allow: MANAGERS, ids: { id: "unit" } },
  {
    method: "POST",
    path: "/t/:slug/admin/units/:id/children",
    allow: ADMIN,
    ids: { id: "unit" },
    form: { kind: "cell", code: "NEW-2", name: "Chi bộ mới" },
  },
  {
    method: "POST",
    path: "/t/:slug/admin/units/:id/update",
    allow: ADMIN,
    ids: { id: "unit" },
    form: { name: "Tên", version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/admin/units/:id/move",
    allow: ADMIN,
    ids: { id: "unit" },
    form: { parentCode: "ROOT", version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/admin/units/:id/retire",
    allow: ADMIN,
    ids: { id: "unit" },
    form: { version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/admin/units/:id/restore",
    allow: ADMIN,
    ids: { id: "unit" },
    form: { version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/admin/units/:id/delete",
    allow: ADMIN,
    ids: { id: "unit" },
    form: { version: "1" },
  },

  // accounts
  { method: "GET", path: "/api/v1/accounts", allow: MANAGERS, list: true },
  {
    method: "POST",
    path: "/api/v1/accounts",
    allow: MANAGERS,
    body: { login: "new-user", displayName: "Người mới", role: "member", unitId: "@unit" },
  },
  { method: "GET", path: "/api/v1/accounts/:id", allow: MANAGERS, ids: { id: "account" } },
  {
    method: "PATCH",
    path: "/api/v1/accounts/:id",
    allow: MANAGERS,
    ids: { id: "account" },
    body: { displayName: "Tên mới", version: 1 },
  },
  { method: "POST", path: "/api/v1/accounts/:id/setup-link", allow: MANAGERS, ids: { id: "account" } },
  { method: "GET", path: "/t/:slug/admin/accounts", allow: MANAGERS, list: true },
  {
    method: "POST",
    path: "/t/:slug/admin/accounts",
    allow: MANAGERS,
    form: { login: "new-user2", displayName: "Người mới", role: "member", unitCode: "ROOT" },
  },
  { method: "GET", path: "/t/:slug/admin/accounts/:id", allow: MANAGERS, ids: { id: "account" } },
  {
    method: "POST",
    path: "/t/:slug/admin/accounts/:id/update",
    allow: MANAGERS,
    ids: { id: "account" },
    form: { displayName: "Tên", version: "1" },
  },
  { method: "POST", path: "/t/:slug/admin/accounts/:id/setup-link", allow: MANAGERS, ids: { id: "account" } },

  // members
  { method: "GET", path: "/api/v1/members", allow: MANAGERS, list: true },
  { method: "GET", path: "/api/v1/members/export", allow: MANAGERS, list: true, query: "format=csv" },
  { method: "GET", path: "/api/v1/members/group-rules", allow: ALL },
  {
    method: "PUT",
    path: "/api/v1/members/group-rules",
    allow: ADMIN,
    body: { exemplarPositions: ["cell_secretary"], version: 0 },
  },
  { method: "GET", path: "/api/v1/members/me", allow: ALL },
  { method: "POST", path: "/api/v1/members/accounts", allow: MANAGERS, body: { unitId: "@unit" } },
  {
    method: "POST",
    path: "/api/v1/members",
    allow: MANAGERS,
    body: { cardNumber: "NEW.001", fullName: "Người mới", unitId: "@unit" },
  },
  { method: "GET", path: "/api/v1/members/:id", allow: ALL, ids: { id: "member" } },
  {
    method: "PATCH",
    path: "/api/v1/members/:id",
    allow: MANAGERS,
    ids: { id: "member" },
    body: { fullName: "Tên mới", version: 1 },
  },
  {
    method: "POST",
    path: "/api/v1/members/:id/transfer",
    allow: MANAGERS,
    ids: { id: "member" },
    body: { unitId: "@unit", date: "01/01/2024", reason: "Chuyển công tác", version: 1 },
  },
  {
    method: "POST",
    path: "/api/v1/members/:id/status",
    allow: MANAGERS,
    ids: { id: "member" },
    body: { status: "official", date: "01/01/2024", reason: "Quyết định số 1", version: 1 },
  },
  {
    method: "POST",
    path: "/api/v1/members/:id/group-override",
    allow: ADMIN,
    ids: { id: "member" },
    body: { group: "exemplar", reason: "Phân công nhiệm vụ", version: 1 },
  },
  { method: "GET", path: "/api/v1/members/import/template", allow: ADMIN },
  { method: "POST", path: "/api/v1/members/import", allow: ADMIN },
  { method: "GET", path: "/api/v1/members/imports", allow: ADMIN, list: true },
  { method: "GET", path: "/api/v1/members/import/:id", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "POST", path: "/api/v1/members/import/:id/commit", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "POST", path: "/api/v1/members/import/:id/cancel", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "GET", path: "/api/v1/members/import/:id/errors", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "GET", path: "/t/:slug/members", allow: MANAGERS, list: true },
  { method: "GET", path: "/t/:slug/members/export", allow: MANAGERS, list: true, query: "format=csv" },
  { method: "GET", path: "/t/:slug/members/new", allow: MANAGERS },
  {
    method: "POST",
    path: "/t/:slug/members",
    allow: MANAGERS,
    form: { cardNumber: "NEW.002", fullName: "Người mới", unitCode: "ROOT" },
  },
  { method: "GET", path: "/t/:slug/members/me", allow: ALL },
  { method: "GET", path: "/t/:slug/members/rules", allow: MANAGERS },
  {
    method: "POST",
    path: "/t/:slug/members/rules",
    allow: ADMIN,
    form: { positions: "cell_secretary", version: "0" },
  },
  { method: "GET", path: "/t/:slug/members/accounts", allow: MANAGERS },
  { method: "POST", path: "/t/:slug/members/accounts", allow: MANAGERS, form: { unitCode: "ROOT" } },
  { method: "GET", path: "/t/:slug/members/import", allow: ADMIN, list: true },
  { method: "GET", path: "/t/:slug/members/import/template", allow: ADMIN },
  { method: "POST", path: "/t/:slug/members/import", allow: ADMIN },
  { method: "GET", path: "/t/:slug/members/import/:id", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "POST", path: "/t/:slug/members/import/:id/commit", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "POST", path: "/t/:slug/members/import/:id/cancel", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "GET", path: "/t/:slug/members/import/:id/errors", allow: ADMIN, ids: { id: "memberImport" } },
  { method: "GET", path: "/t/:slug/members/:id", allow: ALL, ids: { id: "member" } },
  {
    method: "POST",
    path: "/t/:slug/members/:id/update",
    allow: MANAGERS,
    ids: { id: "member" },
    form: { fullName: "Tên mới", version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/members/:id/transfer",
    allow: MANAGERS,
    ids: { id: "member" },
    form: { unitCode: "ROOT", date: "01/01/2024", reason: "Chuyển công tác", version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/members/:id/status",
    allow: MANAGERS,
    ids: { id: "member" },
    form: { status: "official", date: "01/01/2024", reason: "Quyết định số 1", version: "1" },
  },
  {
    method: "POST",
    path: "/t/:slug/members/:id/group",
    allow: ADMIN,
    ids: { id: "member" },
    form: { group: "exemplar", reason: "Phân công nhiệm vụ", version: "1" },
  },

  // signup (public; rate-limited and challenged)
  { method: "GET", path: "/dang-ky", allow: PUBLIC },
  { method: "POST", path: "/dang-ky", allow: PUBLIC },
  { method: "GET", path: "/api/v1/signup/challenge", allow: PUBLIC },
  { method: "POST", path: "/api/v1/signup", allow: PUBLIC },

  // onboarding
  { method: "GET", path: "/api/v1/onboarding", allow: ADMIN },
  { method: "POST", path: "/api/v1/onboarding/hide", allow: ADMIN },
  { method: "POST", path: "/t/:slug/onboarding/hide", allow: ADMIN },

  // exports (tenant admins)
  { method: "POST", path: "/api/v1/exports", allow: ADMIN },
  { method: "GET", path: "/api/v1/exports", allow: ADMIN, list: true },
  { method: "GET", path: "/api/v1/exports/:id", allow: ADMIN, ids: { id: "export" } },
  { method: "GET", path: "/api/v1/exports/:id/download", allow: ADMIN, ids: { id: "export" } },
  { method: "GET", path: "/t/:slug/admin/export", allow: ADMIN, list: true },
  { method: "POST", path: "/t/:slug/admin/export", allow: ADMIN },
  { method: "GET", path: "/t/:slug/admin/export/:id/download", allow: ADMIN, ids: { id: "export" } },

  // criteria
  ...CRITERIA_ROUTES(),

  // reports
  ...REPORTS_ROUTES(),

  // cycles, plans, notifications
  ...PLANS_ROUTES(),

  // notebook, meetings, evaluations
  ...NOTEBOOK_ROUTES(),

  // models and exemplars, commendations, study conferences
  ...EXEMPLARS_ROUTES(),

  // platform console and API: operators only (no tenant role; see `operator`)
  ...OPERATOR_ROUTES(),
];

function OPERATOR_ROUTES(): RouteSpec[] {
  const op = (method: RouteSpec["method"], path: string, extra: Partial<RouteSpec> = {}): RouteSpec => ({
    method,
    path,
    allow: [],
    operator: true,
    ...extra,
  });
  const signIn = { allow: PUBLIC };
  const tenant = { ids: { id: "tenant" } };
  return [
    op("GET", "/platform/login", signIn),
    op("POST", "/platform/login", { ...signIn, form: { login: "x", password: "y" } }),
    op("POST", "/api/v1/platform/login", { ...signIn, body: { login: "x", password: "y" } }),
    op("POST", "/platform/logout"),
    op("GET", "/platform"),
    op("POST", "/platform/stats/refresh"),
    op("GET", "/platform/audit"),
    op("GET", "/platform/tenants/:id", tenant),
    op("POST", "/platform/tenants/:id/verify", tenant),
    op("POST", "/platform/tenants/:id/suspend", tenant),
    op("POST", "/platform/tenants/:id/reactivate", tenant),
    op("POST", "/platform/tenants/:id/move", { ...tenant, form: { binding: "DB_DEDICATED_1" } }),
    op("POST", "/platform/tenants/:id/jobs/:jobId/run", { ids: { id: "tenant", jobId: "job" } }),
    op("POST", "/platform/tenants/:id/deletion", { ...tenant, form: { graceDays: "30" } }),
    op("POST", "/platform/tenants/:id/deletion/cancel", tenant),
    op("POST", "/platform/tenants/:id/stats", tenant),
    op("POST", "/api/v1/platform/logout"),
    op("GET", "/api/v1/platform/tenants"),
    op("GET", "/api/v1/platform/tenants/:id", tenant),
    op("POST", "/api/v1/platform/tenants/:id/verify", { ...tenant, body: {} }),
    op("POST", "/api/v1/platform/tenants/:id/suspend", { ...tenant, body: {} }),
    op("POST", "/api/v1/platform/tenants/:id/reactivate", { ...tenant, body: {} }),
    op("POST", "/api/v1/platform/tenants/:id/move", { ...tenant, body: { binding: "DB_DEDICATED_1" } }),
    op("GET", "/api/v1/platform/tenants/:id/jobs/:jobId", { ids: { id: "tenant", jobId: "job" } }),
    op("POST", "/api/v1/platform/tenants/:id/deletion", { ...tenant, body: { graceDays: 30 } }),
    op("DELETE", "/api/v1/platform/tenants/:id/deletion", tenant),
    op("POST", "/api/v1/platform/stats/refresh"),
    op("GET", "/api/v1/platform/audit"),
  ];
}

function CRITERIA_ROUTES(): RouteSpec[] {
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

function REPORTS_ROUTES(): RouteSpec[] {
  const api = "/api/v1/reports";
  const pg = "/t/:slug/reports";
  const unit = { ids: { id: "unit" } };
  const report = { ids: { id: "report" } };
  const newReport = {
    year: 2026,
    number: "1-BC/ĐU",
    docDate: "2026-12-15",
    place: "Trà Vinh",
    signerName: "Nguyễn Văn A",
  };
  return [
    { method: "GET", path: `${api}/units/:id/figures`, allow: MANAGERS, ...unit, query: "year=2026" },
    { method: "GET", path: `${api}/units/:id/figures/export`, allow: MANAGERS, ...unit, query: "format=csv" },
    {
      method: "GET",
      path: `${api}/units/:id/people`,
      allow: MANAGERS,
      ...unit,
      query: "figure=members",
      list: true,
    },
    {
      method: "GET",
      path: `${api}/units/:id/people/export`,
      allow: MANAGERS,
      ...unit,
      query: "figure=members&format=csv",
      list: true,
    },
    { method: "GET", path: `${api}/units/:id/documents`, allow: MANAGERS, ...unit, list: true },
    { method: "POST", path: `${api}/units/:id/documents`, allow: MANAGERS, ...unit, body: newReport },
    { method: "GET", path: `${api}/documents/:id`, allow: MANAGERS, ...report },
    {
      method: "PATCH",
      path: `${api}/documents/:id`,
      allow: MANAGERS,
      ...report,
      body: { subject: "Báo cáo đã sửa", version: 1 },
    },
    { method: "DELETE", path: `${api}/documents/:id`, allow: MANAGERS, ...report, query: "version=1" },
    { method: "GET", path: `${api}/documents/:id/docx`, allow: MANAGERS, ...report },
    { method: "GET", path: `${api}/recount`, allow: ADMIN },
    { method: "POST", path: `${api}/recount`, allow: ADMIN, body: { fix: false } },
    { method: "GET", path: pg, allow: MANAGERS },
    { method: "GET", path: `${pg}/recount`, allow: ADMIN },
    { method: "POST", path: `${pg}/recount`, allow: ADMIN },
    { method: "GET", path: `${pg}/units/:id`, allow: MANAGERS, ...unit },
    { method: "GET", path: `${pg}/units/:id/export`, allow: MANAGERS, ...unit, query: "format=xlsx" },
    {
      method: "GET",
      path: `${pg}/units/:id/people`,
      allow: MANAGERS,
      ...unit,
      query: "figure=members",
      list: true,
    },
    {
      method: "GET",
      path: `${pg}/units/:id/people/export`,
      allow: MANAGERS,
      ...unit,
      query: "figure=members&format=xlsx",
    },
    { method: "GET", path: `${pg}/units/:id/documents`, allow: MANAGERS, ...unit, list: true },
    {
      method: "POST",
      path: `${pg}/units/:id/documents`,
      allow: MANAGERS,
      ...unit,
      form: {
        year: "2026",
        number: "2-BC/ĐU",
        docDate: "2026-12-15",
        place: "Trà Vinh",
        signerName: "Nguyễn Văn A",
      },
    },
    { method: "GET", path: `${pg}/documents/:id`, allow: MANAGERS, ...report },
    {
      method: "POST",
      path: `${pg}/documents/:id`,
      allow: MANAGERS,
      ...report,
      form: { subject: "Báo cáo đã sửa", version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/documents/:id/delete`,
      allow: MANAGERS,
      ...report,
      form: { version: "1" },
    },
    { method: "GET", path: `${pg}/documents/:id/print`, allow: MANAGERS, ...report },
    { method: "GET", path: `${pg}/documents/:id/docx`, allow: MANAGERS, ...report },
  ];
}
