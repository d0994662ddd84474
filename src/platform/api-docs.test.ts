import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { apiDocsApp } from "./api-docs";

const SPEC_URL = "/api/v1/openapi.json";

function app(): Hono {
  const root = new Hono();
  root.route("/api/docs", apiDocsApp(SPEC_URL));
  return root;
}

describe("api docs", () => {
  it("serves a CSP-safe HTML page that references the external script and stylesheet", async () => {
    const res = await app().request("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("Gương mẫu API");
    expect(html).toContain('src="/api/docs/docs.js"');
    expect(html).toContain('href="/api/docs/docs.css"');
    // No inline script bodies, no inline styles: the CSP allows neither.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe("");
    }
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it("serves the script with a JavaScript content type and caching", async () => {
    const res = await app().request("/api/docs/docs.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    const js = await res.text();
    expect(js).toContain(JSON.stringify(SPEC_URL));
    expect(js).toContain('credentials: "same-origin"');
    // Document data reaches the DOM through textContent only.
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it("serves the stylesheet as CSS", async () => {
    const res = await app().request("/api/docs/docs.css");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/css/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await res.text()).toContain("details.op");
  });

  it("escapes the OpenAPI URL where it appears in the page", async () => {
    const root = new Hono();
    root.route("/api/docs", apiDocsApp('/spec.json?a=1&b="x"'));
    const html = await (await root.request("/api/docs")).text();
    expect(html).toContain("/spec.json?a=1&#38;b=&#34;x&#34;");
    expect(html).not.toContain('b="x"');
  });
});
