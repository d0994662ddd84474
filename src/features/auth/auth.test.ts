import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  PASSWORD,
  call,
  d1Calls,
  dbOf,
  expectStatus,
  json,
  makeTenant,
  setCookieOf,
} from "../../../test/harness";
import { adminCookie, signedIn, underRoot, world } from "../../../test/world";
import { accounts, sessions } from "../../db/schema/tenant/core";
import { sha256Hex } from "../../platform/ids";
import { SESSION_IDLE_MS } from "../../platform/session";

describe("sign-in over the API", () => {
  it("signs in, reads me, signs out; the session is dead afterwards", async () => {
    const t = await makeTenant();
    const res = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: "admin", password: PASSWORD },
    });
    const me = await json<{ role: string; tenant: { slug: string } }>(res);
    expect(me.role).toBe("admin");
    expect(me.tenant.slug).toBe(t.info.slug);
    const cookie = setCookieOf(res)!;
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
    await json(await call("GET", "/api/v1/auth/me", { cookie }));
    await expectStatus(await call("POST", "/api/v1/auth/logout", { cookie }), 204);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie }), 401);
  });

  it("gives the same answer for unknown user, wrong password and unknown tenant", async () => {
    const t = await makeTenant();
    const a = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: "nobody", password: PASSWORD },
    });
    const b = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: "admin", password: "wrong-123" },
    });
    const c = await call("POST", "/api/v1/auth/login", {
      json: { tenant: "no-such-tenant", login: "admin", password: PASSWORD },
    });
    const bodies = await Promise.all(
      [a, b, c].map(async (r) => ({ status: r.status, detail: (await r.json<{ detail: string }>()).detail })),
    );
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[1]).toEqual(bodies[2]);
    expect(bodies[0]!.status).toBe(401);
  });

  it("a signed-in page costs at most 2 D1 round trips", async () => {
    const { t, cookie } = await world();
    await call("GET", `/t/${t.info.slug}/`, { cookie }); // warm the registry cache
    const res = await call("GET", `/t/${t.info.slug}/`, { cookie });
    await expectStatus(res, 200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    const unit = await underRoot(t, "district");
    const sec = await signedIn(t, "secretary", unit);
    const res2 = await call("GET", `/t/${t.info.slug}/admin/units/${unit.id}`, { cookie: sec.cookie });
    await expectStatus(res2, 200);
    expect(d1Calls(res2)).toBeLessThanOrEqual(2);
  });
});

describe("lockout, password change and session lifetime", () => {
  it("locks after five failures, counted in the database, with the same answer as a wrong password", async () => {
    const t = await makeTenant();
    const login = (password: string) =>
      call("POST", "/api/v1/auth/login", { json: { tenant: t.info.slug, login: "admin", password } });
    const first = await (await login("sai-mat-khau-1")).json<{ detail: string }>();
    for (let i = 0; i < 4; i++) await login("sai-mat-khau-1");
    const locked = await login(PASSWORD);
    expect(locked.status).toBe(401);
    expect((await locked.json<{ detail: string }>()).detail).toBe(first.detail);
    const rows = await dbOf(t).select().from(accounts).where(eq(accounts.id, t.adminId));
    expect(rows[0]!.lockedUntil).toBeGreaterThan(Date.now());
  });

  it("password change ends every other session and keeps the current browser signed in", async () => {
    const { t, cookie: other } = await world();
    const mine = await adminCookie(t);
    const res = await call("POST", "/api/v1/auth/password", {
      cookie: mine,
      json: { currentPassword: PASSWORD, newPassword: "mat-khau-moi-9" },
    });
    await expectStatus(res, 204);
    const fresh = setCookieOf(res)!;
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: other }), 401);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: mine }), 401);
    await json(await call("GET", "/api/v1/auth/me", { cookie: fresh }));
    const wrong = await json<{ errors: Record<string, string> }>(
      await call("POST", "/api/v1/auth/password", {
        cookie: fresh,
        json: { currentPassword: "x", newPassword: "abc" },
      }),
      400,
    );
    expect(Object.keys(wrong.errors)).toEqual(["newPassword"]);
  });

  it("idle and absolute timeouts end a session", async () => {
    const { t, cookie: idle } = await world();
    const old = await adminCookie(t);
    const now = Date.now();
    await dbOf(t)
      .update(sessions)
      .set({ lastSeenAt: now - SESSION_IDLE_MS - 1000 })
      .where(eq(sessions.id, await sha256Hex(idle.split(".")[1]!)));
    await dbOf(t)
      .update(sessions)
      .set({ expiresAt: now - 1 })
      .where(eq(sessions.id, await sha256Hex(old.split(".")[1]!)));
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: idle }), 401);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: old }), 401);
  });

  it("rotates the session at sign-in: the browser's previous session ends", async () => {
    const { t, cookie: before } = await world();
    const res = await call("POST", `/t/${t.info.slug}/login`, {
      cookie: before,
      form: { login: "admin", password: PASSWORD },
    });
    expect(res.status).toBe(303);
    expect(setCookieOf(res)).not.toBe(before);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: before }), 401);
  });

  it("a session of tenant A is no session on tenant B's pages and API", async () => {
    const { t: a, cookie } = await world();
    const b = await makeTenant({ binding: "DB_DEDICATED_1" });
    await expectStatus(await call("GET", `/t/${b.info.slug}/`, { cookie }), 401);
    const me = await json<{ tenant: { id: string } }>(await call("GET", "/api/v1/auth/me", { cookie }));
    expect(me.tenant.id).toBe(a.info.id);
  });

  it("the sign-in page follows only same-tenant `next` paths", async () => {
    const t = await makeTenant();
    const ok = await call("POST", `/t/${t.info.slug}/login`, {
      form: { login: "admin", password: PASSWORD, next: `/t/${t.info.slug}/admin/accounts` },
    });
    expect(ok.headers.get("location")).toBe(`/t/${t.info.slug}/admin/accounts`);
    const evil = await call("POST", `/t/${t.info.slug}/login`, {
      form: { login: "admin", password: PASSWORD, next: "https://evil.example/" },
    });
    expect(evil.headers.get("location")).toBe(`/t/${t.info.slug}/`);
    const bad = await call("POST", `/t/${t.info.slug}/login`, {
      form: { login: "admin", password: "sai-123456" },
    });
    expect(await expectStatus(bad, 401)).toContain("Tên đăng nhập hoặc mật khẩu không đúng");
  });
});
