import { describe, expect, it } from "vitest";
import { call, cookieFor, expectStatus, json, makeTenant } from "./harness";

describe("web and API hygiene", () => {
  it("sets security headers, a request id, Server-Timing and no-store", async () => {
    const res = await call("GET", "/");
    await expectStatus(res, 200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-request-id")).toMatch(/.{8,}/);
    expect(res.headers.get("server-timing")).toMatch(/^d1;dur=/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers unknown routes 404 and wrong methods 405 as problem+json under /api", async () => {
    const missing = await call("GET", "/api/v1/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    const body = await missing.json<Record<string, unknown>>();
    expect(body).toMatchObject({ status: 404, code: "not_found", type: expect.stringMatching(/^https:/) });
    expect(body.requestId).toBe(missing.headers.get("x-request-id"));
    const wrong = await call("PUT", "/api/v1/auth/login", { json: {} });
    expect(wrong.status).toBe(405);
    const page = await call("GET", "/khong-co-trang-nay");
    expect(await expectStatus(page, 404)).toContain("Không tìm thấy");
  });

  it("rejects other content types (415), malformed JSON (400) and oversized bodies (413)", async () => {
    const t = await makeTenant();
    const cookie = await cookieFor(t, t.adminId);
    const form = await call("POST", "/api/v1/units", { cookie, form: { name: "x" } });
    expect(form.status).toBe(415);
    const broken = await call("POST", "/api/v1/units", {
      cookie,
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    const huge = await call("POST", "/api/v1/units", {
      cookie,
      body: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) }),
      headers: { "content-type": "application/json" },
    });
    expect(huge.status).toBe(413);
  });

  it("stores NFD Vietnamese as NFC; rejects NUL and lone surrogates; long text is a clean 400", async () => {
    const t = await makeTenant();
    const cookie = await cookieFor(t, t.adminId);
    const nfd = "Chi bộ Khối Đảng".normalize("NFD");
    const created = await json<{ name: string }>(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "district", code: "NFD", name: nfd },
      }),
      201,
    );
    expect(created.name).toBe("Chi bộ Khối Đảng".normalize("NFC"));
    const rtl = await json<{ name: string }>(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "district", code: "RTL", name: "Huyện \u202eA\u200dB" },
      }),
      201,
    );
    expect(rtl.name).toBe("Huyện \u202eA\u200dB");
    for (const name of ["Huyện\u0000X", "Huyện \ud800", "x".repeat(10_000)]) {
      const res = await call("POST", "/api/v1/units", {
        cookie,
        body: `{"parentId":"${t.rootId}","kind":"district","code":"BAD","name":${JSON.stringify(name).replace("\\ud800", "\\ud800")}}`,
        headers: { "content-type": "application/json" },
      });
      expect(res.status, await res.text()).toBe(400);
    }
  });

  it("never shows a stack trace, SQL or internal path in an error", async () => {
    const t = await makeTenant();
    const cookie = await cookieFor(t, t.adminId);
    const res = await call("GET", "/api/v1/units/zzzzzzzzzzzzzzzz", { cookie });
    const text = await res.text();
    expect(res.status).toBe(404);
    expect(text).not.toMatch(/at .*\.ts|SELECT|sqlite|node_modules/i);
  });

  it("serves health with the version and the OpenAPI document with every tag", async () => {
    expect(await json<{ version: string }>(await call("GET", "/healthz"))).toMatchObject({ status: "ok" });
    const doc = await json<{ openapi: string; paths: Record<string, unknown>; tags: { name: string }[] }>(
      await call("GET", "/api/v1/openapi.json"),
    );
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.tags.map((x) => x.name)).toEqual(expect.arrayContaining(["auth", "orgs", "accounts"]));
    expect(Object.keys(doc.paths)).toContain("/api/v1/units/{id}");
    await expectStatus(await call("GET", "/api/docs"), 200);
  });
});
