import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import type { Ctx, PublicCtx, Role } from "./context";
import { ServiceError } from "./errors";
import { bearerKey, checkApiKey, touchApiKey } from "./api-key-auth";
import type { Db } from "./db";
import { type SessionCheck, checkSession, readSessionCookie, touchSession } from "./session";
import { findTenant, forgetTenant, tenantDb } from "./tenancy";

const SUSPENDED = "Đơn vị này đang tạm ngừng sử dụng hệ thống. Vui lòng liên hệ quản trị nền tảng.";

const KEY_REFUSED = "Khóa API không hợp lệ, đã bị thu hồi hoặc đã hết hạn.";

/** Verifies a credential (session token or API key) against the tenant's own database; sets `actor`. */
async function attachActor(
  c: Context<AppEnv>,
  tenantId: string,
  token: string,
  check: (db: Db, tenantId: string, token: string, now: number) => Promise<SessionCheck> = checkSession,
): Promise<void> {
  const meter = c.get("meter");
  for (let attempt = 0; attempt < 2; attempt++) {
    const tenant = await findTenant(c.env, meter, { id: tenantId });
    if (!tenant) return;
    const db = tenantDb(c.env, tenant, meter);
    const now = Date.now();
    const res = await check(db, tenant.id, token, now);
    if (res.kind === "moved") {
      forgetTenant(tenant);
      continue;
    }
    if (res.kind === "suspended") throw new ServiceError("unauthenticated", SUSPENDED);
    const readOnly = res.kind === "ok" ? res.readOnly : tenant.readOnly;
    c.set("tenant", readOnly === tenant.readOnly ? tenant : { ...tenant, readOnly });
    c.set("db", db);
    if (res.kind === "ok") {
      c.set("actor", res.actor);
      if (res.touch && !res.readOnly) {
        const touch = res.actor.apiKey
          ? touchApiKey(db, tenant.id, res.actor.apiKey.id, now)
          : touchSession(db, res.actor.sessionId, now);
        c.executionCtx.waitUntil(touch.then(() => undefined));
      }
    }
    return;
  }
}

/** Pages under /t/:slug: the tenant comes from the path; a session of another tenant is no session. */
export const tenantFromPath: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("tenant")) return next();
  const slug = c.req.param("slug") ?? "";
  const tenant = /^[a-z0-9-]{2,40}$/.test(slug) ? await findTenant(c.env, c.get("meter"), { slug }) : null;
  if (!tenant) throw new ServiceError("not_found", "Không tìm thấy đơn vị này trên hệ thống.");
  if (tenant.status === "suspended" || tenant.status === "deleting")
    throw new ServiceError("unauthenticated", SUSPENDED);
  const cookie = readSessionCookie(c);
  if (cookie && cookie.tenantId === tenant.id) await attachActor(c, cookie.tenantId, cookie.token);
  if (!c.get("tenant")) {
    c.set("tenant", tenant);
    c.set("db", tenantDb(c.env, tenant, c.get("meter")));
  }
  await next();
};

/**
 * API: the tenant is the one whose database verifies the credential: an API key (`Authorization:
 * Bearer`, cookies then ignored) or the session cookie; nothing else selects it.
 */
export const tenantFromSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bearer = c.req.header("authorization");
  if (bearer !== undefined) {
    const parsed = bearerKey(bearer);
    if (parsed) await attachActor(c, parsed.tenantId, parsed.key, checkApiKey);
    // A bearer header that is not a valid key is an error, never a fall-back to the cookie.
    const actor = c.get("actor");
    if (!actor?.apiKey) throw new ServiceError("unauthenticated", KEY_REFUSED);
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method) && !actor.apiKey.scopes.includes("write"))
      throw new ServiceError("forbidden", "Khóa API này chỉ có quyền đọc (read).");
    return next();
  }
  const cookie = readSessionCookie(c);
  if (cookie) await attachActor(c, cookie.tenantId, cookie.token);
  await next();
};

/** The service context of a signed-in request, or 401. */
export function ctxOf(c: Context<AppEnv>): Ctx {
  const tenant = c.get("tenant");
  const db = c.get("db");
  const actor = c.get("actor");
  if (!tenant || !db || !actor) throw new ServiceError("unauthenticated");
  let outbox = c.get("outbox");
  if (!outbox) {
    outbox = { pending: false };
    c.set("outbox", outbox);
  }
  return { tenant, db, actor, requestId: c.get("requestId"), now: Date.now(), outbox };
}

/** The context of a request that knows its tenant but may have no session (sign-in, setup link). */
export function publicCtxOf(c: Context<AppEnv>): PublicCtx {
  const tenant = c.get("tenant");
  const db = c.get("db");
  if (!tenant || !db) throw new ServiceError("not_found");
  return { tenant, db, requestId: c.get("requestId"), now: Date.now() };
}

/** Route guard: the actor holds one of `roles`, else 403. */
export function requireRole(ctx: Ctx, ...roles: Role[]): void {
  if (!roles.includes(ctx.actor.role)) throw new ServiceError("forbidden");
}

/** The tenant must accept writes (not mid-move). */
export function requireWritable(ctx: Ctx | PublicCtx): void {
  if (ctx.tenant.readOnly) throw new ServiceError("read_only");
}
