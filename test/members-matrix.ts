/** The members rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, importRows, row } from "./matrix-roles";

export function MEMBERS_ROUTES(): RouteSpec[] {
  const member = { ids: { id: "member" } };
  const job = { ids: { id: "memberImport" } };
  return [
    // members
    row("GET", "/api/v1/members", MANAGERS, { list: true }),
    row("GET", "/api/v1/members/export", MANAGERS, { list: true, query: "format=csv" }),
    row("GET", "/api/v1/members/group-rules", ALL),
    row("PUT", "/api/v1/members/group-rules", ADMIN, {
      body: { exemplarPositions: ["cell_secretary"], version: 0 },
    }),
    row("GET", "/api/v1/members/me", ALL),
    row("POST", "/api/v1/members/accounts", MANAGERS, { body: { unitId: "@unit" } }),
    row("POST", "/api/v1/members", MANAGERS, {
      body: { cardNumber: "NEW.001", fullName: "Người mới", unitId: "@unit" },
    }),
    row("GET", "/api/v1/members/:id", ALL, member),
    row("PATCH", "/api/v1/members/:id", MANAGERS, {
      ...member,
      body: { fullName: "Tên mới", version: 1 },
    }),
    row("POST", "/api/v1/members/:id/transfer", MANAGERS, {
      ...member,
      body: { unitId: "@unit", date: "01/01/2024", reason: "Chuyển công tác", version: 1 },
    }),
    row("POST", "/api/v1/members/:id/status", MANAGERS, {
      ...member,
      body: { status: "official", date: "01/01/2024", reason: "Quyết định số 1", version: 1 },
    }),
    row("POST", "/api/v1/members/:id/group-override", ADMIN, {
      ...member,
      body: { group: "exemplar", reason: "Phân công nhiệm vụ", version: 1 },
    }),
    ...importRows("/api/v1/members", ADMIN, "memberImport"),
    row("POST", "/api/v1/members/import/:id/commit", ADMIN, job),
    row("POST", "/api/v1/members/import/:id/cancel", ADMIN, job),
    row("GET", "/t/:slug/members", MANAGERS, { list: true }),
    row("GET", "/t/:slug/members/export", MANAGERS, { list: true, query: "format=csv" }),
    row("GET", "/t/:slug/members/new", MANAGERS),
    row("POST", "/t/:slug/members", MANAGERS, {
      form: { cardNumber: "NEW.002", fullName: "Người mới", unitCode: "ROOT" },
    }),
    row("GET", "/t/:slug/members/me", ALL),
    row("GET", "/t/:slug/members/rules", MANAGERS),
    row("POST", "/t/:slug/members/rules", ADMIN, { form: { positions: "cell_secretary", version: "0" } }),
    row("GET", "/t/:slug/members/accounts", MANAGERS),
    row("POST", "/t/:slug/members/accounts", MANAGERS, { form: { unitCode: "ROOT" } }),
    row("GET", "/t/:slug/members/import", ADMIN, { list: true }),
    row("GET", "/t/:slug/members/import/template", ADMIN),
    row("POST", "/t/:slug/members/import", ADMIN),
    row("GET", "/t/:slug/members/import/:id", ADMIN, job),
    row("POST", "/t/:slug/members/import/:id/commit", ADMIN, job),
    row("POST", "/t/:slug/members/import/:id/cancel", ADMIN, job),
    row("GET", "/t/:slug/members/import/:id/errors", ADMIN, job),
    row("GET", "/t/:slug/members/:id", ALL, member),
    row("POST", "/t/:slug/members/:id/update", MANAGERS, {
      ...member,
      form: { fullName: "Tên mới", version: "1" },
    }),
    row("POST", "/t/:slug/members/:id/transfer", MANAGERS, {
      ...member,
      form: { unitCode: "ROOT", date: "01/01/2024", reason: "Chuyển công tác", version: "1" },
    }),
    row("POST", "/t/:slug/members/:id/status", MANAGERS, {
      ...member,
      form: { status: "official", date: "01/01/2024", reason: "Quyết định số 1", version: "1" },
    }),
    row("POST", "/t/:slug/members/:id/group", ADMIN, {
      ...member,
      form: { group: "exemplar", reason: "Phân công nhiệm vụ", version: "1" },
    }),
  ];
}
