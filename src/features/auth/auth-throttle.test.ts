// Password spraying: one client trying many accounts meets 429 with Retry-After, on the API and the
// page, whether the accounts exist or not; other clients and other tenants are not affected.
import { describe, expect, it } from "vitest";
import { PASSWORD_CHANGE_FAILURES, SETUP_LINK_FAILURES, SIGN_IN_FAILURES } from "../../platform/throttle";
import { PASSWORD, call, makeAccount, makeTenant } from "../../../test/harness";
import { adminCookie } from "../../../test/world";

const login = (slug: string, user: string, password: string, ip: string) =>
  call("POST", "/api/v1/auth/login", {
    json: { tenant: slug, login: user, password },
    headers: { "cf-connecting-ip": ip },
  });

describe("sign-in throttle per client", () => {
  it("40 failed sign-ins over 10 accounts from one client meet 429 with Retry-After", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    const accounts = await Promise.all(Array.from({ length: 10 }, () => makeAccount(t, "member", null)));
    const ip = "203.0.113.7";
    const statuses: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const a of accounts) {
        const res = await login(t.info.slug, a.login, `sai-mat-khau-${round}`, ip);
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
          expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(
            SIGN_IN_FAILURES.windowMs / 1000,
          );
          const body = await res.json<{ code: string; detail: string }>();
          expect(body.code).toBe("rate_limited");
          expect(body.detail).toBe(SIGN_IN_FAILURES.message);
        }
      }
    }
    expect(statuses.slice(0, SIGN_IN_FAILURES.limit).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(SIGN_IN_FAILURES.limit).every((s) => s === 429)).toBe(true);

    // The right password and an unknown login answer the same 429: nothing says which accounts exist.
    const right = await login(t.info.slug, accounts[0]!.login, PASSWORD, ip);
    const unknown = await login(t.info.slug, "khong-co-ai", "x-12345678", ip);
    expect([right.status, unknown.status]).toEqual([429, 429]);
    const page = await call("POST", `/t/${t.info.slug}/login`, {
      form: { login: accounts[1]!.login, password: PASSWORD },
      headers: { "cf-connecting-ip": ip },
    });
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await page.text()).toContain("Có quá nhiều lần đăng nhập không thành công");

    // Another client, and the same client at another tenant, still sign in.
    expect((await login(t.info.slug, accounts[0]!.login, PASSWORD, "198.51.100.2")).status).toBe(200);
    expect((await login(other.info.slug, "admin", PASSWORD, ip)).status).toBe(200);
  });

  it("guessing setup links meets 429 after the limit, for the guesser only", async () => {
    const t = await makeTenant();
    const guess = (ip: string) =>
      call("GET", `/t/${t.info.slug}/setup/${"x".repeat(30)}${Math.random().toString(36).slice(2, 15)}`, {
        headers: { "cf-connecting-ip": ip },
      });
    for (let i = 0; i < SETUP_LINK_FAILURES.limit; i++) expect((await guess("203.0.113.9")).status).toBe(410);
    const refused = await guess("203.0.113.9");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await guess("198.51.100.3")).status).toBe(410);
  });

  it("guessing the current password in a session meets 429 after the limit", async () => {
    const t = await makeTenant();
    const cookie = await adminCookie(t);
    const change = (current: string) =>
      call("POST", "/api/v1/auth/password", {
        cookie,
        json: { currentPassword: current, newPassword: "matkhau-moi-123" },
      });
    for (let i = 0; i < PASSWORD_CHANGE_FAILURES.limit; i++)
      expect((await change(`doan-${i}-xx`)).status).toBe(400);
    const refused = await change(PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
