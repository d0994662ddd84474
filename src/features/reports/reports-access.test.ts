import { beforeAll, describe, expect, it } from "vitest";
import { MATRIX } from "../../../test/access-matrix";
import { FIXTURES } from "../../../test/fixtures";
import { type TestTenant, call, cookieFor, makeAccount, makeTenant } from "../../../test/harness";
import { type Unit, makePerson, makeSchool } from "../../../test/plans-kit";
import { newId } from "../../platform/ids";

interface World {
  a: TestTenant;
  b: TestTenant;
  s: { bloc: Unit; school: Unit; cell1: Unit; cell2: Unit };
  cookies: { admin: string; cellSec: string; schoolSec: string; member: string };
  docA: string;
  docB: string;
  unitB: string;
}
let w: World;

beforeAll(async () => {
  const a = await makeTenant();
  const b = await makeTenant({ binding: "DB_DEDICATED_1" });
  const s = await makeSchool(a);
  await makePerson(a, s.cell1, true);
  const member = await makePerson(a, s.cell2, false);
  const cellSec = await makeAccount(a, "secretary", s.cell1);
  const schoolSec = await makeAccount(a, "secretary", s.school);
  w = {
    a,
    b,
    s,
    cookies: {
      admin: await cookieFor(a, a.adminId),
      cellSec: await cookieFor(a, cellSec.id),
      schoolSec: await cookieFor(a, schoolSec.id),
      member: member.cookie,
    },
    docA: "",
    docB: await FIXTURES.report!(b),
    unitB: await FIXTURES.unit!(b),
  };
  const res = await call("POST", `/api/v1/reports/units/${s.school.id}/documents`, {
    cookie: w.cookies.admin,
    json: { year: 2026, number: "5-BC/ĐU", docDate: "2026-12-15", place: "Trà Vinh", signerName: "Người Ký" },
  });
  w.docA = ((await res.json()) as { id: string }).id;
});

const strip = (s: string) => s.replace(/"requestId":"[^"]*"/g, "");

describe("reports access", () => {
  it("keeps a cell secretary inside the cell: the school, a sibling and the school's report are 404", async () => {
    const c = w.cookies.cellSec;
    expect((await call("GET", `/api/v1/reports/units/${w.s.cell1.id}/figures`, { cookie: c })).status).toBe(
      200,
    );
    for (const path of [
      `/api/v1/reports/units/${w.s.school.id}/figures`,
      `/api/v1/reports/units/${w.s.cell2.id}/figures`,
      `/api/v1/reports/units/${w.s.school.id}/people?figure=members`,
      `/api/v1/reports/units/${w.s.school.id}/documents`,
      `/api/v1/reports/documents/${w.docA}`,
      `/api/v1/reports/documents/${w.docA}/docx`,
      `/t/${w.a.info.slug}/reports/units/${w.s.school.id}`,
      `/t/${w.a.info.slug}/reports/documents/${w.docA}/print`,
    ])
      expect((await call("GET", path, { cookie: c })).status, path).toBe(404);
    const patch = await call("PATCH", `/api/v1/reports/documents/${w.docA}`, {
      cookie: c,
      json: { number: "6-BC/ĐU", version: 1 },
    });
    expect(patch.status).toBe(404);
  });

  it("lets a school secretary see the school and its cells, not the bloc above", async () => {
    const c = w.cookies.schoolSec;
    const res = await call("GET", `/api/v1/reports/units/${w.s.school.id}/figures`, { cookie: c });
    const body = (await res.json()) as {
      children: { unit: { id: string } }[];
      figures: { members: { all: number } };
    };
    expect(body.children.map((x) => x.unit.id).sort()).toEqual([w.s.cell1.id, w.s.cell2.id].sort());
    expect(body.figures.members.all).toBe(2);
    expect((await call("GET", `/api/v1/reports/units/${w.s.bloc.id}/figures`, { cookie: c })).status).toBe(
      404,
    );
    const page = await call("GET", `/t/${w.a.info.slug}/reports`, { cookie: c });
    expect(page.headers.get("location")).toBe(`/t/${w.a.info.slug}/reports/units/${w.s.school.id}`);
  });

  it("answers another tenant's unit or report with the same 404 as a missing one", async () => {
    for (const [theirs, path] of [
      [w.unitB, (id: string) => `/api/v1/reports/units/${id}/figures`],
      [w.docB, (id: string) => `/api/v1/reports/documents/${id}`],
      [w.docB, (id: string) => `/api/v1/reports/documents/${id}/docx`],
    ] as const) {
      const other = await call("GET", path(theirs), { cookie: w.cookies.admin });
      const missing = await call("GET", path(newId()), { cookie: w.cookies.admin });
      expect(other.status).toBe(404);
      expect(strip(await other.text())).toBe(strip(await missing.text()));
    }
  });

  it("refuses members (403), anonymous callers (401), and the recount to secretaries (403)", async () => {
    for (const path of [
      `/api/v1/reports/units/${w.s.cell2.id}/figures`,
      `/api/v1/reports/documents/${w.docA}`,
      "/api/v1/reports/recount",
    ])
      expect((await call("GET", path, { cookie: w.cookies.member })).status, path).toBe(403);
    expect((await call("GET", `/t/${w.a.info.slug}/reports`, { cookie: w.cookies.member })).status).toBe(403);
    expect((await call("GET", `/api/v1/reports/units/${w.s.cell2.id}/figures`)).status).toBe(401);
    expect((await call("GET", "/api/v1/reports/recount", { cookie: w.cookies.schoolSec })).status).toBe(403);
    expect(
      (await call("POST", `/t/${w.a.info.slug}/reports/recount`, { cookie: w.cookies.schoolSec, form: {} }))
        .status,
    ).toBe(403);
  });

  it("keeps every reports row of the access matrix: roles, and other-tenant ids → 404", async () => {
    const rows = MATRIX.filter((r) => r.path.includes("/reports"));
    expect(rows.length).toBeGreaterThan(20);
    const ids = { unit: w.s.school.id, report: w.docA };
    const bIds = { unit: w.unitB, report: w.docB };
    const wrong: string[] = [];
    const send = (r: (typeof rows)[number], idsOf: Record<string, string>, cookie?: string) => {
      let path = r.path.replace(":slug", w.a.info.slug);
      for (const [p, kind] of Object.entries(r.ids ?? {})) path = path.replace(`:${p}`, idsOf[kind]!);
      if (r.query) path += `?${r.query}`;
      const api = path.startsWith("/api/");
      return call(r.method, path, {
        cookie,
        json: api && r.method !== "GET" && r.method !== "DELETE" ? (r.body ?? {}) : undefined,
        form: !api && r.method !== "GET" ? (r.form ?? {}) : undefined,
      });
    };
    const cookie = { admin: w.cookies.admin, secretary: w.cookies.schoolSec, member: w.cookies.member };
    for (const r of rows.filter((x) => x.method === "GET")) {
      for (const role of ["member", "secretary", "admin"] as const) {
        const res = await send(r, ids, cookie[role]);
        const ok = r.allow.includes(role) ? res.status < 400 || res.status === 404 : res.status === 403;
        if (!ok) wrong.push(`${role} ${r.method} ${r.path} → ${res.status}`);
      }
      if (r.ids) {
        const res = await send(r, bIds, w.cookies.admin);
        if (res.status !== 404) wrong.push(`B's ids ${r.method} ${r.path} → ${res.status}`);
      }
    }
    for (const r of rows.filter((x) => x.method !== "GET" && x.ids)) {
      const res = await send(r, bIds, w.cookies.admin);
      if (res.status !== 404) wrong.push(`B's ids ${r.method} ${r.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
