/** The change feed and webhook rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ADMIN, MANAGERS, api, pg, row } from "./matrix-roles";

const RANGE = { from: "2026-12-01T00:00:00+07:00", to: "2026-12-02T00:00:00+07:00" };

export function WEBHOOKS_ROUTES(): RouteSpec[] {
  const endpoint = { ids: { id: "webhook" } };
  const delivery = { ids: { id: "webhook", deliveryId: "webhookDelivery" } };
  const base = `${api}/webhook-endpoints`;
  const page = `${pg}/admin/webhooks`;
  return [
    row("GET", `${api}/events`, MANAGERS, { list: true }),
    row("GET", base, ADMIN, { list: true }),
    row("POST", base, ADMIN, { body: { url: "https://nhan.tinh.example/webhooks" } }),
    row("GET", `${base}/:id`, ADMIN, endpoint),
    row("PATCH", `${base}/:id`, ADMIN, { ...endpoint, body: { description: "Cổng tỉnh", version: 1 } }),
    row("POST", `${base}/:id/disable`, ADMIN, endpoint),
    row("POST", `${base}/:id/enable`, ADMIN, endpoint),
    row("POST", `${base}/:id/rotate-secret`, ADMIN, endpoint),
    row("GET", `${base}/:id/deliveries`, ADMIN, { ...endpoint, list: true }),
    row("POST", `${base}/:id/deliveries/:deliveryId/replay`, ADMIN, delivery),
    row("POST", `${base}/:id/replay`, ADMIN, { ...endpoint, body: RANGE }),
    row("DELETE", `${base}/:id`, ADMIN, endpoint),
    row("GET", page, ADMIN, { list: true }),
    row("POST", page, ADMIN, { form: { url: "https://nhan.tinh.example/webhooks" } }),
    row("GET", `${page}/:id`, ADMIN, endpoint),
    row("POST", `${page}/:id`, ADMIN, {
      ...endpoint,
      form: { url: "https://nhan.tinh.example/w", version: "1" },
    }),
    row("POST", `${page}/:id/disable`, ADMIN, endpoint),
    row("POST", `${page}/:id/enable`, ADMIN, endpoint),
    row("POST", `${page}/:id/rotate`, ADMIN, endpoint),
    row("POST", `${page}/:id/deliveries/:deliveryId/replay`, ADMIN, delivery),
    row("POST", `${page}/:id/replay`, ADMIN, {
      ...endpoint,
      form: { fromDate: "01/12/2026", toDate: "02/12/2026" },
    }),
    row("POST", `${page}/:id/delete`, ADMIN, endpoint),
  ];
}
