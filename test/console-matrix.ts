/** The tenant export and operator console rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ADMIN, PUBLIC, row } from "./matrix-roles";

export function EXPORT_ROUTES(): RouteSpec[] {
  return [
    // exports (tenant admins)
    row("POST", "/api/v1/exports", ADMIN),
    row("GET", "/api/v1/exports", ADMIN, { list: true }),
    row("GET", "/api/v1/exports/:id", ADMIN, { ids: { id: "export" } }),
    row("GET", "/api/v1/exports/:id/download", ADMIN, { ids: { id: "export" } }),
    row("GET", "/t/:slug/admin/export", ADMIN, { list: true }),
    row("POST", "/t/:slug/admin/export", ADMIN),
    row("GET", "/t/:slug/admin/export/:id/download", ADMIN, { ids: { id: "export" } }),
  ];
}

/** The console and platform API: operators only (no tenant role; see `operator`). */
export function OPERATOR_ROUTES(): RouteSpec[] {
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
