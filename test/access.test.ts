import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { newId } from "../src/platform/ids";
import { listRoutes } from "../src/platform/routes";
import { setTenantFilterForTests } from "../src/platform/scope";
import { MATRIX, type Who } from "./access-matrix";
import { type Ids, roleAnswerOk, send } from "./access-kit";
import { FIXTURES } from "./fixtures";
import { createApiKey } from "../src/features/api-keys";
import { type TestTenant, call, cookieFor, makeAccount, makeTenant, makeUnit } from "./harness";

interface Other {
  t: TestTenant;
  ids: Ids;
}
interface World {
  a: TestTenant;
  aIds: Ids;
  /** A tenant in A's database (proves the tenant filter) and one in another (proves routing). */
  others: Other[];
  accountsA: Record<Exclude<Who, "public">, string>;
}
let w: World;

beforeAll(async () => {
  const a = await makeTenant({ binding: "DB_POOL_1" });
  const others: Other[] = [
    { t: await makeTenant({ binding: "DB_POOL_1" }), ids: {} },
    { t: await makeTenant({ binding: "DB_DEDICATED_1" }), ids: {} },
  ];
  const aIds: Ids = {};
  for (const [kind, make] of Object.entries(FIXTURES)) {
    aIds[kind] = await make(a);
    for (const o of others) o.ids[kind] = await make(o.t);
  }
  const district = await makeUnit(a, { id: a.rootId, path: a.rootPath, depth: 0 }, "district");
  const secretary = await makeAccount(a, "secretary", { id: a.rootId, path: a.rootPath });
  const member = await makeAccount(a, "member", district);
  w = { a, aIds, others, accountsA: { admin: a.adminId, secretary: secretary.id, member: member.id } };
}, 300_000);

afterAll(() => setTenantFilterForTests(true));

/** Routes no API key may use (a person manages keys, webhook endpoints and their own phones). */
const KEYS_REFUSED = ["/api/v1/api-keys", "/api/v1/webhook-endpoints", "/api/v1/push"];

describe("route × role matrix", () => {
  it("lists every mounted route, and only those", { timeout: 900_000 }, () => {
    const mounted = listRoutes(buildApp()).map((r) => `${r.method} ${r.path.replace(/\/$/, "") || "/"}`);
    const written = MATRIX.map((r) => `${r.method} ${r.path}`);
    expect(
      mounted.filter((r) => !written.includes(r)),
      "routes missing from test/access-matrix.ts",
    ).toEqual([]);
    expect(
      written.filter((r) => !mounted.includes(r)),
      "matrix rows with no route",
    ).toEqual([]);
  });

  it("answers 401 to anonymous callers on every non-public route", { timeout: 900_000 }, async () => {
    const wrong: string[] = [];
    for (const spec of MATRIX.filter((s) => !s.allow.includes("public") && !s.operator)) {
      const res = await send(spec, w.a.info.slug, w.aIds);
      if (res.status !== 401) wrong.push(`${spec.method} ${spec.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 403 to every role the matrix does not allow, and never 401/403/5xx to the roles it does", {
    timeout: 900_000,
  }, async () => {
    const wrong: string[] = [];
    for (const role of ["member", "secretary", "admin"] as const) {
      for (const spec of MATRIX.filter((s) => !s.allow.includes("public") && !s.operator)) {
        const cookie = await cookieFor(w.a, w.accountsA[role]);
        const res = await send(spec, w.a.info.slug, w.aIds, cookie);
        if (!roleAnswerOk(spec, role, res.status))
          wrong.push(
            `${role} ${spec.method} ${spec.path} → ${res.status} ${(await res.text()).slice(0, 200)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Every way tenant A's sessions could reach tenant B; returns the violations found. */
async function isolationViolations(): Promise<string[]> {
  const out: string[] = [];
  for (const other of w.others) out.push(...(await violationsAgainst(other)));
  return out;
}

async function violationsAgainst({ t: b, ids: bIds }: Other): Promise<string[]> {
  const out: string[] = [];
  const bIdValues = Object.values(bIds);
  for (const spec of MATRIX.filter((s) => !s.allow.includes("public") && !s.operator)) {
    const role = (["admin", "secretary", "member"] as const).find((r) => spec.allow.includes(r))!;
    const cookie = await cookieFor(w.a, w.accountsA[role]);
    if (spec.ids || JSON.stringify([spec.body, spec.form, spec.query]).includes("@")) {
      const res = await send(spec, w.a.info.slug, bIds, cookie);
      const text = await res.text();
      if (res.status !== 404) out.push(`${spec.method} ${spec.path} with B's ids → ${res.status}`);
      else {
        const missing = await send(
          spec,
          w.a.info.slug,
          Object.fromEntries(Object.keys(bIds).map((k) => [k, newId()])),
          await cookieFor(w.a, w.accountsA[role]),
        );
        const strip = (s: string) => s.replace(/"requestId":"[^"]*"|Mã yêu cầu: [^<]*/g, "");
        if (strip(await missing.text()) !== strip(text))
          out.push(`${spec.method} ${spec.path}: B's id answers differently from a missing id`);
      }
    }
    if (spec.list && spec.method === "GET") {
      const res = await send(spec, w.a.info.slug, w.aIds, cookie);
      const text = await res.text();
      for (const id of bIdValues)
        if (text.includes(id)) out.push(`${spec.method} ${spec.path} lists B's row ${id}`);
    }
    if (spec.path.startsWith("/t/:slug")) {
      const res = await send(spec, b.info.slug, bIds, await cookieFor(w.a, w.accountsA[role]));
      if (res.status !== 401)
        out.push(`${spec.method} ${spec.path} on B's pages with A's session → ${res.status}`);
    }
  }
  return out;
}

describe("operator routes", () => {
  it("answer 404 to every tenant session, and to anonymous callers except the sign-in routes", {
    timeout: 900_000,
  }, async () => {
    const wrong: string[] = [];
    const ids = { tenant: w.a.info.id, job: newId() };
    for (const spec of MATRIX.filter((s) => s.operator)) {
      if (!spec.allow.includes("public")) {
        const res = await send(spec, w.a.info.slug, ids);
        if (res.status !== 404) wrong.push(`anonymous ${spec.method} ${spec.path} → ${res.status}`);
      }
      for (const role of ["member", "secretary", "admin"] as const) {
        const res = await send(spec, w.a.info.slug, ids, await cookieFor(w.a, w.accountsA[role]));
        if (res.status !== 404) wrong.push(`${role} ${spec.method} ${spec.path} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("tenant isolation", () => {
  it("no route reads or changes another tenant's rows", { timeout: 900_000 }, async () => {
    expect(await isolationViolations()).toEqual([]);
  });

  it("an API key of tenant A gets 404 for every id of tenant B, in both databases", {
    timeout: 900_000,
  }, async () => {
    const { key } = await createApiKey(w.a.ctx(), {
      name: "Khóa kiểm thử cô lập",
      scopes: ["read", "write"],
    });
    const auth = { authorization: `Bearer ${key}` };
    const wrong: string[] = [];
    const apiRows = MATRIX.filter(
      (s) => s.path.startsWith("/api/v1/") && !s.allow.includes("public") && !s.operator,
    );
    for (const { ids: bIds } of w.others) {
      for (const spec of apiRows.filter((s) => s.ids)) {
        const res = await send(spec, w.a.info.slug, bIds, undefined, auth);
        // 403: a route a key may not use at all (managing keys or webhooks, a member's own pages): nothing of B is read.
        const refused =
          res.status === 403 &&
          !(spec.allow.includes("admin") && !KEYS_REFUSED.some((p) => spec.path.startsWith(p)));
        if (res.status !== 404 && !refused)
          wrong.push(`${spec.method} ${spec.path} with B's ids → ${res.status}`);
      }
    }
    for (const spec of apiRows.filter((s) => s.list && s.method === "GET")) {
      const text = await (await send(spec, w.a.info.slug, w.aIds, undefined, auth)).text();
      for (const { ids } of w.others)
        for (const id of Object.values(ids))
          if (text.includes(id)) wrong.push(`${spec.path} lists B's row ${id}`);
    }
    expect(wrong).toEqual([]);
  });

  it("tenant hints in headers, query or body never select data", { timeout: 900_000 }, async () => {
    const cookie = await cookieFor(w.a, w.a.adminId);
    const { t: b, ids: bIds } = w.others[0]!;
    const res = await call("GET", `/api/v1/units/${bIds.unit}?tenant=${b.info.slug}`, {
      cookie,
      headers: { "x-tenant-id": b.info.id },
    });
    expect(res.status).toBe(404);
    const body = await call("POST", "/api/v1/units", {
      cookie,
      json: { parentId: w.aIds.unit, kind: "cell", code: "X-1", name: "Chi bộ X", tenant_id: b.info.id },
    });
    expect(body.status).toBe(400);
  });

  // Last: with the filter off, the walk really changes the other tenants' rows (and writes A's events
  // about them), so nothing after it may rely on the world as it was.
  it("would catch a leak: with the tenant filter off, the suite finds violations", {
    timeout: 900_000,
  }, async () => {
    setTenantFilterForTests(false);
    try {
      expect((await isolationViolations()).length).toBeGreaterThan(0);
    } finally {
      setTenantFilterForTests(true);
    }
  });
});
