/**
 * CORS for browser portals that call the API with an API key. A tenant's admins list the web origins
 * they allow; a preflight from a listed origin is answered, any other gets no CORS headers at all. An
 * actual response carries `Access-Control-Allow-Origin` only when the request authenticated with a key
 * of a tenant that lists its origin: cookies never cross origins (no `Allow-Credentials`, ever).
 */
import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { corsOrigins } from "../db/schema/control";
import type { AppEnv, Bindings } from "../env";
import type { Meter } from "./meter";
import { scoped, tenantRef } from "./scope";
import { controlDb } from "./tenancy";

/** `https://host[:port]` (or `http://localhost[:port]` for development): what an allowed origin looks like. */
export const ORIGIN_SHAPE =
  /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)$/;
const ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key";
const EXPOSE_HEADERS =
  "Retry-After, RateLimit, RateLimit-Policy, Idempotent-Replayed, X-Request-Id, Location";

function foreignOrigin(url: string, origin: string | undefined): string | null {
  return origin && origin !== new URL(url).origin && ORIGIN_SHAPE.test(origin) ? origin : null;
}

async function listed(env: Bindings, meter: Meter, origin: string, tenantId?: string): Promise<boolean> {
  const where = tenantId
    ? scoped(tenantRef(tenantId), corsOrigins.tenantId, eq(corsOrigins.origin, origin))
    : eq(corsOrigins.origin, origin);
  const rows = await controlDb(env, meter)
    .select({ o: corsOrigins.origin })
    .from(corsOrigins)
    .where(where)
    .limit(1);
  return rows.length > 0;
}

/** Answers preflights of listed origins; marks key-authenticated answers to listed origins readable. */
export const cors: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = foreignOrigin(c.req.url, c.req.header("origin"));
  if (c.req.method === "OPTIONS" && origin && c.req.header("access-control-request-method")) {
    if (!(await listed(c.env, c.get("meter"), origin))) return c.body(null, 204, { Vary: "Origin" });
    return c.body(null, 204, {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": "GET, HEAD, POST, PATCH, PUT, DELETE",
      "Access-Control-Allow-Headers": ALLOW_HEADERS,
      "Access-Control-Max-Age": "600",
      Vary: "Origin",
    });
  }
  await next();
  const key = c.get("actor")?.apiKey;
  const tenant = c.get("tenant");
  if (!origin || !key || !tenant) return;
  c.res.headers.append("Vary", "Origin");
  if (await listed(c.env, c.get("meter"), origin, tenant.id)) {
    c.res.headers.set("Access-Control-Allow-Origin", origin);
    c.res.headers.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
  }
};
