/** The change feed and webhook rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ADMIN, MANAGERS, api, pg, row } from "./matrix-roles";

export function WEBHOOKS_ROUTES(): RouteSpec[] {
  const endpoint = { ids: { id: "webhook" } };
  const base = `${api}/webhook-endpoints`;
  const page = `${pg}/admin/webhooks`;
  return [
    row("GET", `${api}/events`, MANAGERS, { list: true }),
    row("GET", base, ADMIN, { list: true }),
    row("POST", base, ADMIN, { body: { url: "https://nhan.example.vn/webhooks" } }),
    row("GET", `${base}/:id`, ADMIN, endpoint),
    row("PATCH", `${base}/:id`, ADMIN, { ...endpoint, body: { description: "Cổng tỉnh", version: 1 } }),
    row("POST", `${base}/:id/disable`, ADMIN, endpoint),
    row("POST", `${base}/:id/enable`, ADMIN, endpoint),
    row("POST", `${base}/:id/rotate-secret`, ADMIN, endpoint),
    row("DELETE", `${base}/:id`, ADMIN, endpoint),
    row("GET", page, ADMIN, { list: true }),
    row("POST", page, ADMIN, { form: { url: "https://nhan.example.vn/webhooks" } }),
    row("GET", `${page}/:id`, ADMIN, endpoint),
    row("POST", `${page}/:id`, ADMIN, {
      ...endpoint,
      form: { url: "https://nhan.example.vn/w", version: "1" },
    }),
    row("POST", `${page}/:id/disable`, ADMIN, endpoint),
    row("POST", `${page}/:id/enable`, ADMIN, endpoint),
    row("POST", `${page}/:id/rotate`, ADMIN, endpoint),
    row("POST", `${page}/:id/delete`, ADMIN, endpoint),
  ];
}
