// Edges a hostile or careless client reaches: a 405 says what is allowed, a JSON route called with a
// form or text body is a 415 (not a CSRF 403), and a CR/LF in `next` is refused like any bad value.
import { describe, expect, it } from "vitest";
import { ORIGIN, PASSWORD, call, cookieFor, makeTenant } from "./harness";

describe("HTTP edges", () => {
  it("answers 405 with an Allow header listing the methods the path is served under", async () => {
    const wrong = await call("PUT", "/api/v1/auth/login", { json: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    const t = await makeTenant();
    const page = await call("DELETE", `/t/${t.info.slug}/login`);
    expect(page.status).toBe(405);
    expect(page.headers.get("allow")?.split(", ")).toEqual(["GET", "HEAD", "POST"]);
    const missing = await call("PUT", "/api/v1/nothing-here", { json: {} });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("allow")).toBeNull();
  });

  it("answers 415 to a JSON route sent text or a form without Origin, never 403 CSRF", async () => {
    const t = await makeTenant();
    const cookie = await cookieFor(t, t.adminId);
    for (const type of ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded"]) {
      const res = await call("POST", "/api/v1/units", {
        cookie,
        body: '{"name":"x"}',
        headers: { "content-type": type, origin: "https://elsewhere.example" },
      });
      expect(res.status, type).toBe(415);
      expect(await res.text()).toContain("application/json");
    }
    // No Content-Type at all: the route's own validator refuses it, and that is a 415 too, never a 500.
    const bare = await call("POST", "/api/v1/units", {
      cookie,
      body: '{"name":"x"}',
      headers: { "content-type": "" },
    });
    expect(bare.status).toBe(415);
    // Upload routes take forms, so they keep the origin check.
    const upload = await call("POST", "/api/v1/members/import", {
      cookie,
      body: "x",
      headers: { "content-type": "text/plain", origin: "https://elsewhere.example" },
    });
    expect(upload.status).toBe(403);
  });

  it("refuses a CR/LF in the sign-in `next` and goes home instead of failing", async () => {
    const t = await makeTenant();
    const base = `/t/${t.info.slug}/`;
    for (const next of [`${base}x\r\nSet-Cookie: a=b`, `${base}x\ty`, `${base}%0d%0a`]) {
      const res = await call("POST", `${base}login`, {
        form: { login: "admin", password: PASSWORD, next },
      });
      expect(res.status, JSON.stringify(next)).toBe(303);
      const location = res.headers.get("location")!;
      expect(new URL(location, ORIGIN).pathname).toBe(next.includes("%0d") ? next : base);
    }
    // NUL is refused in every form field (a clean 400), `next` included.
    const nul = await call("POST", `${base}login`, {
      form: { login: "admin", password: PASSWORD, next: `${base}\u0000` },
    });
    expect(nul.status).toBe(400);
  });
});
