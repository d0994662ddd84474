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

/** True when the path exists under another method (the answer is 405, not 404). */
export function methodNotAllowed(app: AnyHono, method: string, path: string): boolean {
  compiled ??= compile(app);
  return (
    compiled.some((r) => r.method !== method && r.re.test(path)) &&
    !compiled.some((r) => r.method === method && r.re.test(path))
  );
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
