// The bench generator (local `npm run bench` only): a province-sized tenant written in bulk
// with INSERT … SELECT over recursive CTEs, chunk by chunk, then counters recounted once.
import { eq } from "drizzle-orm";
import { criteria } from "../db/schema/tenant/criteria";
import { members } from "../db/schema/tenant/members";
import { accounts, sessions } from "../db/schema/tenant/core";
import type { Bindings } from "../env";
import { publishSet } from "../features/criteria";
import { createSet } from "../features/criteria";
import { createCycle } from "../features/cycles";
import { vietnameseSortKey } from "../features/members";
import { makeDb } from "../platform/db";
import { Meter } from "../platform/meter";
import { provisionTenant, rootAdminCtx } from "../platform/provisioning";
import { recountAll } from "../counter-sources";
import { scoped, tenantRef } from "../platform/scope";
import { newSession } from "../platform/session";
import { dataBinding } from "../platform/tenancy";
import { searchKey } from "../platform/text";
import { CELLS_PER_GRASSROOTS, CHUNK_SQL, TREE_SQL, cellCount } from "./bench.statements";

export const BENCH_BINDING = "DB_DEDICATED_1";
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Thạch",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Kim"];
const GIVEN = [
  "An",
  "Bình",
  "Châu",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hòa",
  "Hùng",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
];
const GIVEN2 = [
  "Nam",
  "Nga",
  "Phúc",
  "Quang",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Tuấn",
  "Việt",
  "Xuân",
  "Yến",
  "Đức",
  "Ánh",
];

const raw = (env: Bindings) => dataBinding(env, BENCH_BINDING);
const maxParam = (s: string) => Math.max(0, ...[...s.matchAll(/\?(\d+)/g)].map((m) => Number(m[1])));
const bindAll = (stmt: D1PreparedStatement, sql: string, params: unknown[]) =>
  stmt.bind(...params.slice(0, maxParam(sql)));

function adminCtx(env: Bindings, tenantId: string, adminId: string, rootId: string, requestId: string) {
  const admin = { login: "admin", displayName: "Quản trị bench" };
  return rootAdminCtx(env, new Meter(), { tenantId, adminId, rootUnitId: rootId }, admin, requestId, "bench");
}

export interface BenchTenant {
  tenantId: string;
  slug: string;
  rootId: string;
  adminId: string;
  cycleId: string;
  year: number;
  cells: number;
  criteria: { g: string; n: number; key: string; id: string; count: number }[];
  /** Part of every generated id, so that several bench tenants can share a database. */
  tag: string;
}

/** Step 1: tenant, published criteria at the root, the year's cycle, the unit tree. */
export async function initBench(
  env: Bindings,
  size: number,
  slug: string,
  requestId: string,
): Promise<BenchTenant> {
  const created = await provisionTenant(
    env,
    new Meter(),
    {
      slug,
      name: `Đảng bộ tỉnh Bench ${size}`,
      kind: "province",
      province: "Bench",
      binding: BENCH_BINDING,
      status: "active",
      memberCap: null,
      root: { kind: "province", code: "TINH", name: `Đảng bộ tỉnh Bench ${size}` },
      admin: { login: "admin", displayName: "Quản trị bench", passwordHash: "bench-no-login" },
    },
    requestId,
  );
  const ctx = await adminCtx(env, created.tenantId, created.adminId, created.rootUnitId, requestId);
  const year = new Date(ctx.now + 7 * 3600_000).getUTCFullYear();
  const set = await createSet(ctx, {
    unitId: created.rootUnitId,
    year,
    source: "template",
    templateId: "62-kh-duk",
  });
  await publishSet(ctx, set.id, 1);
  const cycle = await createCycle(ctx, { year, criteriaSetVersionId: set.versionId });
  const crit = await ctx.db
    .select({ id: criteria.id, key: criteria.key, g: criteria.group })
    .from(criteria)
    .where(eq(criteria.setVersionId, set.versionId));
  const byGroup = (g: string) => crit.filter((c) => c.g === g);
  const critJson = ["exemplar", "follower"].flatMap((g) =>
    byGroup(g).map((c, n) => ({ g, n, key: c.key, id: c.id, count: byGroup(g).length })),
  );
  const cells = cellCount(size);
  const grassroots = Math.ceil(cells / CELLS_PER_GRASSROOTS);
  const districts = Math.max(2, Math.ceil(grassroots / 36));
  const db = raw(env);
  const n = await db.prepare("SELECT count(*) AS n FROM tenant_state").first<number>("n");
  const tag = (n ?? 0).toString(36).padStart(2, "0");
  const names = FAMILY.flatMap((f) =>
    MIDDLE.flatMap((m) => [...GIVEN, ...GIVEN2].map((g) => `${f} ${m} ${g}`)),
  );
  const p = [
    created.tenantId,
    created.rootUnitId,
    districts,
    ctx.now,
    grassroots,
    cells,
    CELLS_PER_GRASSROOTS,
    tag,
  ];
  await db.batch([
    db.prepare(
      "CREATE TABLE IF NOT EXISTS _bench_names (k INTEGER PRIMARY KEY, full_name TEXT, search_key TEXT, sort_key TEXT)",
    ),
    db.prepare("DELETE FROM _bench_names"),
    db
      .prepare(
        "INSERT INTO _bench_names SELECT key, value ->> '$[0]', value ->> '$[1]', value ->> '$[2]' FROM json_each(?1)",
      )
      .bind(JSON.stringify(names.map((n) => [n, searchKey(n), vietnameseSortKey(n)]))),
    ...TREE_SQL.map((s) => bindAll(db.prepare(s), s, p)),
  ]);
  return {
    tenantId: created.tenantId,
    slug,
    rootId: created.rootUnitId,
    adminId: created.adminId,
    cycleId: cycle.id,
    year,
    cells,
    criteria: critJson,
    tag,
  };
}

/** Step 2 (repeated): members, plans, items, notebooks, meetings, evaluations of cells [from, to). */
export async function fillCells(env: Bindings, t: BenchTenant, from: number, to: number): Promise<void> {
  const db = raw(env);
  const p = [t.tenantId, from, to, Date.now(), t.cycleId, t.year, JSON.stringify(t.criteria), t.tag];
  await db.batch(CHUNK_SQL.map((s) => bindAll(db.prepare(s), s, p)));
}

/** Step 3: roll-up counters from the raw rows (the app's own recount), timed by the caller. */
export async function finishBench(env: Bindings, t: BenchTenant): Promise<{ counters: number }> {
  const diffs = await recountAll(makeDb(raw(env), new Meter()), t.tenantId, { fix: true });
  await raw(env).prepare("DROP TABLE IF EXISTS _bench_names").run();
  return { counters: diffs.length };
}

/** Fresh sessions for a member, the secretary of cell 0 and the admin; plus draft plans to submit. */
export async function benchSessions(env: Bindings, t: BenchTenant, drafts: number) {
  const db = makeDb(raw(env), new Meter());
  const now = Date.now();
  const cell = `uc${t.tag}${"0".repeat(12)}`;
  const memberId = `m${t.tag}${String(1).padStart(13, "0")}`;
  const existing = await db
    .select({ id: accounts.id, login: accounts.login })
    .from(accounts)
    .where(eq(accounts.tenantId, t.tenantId));
  const ids = new Map(existing.map((a) => [a.login, a.id]));
  const want = [
    { login: "bi-thu-cb0", role: "secretary", id: `as${t.tag}000000000001`, unitId: cell, memberId: null },
    { login: "dang-vien-1", role: "member", id: `am${t.tag}000000000001`, unitId: cell, memberId },
  ];
  for (const a of want)
    if (!ids.has(a.login)) {
      await db.insert(accounts).values({
        ...a,
        tenantId: t.tenantId,
        displayName: a.login,
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
      });
      ids.set(a.login, a.id);
    }
  await raw(env)
    .prepare("UPDATE members SET account_id = ?1 WHERE tenant_id = ?2 AND id = ?3")
    .bind(`am${t.tag}000000000001`, t.tenantId, memberId)
    .run();
  const cookies: Record<string, string> = {};
  for (const [role, accountId] of [
    ["admin", t.adminId],
    ["secretary", ids.get("bi-thu-cb0")!],
    ["member", ids.get("dang-vien-1")!],
  ] as const) {
    const s = await newSession(t.tenantId, accountId, now);
    await db.insert(sessions).values(s.row);
    cookies[role] = `gm_session=${t.tenantId}.${s.token}`;
  }
  const rows = await raw(env)
    .prepare(
      "SELECT member_id AS id FROM plans WHERE tenant_id = ?1 AND status = 'draft' ORDER BY id LIMIT ?2",
    )
    .bind(t.tenantId, drafts)
    .all<{ id: string }>();
  const probe = await raw(env)
    .prepare("SELECT id FROM members WHERE tenant_id = ?1 ORDER BY id DESC LIMIT 1")
    .bind(t.tenantId)
    .first<{ id: string }>();
  return {
    cookies,
    memberId,
    cellId: cell,
    rootId: t.rootId,
    drafts: rows.results.map((r) => r.id),
    lastMemberId: probe?.id ?? memberId,
  };
}

/** The floor: one indexed D1 query on the bench data, through the metered client. */
export async function floorQuery(env: Bindings, meter: Meter, tenantId: string, id: string) {
  const db = makeDb(raw(env), meter);
  return db
    .select({ id: members.id, fullName: members.fullName })
    .from(members)
    .where(scoped(tenantRef(tenantId), members.tenantId, eq(members.id, id)))
    .limit(1);
}
