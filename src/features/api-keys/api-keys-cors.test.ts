// A province's portal calls the API from the browser with a key: its origin, listed by the tenant's
// admin, gets its preflight answered and may read the answers; other origins get no CORS headers, and
// a cookie never makes an answer readable across origins.
import { describe, expect, it } from "vitest";
import { call, json } from "../../../test/harness";
import { world } from "../../../test/world";
import { createApiKey } from "./api-keys.service";

const PORTAL = "https://cong.tinh-a.example.vn";

const preflight = (origin: string) =>
  call("OPTIONS", "/api/v1/members", {
    headers: {
      origin,
      "access-control-request-method": "GET",
      "access-control-request-headers": "authorization",
    },
  });

describe("CORS for browser portals", () => {
  it("answers listed origins only, and only for key-authenticated requests", async () => {
    const { t, cookie } = await world();
    const saved = await json<{ origins: string[] }>(
      await call("PUT", "/api/v1/api-keys/origins", {
        cookie,
        json: { origins: [`${PORTAL}/`, PORTAL, " https://khac.example.vn "] },
      }),
    );
    expect(saved.origins).toEqual(["https://cong.tinh-a.example.vn", "https://khac.example.vn"]);

    const ok = await preflight(PORTAL);
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe(PORTAL);
    expect(ok.headers.get("access-control-allow-headers")).toContain("Idempotency-Key");
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
    const stranger = await preflight("https://la.example.com");
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();

    const { key } = await createApiKey(t.ctx(), { name: "Cổng tỉnh", scopes: ["read"] });
    const withKey = await call("GET", "/api/v1/members?limit=1", {
      headers: { origin: PORTAL, authorization: `Bearer ${key}` },
    });
    expect(withKey.status).toBe(200);
    expect(withKey.headers.get("access-control-allow-origin")).toBe(PORTAL);
    expect(withKey.headers.get("access-control-expose-headers")).toContain("Retry-After");
    const withCookie = await call("GET", "/api/v1/members?limit=1", { cookie, headers: { origin: PORTAL } });
    expect(withCookie.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("another tenant's listed origin does not open this tenant's answers; bad origins are refused", async () => {
    const a = await world();
    const b = await world();
    await json(
      await call("PUT", "/api/v1/api-keys/origins", { cookie: b.cookie, json: { origins: [PORTAL] } }),
    );
    const { key } = await createApiKey(a.t.ctx(), { name: "Khóa A", scopes: ["read"] });
    const res = await call("GET", "/api/v1/members?limit=1", {
      headers: { origin: PORTAL, authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const bad = await call("PUT", "/api/v1/api-keys/origins", {
      cookie: a.cookie,
      json: { origins: ["http://cong.example.vn", "*"] },
    });
    expect((await json<{ errors: Record<string, string> }>(bad, 400)).errors.origins).toContain(
      "không hợp lệ",
    );
    const page = await call("POST", `/t/${a.t.info.slug}/admin/api-keys/origins`, {
      cookie: a.cookie,
      form: { origins: `${PORTAL}\nhttps://thu-hai.example.vn` },
    });
    expect(page.status).toBe(303);
    const list = await json<{ origins: string[] }>(
      await call("GET", "/api/v1/api-keys/origins", { cookie: a.cookie }),
    );
    expect(list.origins).toEqual([PORTAL, "https://thu-hai.example.vn"]);
  });
});
