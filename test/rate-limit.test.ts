// Rate limits of the API: every answer tells its caller where it stands (RateLimit-Policy, RateLimit),
// each key and each session has its own budget, and past it a request is refused with 429 and
// Retry-After before it runs.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApiKey } from "../src/features/api-keys";
import { E, ORIGIN, call, cookieFor, json } from "./harness";
import { world } from "./world";
import worker from "../src";
import { DEFAULT_POLICIES, parsePolicies } from "../src/platform/rate-limit";
import { leaseFrom, leaseSize, newWindow } from "../src/platform/rate-limiter";

const SMALL = "key=3/60,session=2/60,client=2/60";

/** A request to the Worker deployed with small quotas. */
async function callSmall(
  path: string,
  init: RequestInit & { headers?: Record<string, string> } = {},
  limits = SMALL,
) {
  const ctx = createExecutionContext();
  const env = { ...E, RATE_LIMITS: limits };
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("API rate limits", () => {
  it("tells every caller its policy and what is left: keys, sessions, anonymous and refused callers", async () => {
    const { t, cookie } = await world();
    const { key } = await createApiKey(t.ctx(), { name: "Cổng tỉnh", scopes: ["read"] });

    const byKey = await call("GET", "/api/v1/units/tree", { headers: bearer(key) });
    expect(byKey.status).toBe(200);
    expect(byKey.headers.get("ratelimit-policy")).toBe('"key";q=1000000;w=60');
    expect(byKey.headers.get("ratelimit")).toMatch(/^"key";r=999999;t=\d+$/);

    const bySession = await call("GET", "/api/v1/units/tree", { cookie });
    expect(bySession.headers.get("ratelimit-policy")).toBe('"session";q=1000000;w=60');

    const anonymous = await call("GET", "/api/v1/openapi.json", {
      headers: { "cf-connecting-ip": "203.0.113.7" },
    });
    expect(anonymous.headers.get("ratelimit-policy")).toBe('"client";q=1000000;w=60');

    // A refused credential is counted against the client's address, and still told.
    const refused = await call("GET", "/api/v1/units/tree", { headers: bearer(`${key.slice(0, -3)}abc`) });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("ratelimit")).toMatch(/^"client";r=\d+;t=\d+$/);
    const missing = await call("GET", "/api/v1/khong-co");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("ratelimit-policy")).toContain('"client"');
    const console = await call("GET", "/api/v1/platform/tenants", { cookie });
    expect(console.status).toBe(404);
    expect(console.headers.get("ratelimit-policy")).toContain('"client"');
  });

  it("refuses a key past its quota with 429 and Retry-After, before the request runs", async () => {
    const { t } = await world();
    const writer = await createApiKey(t.ctx(), { name: "Đồng bộ", scopes: ["read", "write"] });
    const other = await createApiKey(t.ctx(), { name: "Cổng tỉnh", scopes: ["read"] });

    const left: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await callSmall("/api/v1/units/tree", { headers: bearer(writer.key) });
      expect(res.status).toBe(200);
      left.push(res.headers.get("ratelimit")!.split(";")[1]!);
    }
    expect(left).toEqual(["r=2", "r=1", "r=0"]);

    const over = await callSmall("/api/v1/units", {
      method: "POST",
      headers: { ...bearer(writer.key), "content-type": "application/json" },
      body: JSON.stringify({ parentId: t.rootId, kind: "cell", code: "CB-QUA", name: "Chi bộ quá hạn mức" }),
    });
    expect(over.status).toBe(429);
    expect(over.headers.get("content-type")).toContain("application/problem+json");
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.headers.get("ratelimit")).toBe(`"key";r=0;t=${retryAfter}`);
    const problem = await json<{ code: string; detail: string }>(over, 429);
    expect(problem.code).toBe("rate_limited");
    expect(problem.detail).toContain("3 yêu cầu mỗi 60 giây");

    // The refused POST created nothing; another key of the same tenant has its own budget.
    const found = await callSmall("/api/v1/units/by-code/CB-QUA", { headers: bearer(other.key) });
    expect(found.status).toBe(404);
    expect(found.headers.get("ratelimit")).toMatch(/^"key";r=2;/);
  });

  it("counts exactly when an isolate spends a lease locally", async () => {
    const { t } = await world();
    const { key } = await createApiKey(t.ctx(), { name: "Đồng bộ", scopes: ["read"] });
    const env = "key=30/60";
    const left: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await callSmall("/api/v1/units/tree", { headers: bearer(key) }, env);
      left.push(res.status === 429 ? -1 : Number(/r=(\d+)/.exec(res.headers.get("ratelimit")!)![1]));
    }
    expect(left).toEqual([...Array.from({ length: 30 }, (_, i) => 29 - i), -1]);
  });

  it("gives each person one budget across their sessions, and anonymous callers one per address", async () => {
    const { t, cookie } = await world();
    const again = await cookieFor(t, t.adminId);
    const { cookie: someoneElse } = await world();
    const tree = (c: string) => callSmall("/api/v1/units/tree", { headers: { cookie: c } });
    expect((await tree(cookie)).status).toBe(200);
    expect((await tree(again)).status).toBe(200);
    expect((await tree(cookie)).status).toBe(429);
    expect((await tree(again)).status).toBe(429);
    expect((await tree(someoneElse)).status).toBe(200);

    const from = (ip: string) => callSmall("/api/v1/openapi.json", { headers: { "cf-connecting-ip": ip } });
    expect((await from("198.51.100.1")).status).toBe(200);
    expect((await from("198.51.100.1")).status).toBe(200);
    expect((await from("198.51.100.1")).status).toBe(429);
    expect((await from("198.51.100.2")).status).toBe(200);
  });
});

describe("rate-limit policies and windows", () => {
  it("reads RATE_LIMITS over the defaults and ignores what does not parse", () => {
    expect(parsePolicies(undefined)).toEqual(DEFAULT_POLICIES);
    const p = parsePolicies(" key=1200/60 , session=abc, client=0/60, nobody=1/1,operator=10/1");
    expect(p.key).toEqual({ quota: 1200, windowSeconds: 60 });
    expect(p.session).toEqual(DEFAULT_POLICIES.session);
    expect(p.client).toEqual(DEFAULT_POLICIES.client);
    expect(p.operator).toEqual({ quota: 10, windowSeconds: 1 });
  });

  it("grants leases within the quota and opens a new window when the last one has ended", () => {
    const w = newWindow();
    expect(leaseFrom(w, 5, 60, 2, 1_000)).toEqual({ granted: 2, remaining: 3, reset: 60 });
    expect(leaseFrom(w, 5, 60, 2, 30_000)).toEqual({ granted: 2, remaining: 1, reset: 31 });
    expect(leaseFrom(w, 5, 60, 2, 40_000)).toEqual({ granted: 1, remaining: 0, reset: 21 });
    expect(leaseFrom(w, 5, 60, 2, 60_999)).toEqual({ granted: 0, remaining: 0, reset: 1 });
    expect(leaseFrom(w, 5, 60, 2, 61_000)).toEqual({ granted: 2, remaining: 3, reset: 60 });
    expect([leaseSize(3), leaseSize(300), leaseSize(600), leaseSize(1_000_000)]).toEqual([1, 30, 60, 100]);
  });
});
