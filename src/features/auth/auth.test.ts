import { describe, expect, it } from "vitest";
import {
  PASSWORD,
  call,
  cookieFor,
  d1Calls,
  expectStatus,
  json,
  makeAccount,
  makeTenant,
  makeUnit,
  setCookieOf,
} from "../../../test/harness";

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
    const t = await makeTenant();
    const cookie = await cookieFor(t, t.adminId);
    await call("GET", `/t/${t.info.slug}/`, { cookie }); // warm the registry cache
    const res = await call("GET", `/t/${t.info.slug}/`, { cookie });
    await expectStatus(res, 200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    const unit = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    const sec = await makeAccount(t, "secretary", unit);
    const res2 = await call("GET", `/t/${t.info.slug}/admin/units/${unit.id}`, {
      cookie: await cookieFor(t, sec.id),
    });
    await expectStatus(res2, 200);
    expect(d1Calls(res2)).toBeLessThanOrEqual(2);
  });
});
