// Rate limits of the API: every answer tells its caller where it stands (RateLimit-Policy, RateLimit),
// each key and each session has its own budget, and past it a request is refused with 429 and
// Retry-After before it runs.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApiKey } from "../src/features/api-keys";
import { E, ORIGIN, call, json } from "./harness";
import { world } from "./world";
import worker from "../src";
import { DEFAULT_POLICIES, parsePolicies } from "../src/platform/rate-limit";
import { newWindow, takeFrom } from "../src/platform/rate-limiter";

const SMALL = "key=3/60,session=2/60,client=2/60";

/** A request to the Worker deployed with small quotas. */
async function callSmall(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const ctx = createExecutionContext();
  const env = { ...E, RATE_LIMITS: SMALL };
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

  it("gives each session its own budget, and anonymous callers one per address", async () => {
    const { cookie } = await world();
    const { cookie: second } = await world();
    for (const expected of [200, 200, 429])
      expect((await callSmall("/api/v1/units/tree", { headers: { cookie } })).status).toBe(expected);
    expect((await callSmall("/api/v1/units/tree", { headers: { cookie: second } })).status).toBe(200);

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

  it("opens a new window when the last one has ended", () => {
    const w = newWindow();
    expect(takeFrom(w, 2, 60, 1_000)).toEqual({ allowed: true, remaining: 1, reset: 60 });
    expect(takeFrom(w, 2, 60, 30_000)).toEqual({ allowed: true, remaining: 0, reset: 31 });
    expect(takeFrom(w, 2, 60, 60_999)).toEqual({ allowed: false, remaining: 0, reset: 1 });
    expect(takeFrom(w, 2, 60, 61_000)).toEqual({ allowed: true, remaining: 1, reset: 60 });
  });
});
