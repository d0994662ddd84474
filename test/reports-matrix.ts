/** The reports rows of the route × role matrix (see test/access-matrix.ts). */
import type { RouteSpec } from "./access-matrix";
import { MANAGERS, ADMIN } from "./matrix-roles";

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
