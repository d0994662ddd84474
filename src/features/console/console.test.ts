import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { operatorAudit, operatorSessions, operators, tenantStats, tenants } from "../../db/schema/control";
import { tenantState } from "../../db/schema/tenant/core";
import { Meter } from "../../platform/meter";
import { findTenant, forgetTenant } from "../../platform/tenancy";
import { E, PASSWORD, call, d1Calls, dbOf, expectStatus, json, makeTenant } from "../../../test/harness";
import { signedIn, underRoot, world } from "../../../test/world";
import { consoleDetail, control, makeOperator, makeUnverifiedTenant } from "../../../test/platform-kit";
import { OP_MAX_FAILED } from "./console-operators.service";

const opCookie = (res: Response) => /(gm_op=[^;]*)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";

describe("operator sign-in", () => {
  it("signs in on the control plane with its own cookie, and signs out server-side", async () => {
    const op = await makeOperator();
    const res = await call("POST", "/platform/login", { form: { login: op.login, password: PASSWORD } });
    await expectStatus(res, 303);
    expect(res.headers.get("location")).toBe("/platform");
    expect(res.headers.get("set-cookie")).toMatch(/gm_op=.*HttpOnly/i);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
    const cookie = opCookie(res);
    await expectStatus(await call("GET", "/platform", { cookie }), 200);
    await expectStatus(await call("POST", "/platform/logout", { cookie }), 303);
    await expectStatus(await call("GET", "/platform", { cookie }), 404);
  });

  it("gives one answer for unknown login and wrong password, and locks after repeated failures", async () => {
    const op = await makeOperator();
    const a = await call("POST", "/api/v1/platform/login", {
      json: { login: "no-such-op", password: PASSWORD },
    });
    const b = await call("POST", "/api/v1/platform/login", {
      json: { login: op.login, password: "sai-123456" },
    });
    const [da, db] = [await json<{ detail: string }>(a, 401), await json<{ detail: string }>(b, 401)];
    expect(da.detail).toBe(db.detail);
    for (let i = 1; i < OP_MAX_FAILED; i++)
      await call("POST", "/api/v1/platform/login", { json: { login: op.login, password: "sai-123456" } });
    const row = (await control().select().from(operators).where(eq(operators.id, op.id)))[0]!;
    expect(row.lockedUntil).toBeGreaterThan(Date.now());
    const locked = await call("POST", "/api/v1/platform/login", {
      json: { login: op.login, password: PASSWORD },
    });
    expect((await json<{ detail: string }>(locked, 401)).detail).toBe(da.detail);
  });

  it("ends idle sessions", async () => {
    const op = await makeOperator();
    await control()
      .update(operatorSessions)
      .set({ lastSeenAt: Date.now() - 2 * 60 * 60 * 1000 })
      .where(eq(operatorSessions.operatorId, op.id));
    await expectStatus(await call("GET", "/platform", { cookie: op.cookie }), 404);
  });

  it("never lets a tenant session in, nor an operator session into a tenant", async () => {
    const { t, cookie: admin } = await world();
    for (const path of [
      "/platform",
      "/platform/login",
      `/platform/tenants/${t.info.id}`,
      "/api/v1/platform/tenants",
    ])
      await expectStatus(await call("GET", path, { cookie: admin }), 404);
    const op = await makeOperator();
    await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie: op.cookie }), 401);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: op.cookie }), 401);
    // With both cookies, the operator session is what opens the console.
    await expectStatus(await call("GET", "/platform", { cookie: `${admin}; ${op.cookie}` }), 200);
  });
});

describe("console", () => {
  it("lists tenants with status, database, members, rows and size (2 round trips)", async () => {
    const t = await makeUnverifiedTenant();
    await underRoot(t, "district");
    const op = await makeOperator();
    await expectStatus(await call("POST", "/platform/stats/refresh", { cookie: op.cookie }), 303);
    const stats = (await control().select().from(tenantStats).where(eq(tenantStats.tenantId, t.info.id)))[0]!;
    expect(JSON.parse(stats.tablesJson)).toMatchObject({ units: 2, accounts: 1, tenant_state: 1 });
    expect(stats.bytes).toBeGreaterThan(0);
    const res = await call("GET", `/platform?q=${t.info.slug}`, { cookie: op.cookie });
    const html = await expectStatus(res, 200);
    expect(html).toContain(t.info.name);
    expect(html).toContain("Chờ xác minh");
    expect(html).toContain("DB_POOL_1");
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    const api = await json<{ items: { id: string; rows: number }[] }>(
      await call("GET", `/api/v1/platform/tenants?q=${t.info.slug}`, { cookie: op.cookie }),
    );
    expect(api.items.find((x) => x.id === t.info.id)?.rows).toBe(stats.rows);
    const detail = await consoleDetail(op, t);
    expect(detail).toContain("Xác minh");
    // Tables by their Vietnamese names (the schema's name only in the tooltip).
    expect(detail).toContain('<span title="units">Tổ chức đảng</span>');
    expect(detail).toContain('<span title="tenant_state">Trạng thái đơn vị</span>');
  });

  it("verifies an unverified tenant: cap lifted, registry and tenant_state agree, logged", async () => {
    const t = await makeUnverifiedTenant();
    const op = await makeOperator();
    await expectStatus(
      await call("POST", `/platform/tenants/${t.info.id}/verify`, { cookie: op.cookie, form: {} }),
      303,
    );
    const row = (await control().select().from(tenants).where(eq(tenants.id, t.info.id)))[0]!;
    expect(row).toMatchObject({ status: "active", memberCap: null });
    expect(row.verifiedAt).not.toBeNull();
    const state = (await dbOf(t).select().from(tenantState).where(eq(tenantState.tenantId, t.info.id)))[0]!;
    expect(state.status).toBe("active");
    expect((await findTenant(E, new Meter(), { id: t.info.id }))!.memberCap).toBeNull();
    const log = await control()
      .select()
      .from(operatorAudit)
      .where(and(eq(operatorAudit.tenantId, t.info.id), eq(operatorAudit.action, "tenant.verify")));
    expect(log[0]).toMatchObject({ operatorId: op.id });
    const again = await call("POST", `/platform/tenants/${t.info.id}/verify`, {
      cookie: op.cookie,
      form: {},
    });
    expect(await expectStatus(again, 409)).toContain("Chỉ xác minh được đơn vị đang chờ xác minh.");
    const audit = await expectStatus(await call("GET", "/platform/audit", { cookie: op.cookie }), 200);
    expect(audit).toContain("Xác minh đơn vị");
    // The details read as Vietnamese labels and values, not JSON.
    const page = await consoleDetail(op, t);
    for (const text of [
      "<dt>Trước</dt>",
      "<dt>Trạng thái</dt>",
      "Chờ xác minh",
      "Đang hoạt động",
      "Không giới hạn",
    ])
      expect(page).toContain(text);
    expect(page).toMatch(/<dt>Giới hạn đảng viên<\/dt><dd>\d/);
    expect(page).not.toContain("&quot;");
  });

  it("suspends: existing sessions stop on the next request and sign-in shows the notice; reactivate restores", async () => {
    const t = await makeTenant();
    const sec = await signedIn(t, "secretary", { id: t.rootId, path: t.rootPath });
    const cookie = sec.cookie;
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie }), 200);
    const op = await makeOperator();
    await json(
      await call("POST", `/api/v1/platform/tenants/${t.info.id}/suspend`, { cookie: op.cookie, json: {} }),
    );
    const res = await call("GET", "/api/v1/auth/me", { cookie });
    expect((await json<{ detail: string }>(res, 401)).detail).toContain("tạm ngừng");
    forgetTenant();
    const page = await expectStatus(await call("GET", `/t/${t.info.slug}/login`), 401);
    expect(page).toContain("tạm ngừng sử dụng");
    const login = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: sec.login, password: PASSWORD },
    });
    await expectStatus(login, 401);
    await json(
      await call("POST", `/api/v1/platform/tenants/${t.info.id}/reactivate`, { cookie: op.cookie, json: {} }),
    );
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie }), 200);
    const row = (await control().select().from(tenants).where(eq(tenants.id, t.info.id)))[0]!;
    expect(row.status).toBe("active");
  });

  it("refuses unknown bodies and stale versions", async () => {
    const t = await makeTenant();
    const op = await makeOperator();
    const path = `/api/v1/platform/tenants/${t.info.id}/suspend`;
    await expectStatus(await call("POST", path, { cookie: op.cookie, json: { status: "x" } }), 400);
    await expectStatus(await call("POST", path, { cookie: op.cookie, json: { version: 99 } }), 409);
    await expectStatus(
      await call("GET", "/api/v1/platform/tenants/0000000000000000", { cookie: op.cookie }),
      404,
    );
  });
});
