/** The platform, auth, home, orgs, accounts, sign-up and onboarding rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, PUBLIC } from "./matrix-roles";

export function CORE_ROUTES(): RouteSpec[] {
  return [
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
    {
      method: "POST",
      path: "/t/:slug/password",
      allow: ALL,
      form: { currentPassword: "x", newPassword: "y" },
    },
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
    { method: "POST", path: "/api/v1/accounts/:id/setup-link", allow: MANAGERS, ids: { id: "newAccount" } },
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
    {
      method: "POST",
      path: "/t/:slug/admin/accounts/:id/setup-link",
      allow: MANAGERS,
      ids: { id: "newAccount" },
    },

    // api keys (tenant admins, signed in as a person)
    { method: "GET", path: "/api/v1/api-keys", allow: ADMIN },
    { method: "POST", path: "/api/v1/api-keys", allow: ADMIN, body: { name: "Cổng tỉnh", scopes: ["read"] } },
    { method: "DELETE", path: "/api/v1/api-keys/:id", allow: ADMIN, ids: { id: "apiKey" } },
    { method: "GET", path: "/t/:slug/admin/api-keys", allow: ADMIN, list: true },
    {
      method: "POST",
      path: "/t/:slug/admin/api-keys",
      allow: ADMIN,
      form: { name: "Cổng tỉnh", scope: "read" },
    },
    { method: "POST", path: "/t/:slug/admin/api-keys/:id/revoke", allow: ADMIN, ids: { id: "apiKey" } },

    // signup (public; rate-limited and challenged)
    { method: "GET", path: "/dang-ky", allow: PUBLIC },
    { method: "POST", path: "/dang-ky", allow: PUBLIC },
    { method: "GET", path: "/api/v1/signup/challenge", allow: PUBLIC },
    { method: "POST", path: "/api/v1/signup", allow: PUBLIC },

    // onboarding
    { method: "GET", path: "/api/v1/onboarding", allow: ADMIN },
    { method: "POST", path: "/api/v1/onboarding/hide", allow: ADMIN },
    { method: "POST", path: "/t/:slug/onboarding/hide", allow: ADMIN },
  ];
}
