import type { Job } from "./lifecycle.rules";
import { opCtx } from "../../platform/control-plane";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenants } from "../../db/schema/control";
import { newId } from "../../platform/ids";
import { Meter } from "../../platform/meter";
import { forgetTenant } from "../../platform/tenancy";
import {
  E,
  PASSWORD,
  type TestTenant,
  call,
  expectStatus,
  json,
  makeAccount,
  makeTenant,
  makeUnit,
} from "../../../test/harness";
import { adminCookie, underRoot } from "../../../test/world";
import { consoleDetail, control, driveJob, makeOperator, raw, snapshot } from "../../../test/platform-kit";
import { startMove } from "./lifecycle-move.service";
import { saveJob } from "./lifecycle.queries";
import { moveStep } from "./lifecycle-move.service";
import { q, tenantTables } from "./lifecycle-tables.queries";

/** Three synthetic rows in every tenant table of the tenant's database (every feature's tables). */
async function fillEveryTable(t: TestTenant) {
  const db = raw(t.info.binding);
  const { tables } = await tenantTables(db);
  for (const table of tables.filter((x) => x.name !== "tenant_state")) {
    const info = await db
      .prepare(`SELECT name, type FROM pragma_table_info(?)`)
      .bind(table.name)
      .all<{ name: string; type: string }>();
    for (let i = 0; i < 3; i++) {
      const values = info.results.map((c) =>
        c.name === "tenant_id"
          ? t.info.id
          : /INT/i.test(c.type)
            ? 1000 + i
            : /REAL/i.test(c.type)
              ? 1.5 + i
              : /BLOB/i.test(c.type)
                ? new Uint8Array([i, 0, 255])
                : `${c.name}-${newId()}-Đảng bộ “${i}”`,
      );
      await db
        .prepare(
          `INSERT OR IGNORE INTO ${q(table.name)} (${info.results.map((c) => q(c.name)).join(", ")}) VALUES (${values.map(() => "?").join(", ")})`,
        )
        .bind(...values)
        .run();
    }
  }
}

async function populated(binding: string) {
  const t = await makeTenant({ binding });
  const district = await underRoot(t, "district");
  const cell = await makeUnit(t, district, "cell");
  await makeAccount(t, "secretary", district);
  await makeAccount(t, "member", cell);
  return { t, district, cell };
}

const pages = (t: TestTenant, unitId: string) => [
  `/t/${t.info.slug}/`,
  `/t/${t.info.slug}/admin/units/${unitId}`,
  `/t/${t.info.slug}/admin/accounts`,
];

async function render(paths: string[], cookie: string) {
  const out: string[] = [];
  for (const p of paths) out.push(await expectStatus(await call("GET", p, { cookie }), 200));
  return out;
}

const withoutState = (s: Record<string, string[]>) => {
  const { tenant_state: _, ...rest } = s;
  return rest;
};

async function moveViaApi(cookie: string, tenantId: string, binding: string) {
  for (let i = 0; i < 30; i++) {
    const job = await json<{ status: string; error: string | null }>(
      await call("POST", `/api/v1/platform/tenants/${tenantId}/move`, {
        cookie,
        json: { binding, drainSeconds: 0 },
      }),
    );
    if (job.status !== "pending" && job.status !== "running") return job;
  }
  throw new Error("move did not finish");
}

describe("moving a tenant between databases", () => {
  it("copies every table, switches the registry, empties the source; pages and sessions stay the same", async () => {
    const { t, district } = await populated("DB_POOL_1");
    await fillEveryTable(t);
    const neighbour = await populated("DB_POOL_1");
    const resident = await populated("DB_DEDICATED_1");
    const cookie = await adminCookie(t);
    const paths = pages(t, district.id);
    await render(paths, cookie);
    const beforeHtml = await render(paths, cookie);
    const before = await snapshot("DB_POOL_1", t.info.id);
    const others = [
      await snapshot("DB_POOL_1", neighbour.t.info.id),
      await snapshot("DB_DEDICATED_1", resident.t.info.id),
    ];
    expect(Object.keys(before).length).toBeGreaterThan(10);
    for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0);

    const op = await makeOperator();
    const job = await moveViaApi(op.cookie, t.info.id, "DB_DEDICATED_1");
    expect(job).toMatchObject({ status: "done", error: null });

    const row = (await control().select().from(tenants).where(eq(tenants.id, t.info.id)))[0]!;
    expect(row).toMatchObject({ dbBinding: "DB_DEDICATED_1", readOnly: 0 });
    const after = await snapshot("DB_DEDICATED_1", t.info.id);
    expect(withoutState(after)).toEqual(withoutState(before));
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toHaveLength(rows.length);
    const state = await raw("DB_DEDICATED_1")
      .prepare("SELECT * FROM tenant_state WHERE tenant_id = ?")
      .bind(t.info.id)
      .first();
    expect(state).toMatchObject({ status: "active", read_only: 0, moved_to: null, slug: t.info.slug });
    const left = await snapshot("DB_POOL_1", t.info.id);
    expect(Object.values(left).flat()).toEqual([]);
    expect([
      await snapshot("DB_POOL_1", neighbour.t.info.id),
      await snapshot("DB_DEDICATED_1", resident.t.info.id),
    ]).toEqual(others);

    expect(await render(paths, cookie)).toEqual(beforeHtml);
    forgetTenant();
    expect(await render(paths, cookie)).toEqual(beforeHtml);
    const login = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: "admin", password: PASSWORD },
    });
    await expectStatus(login, 200);

    // And back again, with what changed since (the new sign-in) moving along.
    const mid = await snapshot("DB_DEDICATED_1", t.info.id);
    const back = await moveViaApi(op.cookie, t.info.id, "DB_POOL_1");
    expect(back.status).toBe("done");
    expect(withoutState(await snapshot("DB_POOL_1", t.info.id))).toEqual(withoutState(mid));
    expect(Object.values(await snapshot("DB_DEDICATED_1", t.info.id)).flat()).toEqual([]);
  });

  it("is read-only during the copy, survives a repeated step, and re-copies a table written behind its back", async () => {
    const { t, district } = await populated("DB_POOL_1");
    const o = opCtx(E, new Meter(), "test", { id: "op", label: "Kiểm thử" });
    let job: Job = await startMove(o, t.info.id, "DB_DEDICATED_1", 0);
    const cookie = await adminCookie(t);
    const step = async (j: Job) => {
      const out = await moveStep({ ...o, now: Date.now() }, j);
      await saveJob(o.control, out.job, Date.now());
      return out.job;
    };
    while ((job.cursor as { phase?: string }).phase !== "copy") job = await step(job);

    const write = await call("POST", "/api/v1/units", {
      cookie,
      json: { parentId: district.id, kind: "cell", code: "MOI-1", name: "Chi bộ mới" },
    });
    expect((await json<{ code: string; detail: string }>(write, 409)).detail).toContain("bảo trì dữ liệu");
    expect(await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie }), 200)).toContain(
      "đang bảo trì dữ liệu",
    );
    const login = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: "admin", password: PASSWORD },
    });
    await expectStatus(login, 409);

    const first = await step(job);
    await step(job); // the same chunk again, as after a crash before its progress was saved
    job = first;
    expect((first.cursor as { t: number }).t).toBeGreaterThan(0);
    // A write that slipped past the read-only flag, into a table already copied (accounts is first).
    const stray = await makeAccount(t, "member", district, { login: "ghi-muon" });
    job = await driveJob(job.id);
    expect(job.status).toBe("done");
    expect((job.cursor as { retries: Record<string, number> }).retries).toEqual({ accounts: 1 });
    const there = await raw("DB_DEDICATED_1")
      .prepare("SELECT id FROM accounts WHERE tenant_id = ?")
      .bind(t.info.id)
      .all<{ id: string }>();
    expect(there.results.map((r) => r.id)).toContain(stray.id);
    expect(there.results).toHaveLength(4);
    await json(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: district.id, kind: "cell", code: "MOI-2", name: "Chi bộ sau khi chuyển" },
      }),
      201,
    );
  });

  it("loses nothing when the check fails: the copy is removed and the tenant stays writable where it was", async () => {
    const { t, district } = await populated("DB_POOL_1");
    // A row of another tenant in the target with the same id as one of ours: the copy cannot match.
    const other = newId();
    await raw("DB_DEDICATED_1")
      .prepare(
        "INSERT INTO units (id, tenant_id, parent_id, kind, code, name, search_key, path, depth, status, version, created_at, updated_at) VALUES (?, ?, NULL, 'cell', 'X', 'Khác', 'khac', '/x/', 0, 'active', 1, 0, 0)",
      )
      .bind(district.id, other)
      .run();
    const op = await makeOperator();
    const job = await moveViaApi(op.cookie, t.info.id, "DB_DEDICATED_1");
    expect(job.status).toBe("failed");
    expect(job.error).toContain("units");
    const row = (await control().select().from(tenants).where(eq(tenants.id, t.info.id)))[0]!;
    expect(row).toMatchObject({ dbBinding: "DB_POOL_1", readOnly: 0 });
    expect(Object.values(await snapshot("DB_DEDICATED_1", t.info.id)).flat()).toEqual([]);
    const kept = await raw("DB_DEDICATED_1")
      .prepare("SELECT tenant_id FROM units WHERE id = ?")
      .bind(district.id)
      .first();
    expect(kept).toEqual({ tenant_id: other });
    const cookie = await adminCookie(t);
    await json(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: district.id, kind: "cell", code: "SAU-1", name: "Chi bộ mới" },
      }),
      201,
    );
    expect(await consoleDetail(op, t)).toContain("Không thành công");
  });

  it("refuses a move to the database the tenant is in, or to an unknown one", async () => {
    const t = await makeTenant();
    const op = await makeOperator();
    const path = `/api/v1/platform/tenants/${t.info.id}/move`;
    await expectStatus(await call("POST", path, { cookie: op.cookie, json: { binding: "DB_POOL_1" } }), 409);
    await expectStatus(await call("POST", path, { cookie: op.cookie, json: { binding: "DB_POOL_9" } }), 400);
    const form = await call("POST", `/platform/tenants/${t.info.id}/move`, {
      cookie: op.cookie,
      form: { binding: "DB_POOL_1" },
    });
    expect(await expectStatus(form, 409)).toContain("Đơn vị đã ở cơ sở dữ liệu này.");
  });
});
