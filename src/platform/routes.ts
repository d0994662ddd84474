import type { Hono } from "hono";

// biome-ignore lint/suspicious/noExplicitAny: any Hono app
type AnyHono = Hono<any, any, any>;
let compiled: { method: string; re: RegExp }[] | null = null;

function compile(app: AnyHono) {
  return app.routes
    .filter((r) => r.method !== "ALL")
    .map((r) => ({
      method: r.method,
      re: new RegExp(
        `^${r.path
          .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
          .replace(/\/\*$/, "(?:/.*)?")
          .replace(/:[A-Za-z_]+(\{[^}]*\})?/g, "[^/]+")}/?$`,
      ),
    }));
}

/**
 * The methods the path is served under when `method` is not one of them (the answer is 405 with
 * this `Allow`, not 404); empty when the path is unknown or the method is served.
 */
export function allowedMethods(app: AnyHono, method: string, path: string): string[] {
  compiled ??= compile(app);
  const found = new Set(compiled.filter((r) => r.re.test(path)).map((r) => r.method));
  if (found.size === 0 || found.has(method)) return [];
  if (found.has("GET")) found.add("HEAD");
  return [...found].sort();
}

/** Every concrete (method, path) the app serves: used by the route-walking test suites. */
export function listRoutes(app: AnyHono): { method: string; path: string }[] {
  const seen = new Set<string>();
  const out: { method: string; path: string }[] = [];
  for (const r of app.routes) {
    if (r.method === "ALL") continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: r.method, path: r.path });
  }
  return out;
}
