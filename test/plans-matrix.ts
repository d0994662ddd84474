/** The cycles, plans and notifications rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec, Who } from "./access-matrix";

const ALL: Who[] = ["admin", "secretary", "member"];
const MANAGERS: Who[] = ["admin", "secretary"];
const ADMIN: Who[] = ["admin"];

export function PLANS_ROUTES(): RouteSpec[] {
  const api = "/api/v1";
  const pg = "/t/:slug";
  const cycle = { ids: { id: "cycle" } };
  const plan = { ids: { id: "plan" } };
  const member = { ids: { id: "member" } };
  const content = { registration: "Đăng ký làm theo", items: [] };
  return [
    { method: "GET", path: `${api}/cycles`, allow: ALL, list: true },
    { method: "POST", path: `${api}/cycles`, allow: ADMIN, body: { year: 2035 } },
    { method: "GET", path: `${api}/cycles/:id`, allow: ALL, ...cycle },
    { method: "PATCH", path: `${api}/cycles/:id`, allow: ADMIN, ...cycle, body: { minItems: 5, version: 1 } },
    { method: "POST", path: `${api}/cycles/:id/close`, allow: ADMIN, ...cycle, body: { version: 1 } },
    {
      method: "POST",
      path: `${api}/cycles/:id/reopen`,
      allow: ADMIN,
      ...cycle,
      body: { version: 1, reason: "Bổ sung" },
    },
    { method: "GET", path: `${api}/plans/mine`, allow: ALL },
    { method: "PUT", path: `${api}/plans/mine`, allow: ALL, body: content },
    { method: "POST", path: `${api}/plans/mine/submit`, allow: ALL, body: { version: 1 } },
    { method: "GET", path: `${api}/plans/members/:id`, allow: ALL, ...member },
    { method: "PUT", path: `${api}/plans/members/:id`, allow: ALL, ...member, body: content },
    { method: "POST", path: `${api}/plans/members/:id/submit`, allow: ALL, ...member, body: { version: 1 } },
    { method: "GET", path: `${api}/plans/dashboard`, allow: MANAGERS },
    { method: "GET", path: `${api}/plans/dashboard/people`, allow: MANAGERS, list: true },
    { method: "POST", path: `${api}/plans/remind`, allow: MANAGERS, body: { year: 2029, unitId: "@unit" } },
    {
      method: "POST",
      path: `${api}/plans/confirm`,
      allow: MANAGERS,
      body: { plans: [{ id: "0000000000000000", version: 1 }] },
    },
    { method: "GET", path: `${api}/plans`, allow: MANAGERS, list: true, query: "status=draft&year=2029" },
    { method: "GET", path: `${api}/plans/:id`, allow: ALL, ...plan },
    { method: "POST", path: `${api}/plans/:id/confirm`, allow: MANAGERS, ...plan, body: { version: 1 } },
    {
      method: "POST",
      path: `${api}/plans/:id/return`,
      allow: MANAGERS,
      ...plan,
      body: { version: 1, comment: "Cần bổ sung" },
    },
    {
      method: "POST",
      path: `${api}/plans/:id/reopen`,
      allow: MANAGERS,
      ...plan,
      body: { version: 1, reason: "Điều chỉnh" },
    },
    { method: "GET", path: `${api}/notifications`, allow: ALL, list: true },
    { method: "POST", path: `${api}/notifications/read`, allow: ALL, body: {} },

    { method: "GET", path: `${pg}/admin/cycles`, allow: MANAGERS, list: true },
    { method: "POST", path: `${pg}/admin/cycles`, allow: ADMIN, form: { year: "2036" } },
    { method: "GET", path: `${pg}/admin/cycles/:id`, allow: MANAGERS, ...cycle },
    {
      method: "POST",
      path: `${pg}/admin/cycles/:id/update`,
      allow: ADMIN,
      ...cycle,
      form: { version: "1", minItems: "5" },
    },
    { method: "POST", path: `${pg}/admin/cycles/:id/close`, allow: ADMIN, ...cycle, form: { version: "1" } },
    {
      method: "POST",
      path: `${pg}/admin/cycles/:id/reopen`,
      allow: ADMIN,
      ...cycle,
      form: { version: "1", reason: "Bổ sung" },
    },
    { method: "GET", path: `${pg}/my-plan`, allow: ALL },
    { method: "POST", path: `${pg}/my-plan`, allow: ALL, form: { registration: "Đăng ký", action: "save" } },
    { method: "GET", path: `${pg}/plans/members/:id`, allow: MANAGERS, ...member },
    {
      method: "POST",
      path: `${pg}/plans/members/:id`,
      allow: MANAGERS,
      ...member,
      form: { registration: "Đăng ký", action: "save" },
    },
    {
      method: "GET",
      path: `${pg}/plans/queue`,
      allow: MANAGERS,
      list: true,
      query: "status=draft&year=2029",
    },
    { method: "POST", path: `${pg}/plans/confirm`, allow: MANAGERS, form: { plan: "0000000000000000:1" } },
    { method: "GET", path: `${pg}/plans/dashboard`, allow: MANAGERS },
    { method: "POST", path: `${pg}/plans/remind`, allow: MANAGERS, form: { year: "2029", unitId: "@unit" } },
    { method: "GET", path: `${pg}/plans/:id`, allow: ALL, ...plan },
    { method: "POST", path: `${pg}/plans/:id/confirm`, allow: MANAGERS, ...plan, form: { version: "1" } },
    {
      method: "POST",
      path: `${pg}/plans/:id/return`,
      allow: MANAGERS,
      ...plan,
      form: { version: "1", comment: "Cần bổ sung" },
    },
    {
      method: "POST",
      path: `${pg}/plans/:id/reopen`,
      allow: MANAGERS,
      ...plan,
      form: { version: "1", reason: "Điều chỉnh" },
    },
    { method: "GET", path: `${pg}/notifications`, allow: ALL, list: true },
    { method: "POST", path: `${pg}/notifications/read`, allow: ALL },
  ];
}
