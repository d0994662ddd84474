/** The cycles, plans and notifications rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, api, pg, row } from "./matrix-roles";
import { PUSH_SUBSCRIPTION } from "./plans-fixtures";

export function PLANS_ROUTES(): RouteSpec[] {
  const cycle = { ids: { id: "cycle" } };
  const plan = { ids: { id: "plan" } };
  const member = { ids: { id: "member" } };
  const device = { ids: { id: "pushDevice" } };
  const content = { registration: "Đăng ký làm theo", items: [] };
  return [
    row("GET", `${api}/cycles`, ALL, { list: true }),
    row("POST", `${api}/cycles`, ADMIN, { body: { year: 2035 } }),
    row("GET", `${api}/cycles/:id`, ALL, cycle),
    row("PATCH", `${api}/cycles/:id`, ADMIN, { ...cycle, body: { minItems: 5, version: 1 } }),
    row("POST", `${api}/cycles/:id/close`, ADMIN, { ...cycle, body: { version: 1 } }),
    row("POST", `${api}/cycles/:id/reopen`, ADMIN, { ...cycle, body: { version: 1, reason: "Bổ sung" } }),
    row("GET", `${api}/plans/mine`, ALL),
    row("PUT", `${api}/plans/mine`, ALL, { body: content }),
    row("POST", `${api}/plans/mine/submit`, ALL, { body: { version: 1 } }),
    row("GET", `${api}/plans/members/:id`, ALL, member),
    row("PUT", `${api}/plans/members/:id`, ALL, { ...member, body: content }),
    row("POST", `${api}/plans/members/:id/submit`, ALL, { ...member, body: { version: 1 } }),
    row("GET", `${api}/plans/dashboard`, MANAGERS),
    row("GET", `${api}/plans/dashboard/people`, MANAGERS, { list: true }),
    row("POST", `${api}/plans/remind`, MANAGERS, { body: { year: 2029, unitId: "@unit" } }),
    row("POST", `${api}/plans/confirm`, MANAGERS, {
      body: { plans: [{ id: "0000000000000000", version: 1 }] },
    }),
    row("GET", `${api}/plans`, MANAGERS, { list: true, query: "status=draft&year=2029" }),
    row("GET", `${api}/plans/:id`, ALL, plan),
    row("POST", `${api}/plans/:id/confirm`, MANAGERS, { ...plan, body: { version: 1 } }),
    row("POST", `${api}/plans/:id/return`, MANAGERS, {
      ...plan,
      body: { version: 1, comment: "Cần bổ sung" },
    }),
    row("POST", `${api}/plans/:id/reopen`, MANAGERS, { ...plan, body: { version: 1, reason: "Điều chỉnh" } }),
    row("GET", `${api}/notifications`, ALL, { list: true }),
    row("GET", `${api}/me/tasks`, ALL),
    row("POST", `${api}/notifications/read`, ALL, { body: {} }),
    row("GET", `${api}/push/subscriptions`, ALL, { list: true }),
    row("POST", `${api}/push/subscriptions`, ALL, { body: PUSH_SUBSCRIPTION }),
    row("DELETE", `${api}/push/subscriptions/:id`, ALL, device),

    row("GET", `${pg}/admin/cycles`, MANAGERS, { list: true }),
    row("POST", `${pg}/admin/cycles`, ADMIN, { form: { year: "2036" } }),
    row("GET", `${pg}/admin/cycles/:id`, MANAGERS, cycle),
    row("POST", `${pg}/admin/cycles/:id/update`, ADMIN, { ...cycle, form: { version: "1", minItems: "5" } }),
    row("POST", `${pg}/admin/cycles/:id/close`, ADMIN, { ...cycle, form: { version: "1" } }),
    row("POST", `${pg}/admin/cycles/:id/reopen`, ADMIN, {
      ...cycle,
      form: { version: "1", reason: "Bổ sung" },
    }),
    row("GET", `${pg}/my-plan`, ALL),
    row("POST", `${pg}/my-plan`, ALL, { form: { registration: "Đăng ký", action: "save" } }),
    row("GET", `${pg}/plans/members/:id`, MANAGERS, member),
    row("POST", `${pg}/plans/members/:id`, MANAGERS, {
      ...member,
      form: { registration: "Đăng ký", action: "save" },
    }),
    row("GET", `${pg}/plans/queue`, MANAGERS, { list: true, query: "status=draft&year=2029" }),
    row("POST", `${pg}/plans/confirm`, MANAGERS, { form: { plan: "0000000000000000:1" } }),
    row("GET", `${pg}/plans/dashboard`, MANAGERS),
    row("POST", `${pg}/plans/remind`, MANAGERS, { form: { year: "2029", unitId: "@unit" } }),
    row("GET", `${pg}/plans/:id`, ALL, plan),
    row("POST", `${pg}/plans/:id/confirm`, MANAGERS, { ...plan, form: { version: "1" } }),
    row("POST", `${pg}/plans/:id/return`, MANAGERS, {
      ...plan,
      form: { version: "1", comment: "Cần bổ sung" },
    }),
    row("POST", `${pg}/plans/:id/reopen`, MANAGERS, {
      ...plan,
      form: { version: "1", reason: "Điều chỉnh" },
    }),
    row("GET", `${pg}/notifications`, ALL, { list: true }),
    row("POST", `${pg}/notifications/read`, ALL),
    row("GET", `${pg}/notifications/devices`, ALL, { list: true }),
    row("POST", `${pg}/notifications/devices/:id/delete`, ALL, device),
  ];
}
