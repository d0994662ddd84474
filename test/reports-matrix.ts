/** The reports rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { MANAGERS, ADMIN, row } from "./matrix-roles";

export function REPORTS_ROUTES(): RouteSpec[] {
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
    row("GET", `${api}/units/:id/figures`, MANAGERS, { ...unit, query: "year=2026" }),
    row("GET", `${api}/units/:id/figures/export`, MANAGERS, { ...unit, query: "format=csv" }),
    row("GET", `${api}/units/:id/people`, MANAGERS, { ...unit, query: "figure=members", list: true }),
    row("GET", `${api}/units/:id/people/export`, MANAGERS, {
      ...unit,
      query: "figure=members&format=csv",
      list: true,
    }),
    row("GET", `${api}/units/:id/documents`, MANAGERS, { ...unit, list: true }),
    row("POST", `${api}/units/:id/documents`, MANAGERS, { ...unit, body: newReport }),
    row("GET", `${api}/documents/:id`, MANAGERS, report),
    row("PATCH", `${api}/documents/:id`, MANAGERS, {
      ...report,
      body: { subject: "Báo cáo đã sửa", version: 1 },
    }),
    row("DELETE", `${api}/documents/:id`, MANAGERS, { ...report, query: "version=1" }),
    row("GET", `${api}/documents/:id/docx`, MANAGERS, report),
    row("GET", `${api}/recount`, ADMIN),
    row("POST", `${api}/recount`, ADMIN, { body: { fix: false } }),
    row("GET", pg, MANAGERS),
    row("GET", `${pg}/recount`, ADMIN),
    row("POST", `${pg}/recount`, ADMIN),
    row("GET", `${pg}/units/:id`, MANAGERS, unit),
    row("GET", `${pg}/units/:id/export`, MANAGERS, { ...unit, query: "format=xlsx" }),
    row("GET", `${pg}/units/:id/people`, MANAGERS, { ...unit, query: "figure=members", list: true }),
    row("GET", `${pg}/units/:id/people/export`, MANAGERS, { ...unit, query: "figure=members&format=xlsx" }),
    row("GET", `${pg}/units/:id/documents`, MANAGERS, { ...unit, list: true }),
    row("POST", `${pg}/units/:id/documents`, MANAGERS, {
      ...unit,
      form: {
        year: "2026",
        number: "2-BC/ĐU",
        docDate: "2026-12-15",
        place: "Trà Vinh",
        signerName: "Nguyễn Văn A",
      },
    }),
    row("GET", `${pg}/documents/:id`, MANAGERS, report),
    row("POST", `${pg}/documents/:id`, MANAGERS, {
      ...report,
      form: { subject: "Báo cáo đã sửa", version: "1" },
    }),
    row("POST", `${pg}/documents/:id/delete`, MANAGERS, { ...report, form: { version: "1" } }),
    row("GET", `${pg}/documents/:id/print`, MANAGERS, report),
    row("GET", `${pg}/documents/:id/docx`, MANAGERS, report),
  ];
}
