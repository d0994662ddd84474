/** The platform, auth, home, orgs, accounts, sign-up and onboarding rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, PUBLIC, row } from "./matrix-roles";

export function CORE_ROUTES(): RouteSpec[] {
  const unit = { ids: { id: "unit" } };
  const account = { ids: { id: "account" } };
  /** A member account nobody activated yet: a secretary may send it a first link. */
  const newAccount = { ids: { id: "newAccount" } };
  const apiKey = { ids: { id: "apiKey" } };
  /** The accounts' list, create, read, update (`method` on `:id` + `edit`) and setup-link rows under `base`. */
  const accountRows = (
    base: string,
    method: RouteSpec["method"],
    edit: string,
    extra: { create: Partial<RouteSpec>; update: Partial<RouteSpec> },
  ): RouteSpec[] => [
    row("GET", base, MANAGERS, { list: true }),
    row("POST", base, MANAGERS, extra.create),
    row("GET", `${base}/:id`, MANAGERS, account),
    row(method, `${base}/:id${edit}`, MANAGERS, { ...account, ...extra.update }),
    row("POST", `${base}/:id/setup-link`, MANAGERS, newAccount),
  ];
  return [
    // platform
    row("GET", "/healthz", PUBLIC),
    row("GET", "/static/app.css", PUBLIC),
    row("GET", "/static/favicon.svg", PUBLIC),
    row("GET", "/static/forms.js", PUBLIC),
    row("GET", "/static/push.js", PUBLIC),
    row("GET", "/sw.js", PUBLIC),
    row("GET", "/api/v1/openapi.json", PUBLIC),
    row("GET", "/api/docs", PUBLIC),
    row("GET", "/api/docs/docs.js", PUBLIC),
    row("GET", "/api/docs/docs.css", PUBLIC),
    row("GET", "/", PUBLIC),
    row("GET", "/dang-nhap", PUBLIC),
    row("POST", "/__dev/seed", PUBLIC),
    row("POST", "/__bench/generate", PUBLIC),
    row("GET", "/__bench/floor", PUBLIC),

    // auth
    row("POST", "/api/v1/auth/login", PUBLIC),
    row("POST", "/api/v1/auth/logout", ALL),
    row("GET", "/api/v1/auth/me", ALL),
    row("POST", "/api/v1/auth/password", ALL, { body: { currentPassword: "x", newPassword: "y" } }),
    row("GET", "/t/:slug/login", PUBLIC),
    row("POST", "/t/:slug/login", PUBLIC),
    row("POST", "/t/:slug/logout", PUBLIC),
    row("GET", "/t/:slug/password", ALL),
    row("POST", "/t/:slug/password", ALL, { form: { currentPassword: "x", newPassword: "y" } }),
    row("GET", "/t/:slug/setup/:token", PUBLIC),
    row("POST", "/t/:slug/setup/:token", PUBLIC),

    // home
    row("GET", "/t/:slug", ALL),

    // orgs
    row("GET", "/api/v1/units/home", MANAGERS),
    row("GET", "/api/v1/units/tree", MANAGERS),
    row("GET", "/api/v1/units/by-code/:code", MANAGERS, { ids: { code: "unitCode" } }),
    row("GET", "/api/v1/units/:id", MANAGERS, unit),
    row("POST", "/api/v1/units", ADMIN, {
      body: { parentId: "@unit", kind: "cell", code: "NEW-1", name: "Chi bộ mới" },
    }),
    row("PATCH", "/api/v1/units/:id", ADMIN, { ...unit, body: { name: "Tên mới", version: 1 } }),
    row("POST", "/api/v1/units/:id/move", ADMIN, {
      ...unit,
      body: { parentId: "@unit", version: 1 },
    }),
    row("POST", "/api/v1/units/:id/retire", ADMIN, { ...unit, body: { version: 1 } }),
    row("POST", "/api/v1/units/:id/restore", ADMIN, { ...unit, body: { version: 1 } }),
    row("DELETE", "/api/v1/units/:id", ADMIN, { ...unit, query: "version=1" }),
    row("GET", "/t/:slug/admin/units", MANAGERS),
    row("GET", "/t/:slug/admin/units/:id", MANAGERS, unit),
    row("POST", "/t/:slug/admin/units/:id/children", ADMIN, {
      ...unit,
      form: { kind: "cell", code: "NEW-2", name: "Chi bộ mới" },
    }),
    row("POST", "/t/:slug/admin/units/:id/update", ADMIN, {
      ...unit,
      form: { name: "Tên", version: "1" },
    }),
    row("POST", "/t/:slug/admin/units/:id/move", ADMIN, {
      ...unit,
      form: { parentCode: "ROOT", version: "1" },
    }),
    row("POST", "/t/:slug/admin/units/:id/retire", ADMIN, { ...unit, form: { version: "1" } }),
    row("POST", "/t/:slug/admin/units/:id/restore", ADMIN, { ...unit, form: { version: "1" } }),
    row("POST", "/t/:slug/admin/units/:id/delete", ADMIN, { ...unit, form: { version: "1" } }),

    // accounts
    ...accountRows("/api/v1/accounts", "PATCH", "", {
      create: { body: { login: "new-user", displayName: "Người mới", role: "member", unitId: "@unit" } },
      update: { body: { displayName: "Tên mới", version: 1 } },
    }),
    row("PUT", "/api/v1/accounts/:id/member", ADMIN, {
      ...account,
      body: { cardNumber: "KHONG-CO-1", version: 1 },
    }),
    row("DELETE", "/api/v1/accounts/:id/member", ADMIN, { ...account, query: "version=1" }),
    row("POST", "/t/:slug/admin/accounts/:id/link", ADMIN, {
      ...account,
      form: { cardNumber: "KHONG-CO-1", version: "1" },
    }),
    row("POST", "/t/:slug/admin/accounts/:id/unlink", ADMIN, { ...account, form: { version: "1" } }),
    ...accountRows("/t/:slug/admin/accounts", "POST", "/update", {
      create: { form: { login: "new-user2", displayName: "Người mới", role: "member", unitCode: "ROOT" } },
      update: { form: { displayName: "Tên", version: "1" } },
    }),

    // api keys (tenant admins, signed in as a person)
    row("GET", "/api/v1/api-keys", ADMIN),
    row("POST", "/api/v1/api-keys", ADMIN, { body: { name: "Cổng tỉnh", scopes: ["read"] } }),
    row("DELETE", "/api/v1/api-keys/:id", ADMIN, apiKey),
    row("GET", "/api/v1/api-keys/origins", ADMIN),
    row("PUT", "/api/v1/api-keys/origins", ADMIN, { body: { origins: ["https://cong.example.vn"] } }),
    row("POST", "/t/:slug/admin/api-keys/origins", ADMIN, { form: { origins: "https://cong.example.vn" } }),
    row("GET", "/t/:slug/admin/api-keys", ADMIN, { list: true }),
    row("POST", "/t/:slug/admin/api-keys", ADMIN, { form: { name: "Cổng tỉnh", scope: "read" } }),
    row("POST", "/t/:slug/admin/api-keys/:id/revoke", ADMIN, apiKey),

    // signup (public; rate-limited and challenged)
    row("GET", "/dang-ky", PUBLIC),
    row("POST", "/dang-ky", PUBLIC),
    row("GET", "/api/v1/signup/challenge", PUBLIC),
    row("POST", "/api/v1/signup", PUBLIC),

    // onboarding
    row("GET", "/api/v1/onboarding", ADMIN),
    row("POST", "/api/v1/onboarding/hide", ADMIN),
    row("POST", "/t/:slug/onboarding/hide", ADMIN),
  ];
}
