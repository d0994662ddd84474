/**
 * Throttles per client on top of the per-account lockout: failed attempts of one client address at
 * one thing (signing in to a tenant, redeeming setup links) are counted in the control database in
 * fixed windows; past the limit every attempt of that client — right or wrong, known account or not —
 * meets 429 with Retry-After until the window ends, so a spray across many accounts stops early and the
 * answer still says nothing about which accounts exist.
 */
import { eq, lt, sql } from "drizzle-orm";
import type { Context } from "hono";
import { clientThrottles } from "../db/schema/control";
import type { AppEnv, Bindings } from "../env";
import { ServiceError } from "./errors";
import { sha256Hex } from "./ids";
import { Meter } from "./meter";
import { controlDb } from "./tenancy";

export interface ThrottleRule {
  /** What is counted; part of the key. */
  name: string;
  /** Failures allowed in a window; the next attempt is refused. */
  limit: number;
  windowMs: number;
  /** The Vietnamese message of the 429. */
  message: string;
}

export const SIGN_IN_FAILURES: ThrottleRule = {
  name: "sign-in",
  limit: 20,
  windowMs: 15 * 60_000,
  message: "Có quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này. Vui lòng thử lại sau ít phút.",
};

export const SETUP_LINK_FAILURES: ThrottleRule = {
  name: "setup-link",
  limit: 20,
  windowMs: 15 * 60_000,
  message: "Có quá nhiều lần dùng liên kết không hợp lệ từ địa chỉ mạng này. Vui lòng thử lại sau ít phút.",
};

export const PASSWORD_CHANGE_FAILURES: ThrottleRule = {
  name: "password-change",
  limit: 10,
  windowMs: 15 * 60_000,
  message: "Có quá nhiều lần đổi mật khẩu không thành công. Vui lòng thử lại sau ít phút.",
};

export const UPLOADS: ThrottleRule = {
  name: "uploads",
  limit: 30,
  windowMs: 10 * 60_000,
  message: "Đồng chí đã tải lên quá nhiều tệp trong ít phút. Vui lòng thử lại sau.",
};

/** Counters older than this are gone whatever their rule (the longest window is far shorter). */
export const THROTTLE_KEEP_MS = 24 * 60 * 60_000;

/** The client address Cloudflare saw; "local" where none is given (wrangler dev, tests). */
export function clientAddress(c: Context<AppEnv>): string {
  return c.req.header("cf-connecting-ip") ?? "local";
}

/**
 * Runs `attempt` unless the client is over `rule`'s limit for `scope` (429 with Retry-After). A
 * ServiceError whose status is in `failures` counts one failure and propagates.
 */
export async function throttled<T>(
  c: Context<AppEnv>,
  rule: ThrottleRule,
  scope: string,
  attempt: () => Promise<T>,
  failures: readonly number[] | "every" = [401],
): Promise<T> {
  const db = controlDb(c.env, c.get("meter"));
  const key = await sha256Hex(`${rule.name}\u0000${scope}\u0000${clientAddress(c)}`);
  const now = Date.now();
  const refuse = (windowStart: number) => {
    const e = new ServiceError("rate_limited", rule.message);
    e.retryAfter = Math.max(1, Math.ceil((windowStart + rule.windowMs - now) / 1000));
    return e;
  };
  const count = () => {
    const expired = sql`${clientThrottles.windowStart} <= ${now - rule.windowMs}`;
    return db
      .insert(clientThrottles)
      .values({ key, windowStart: now, count: 1 })
      .onConflictDoUpdate({
        target: clientThrottles.key,
        set: {
          count: sql`CASE WHEN ${expired} THEN 1 ELSE ${clientThrottles.count} + 1 END`,
          windowStart: sql`CASE WHEN ${expired} THEN ${now} ELSE ${clientThrottles.windowStart} END`,
        },
      });
  };
  if (failures === "every") {
    // Each attempt counts (uploads): one statement counts it and says where the client stands.
    const [after] = await count().returning({
      count: clientThrottles.count,
      windowStart: clientThrottles.windowStart,
    });
    if (after && after.count > rule.limit) throw refuse(after.windowStart);
    return attempt();
  }
  // Only failures count: read first, so a client past the limit is refused before trying.
  const row = (await db.select().from(clientThrottles).where(eq(clientThrottles.key, key)).limit(1))[0];
  if (row && row.count >= rule.limit && row.windowStart > now - rule.windowMs) throw refuse(row.windowStart);
  try {
    return await attempt();
  } catch (e) {
    if (e instanceof ServiceError && failures.includes(e.status)) await count();
    throw e;
  }
}

/** throttled() for a signed-in person: the scope is their tenant and account. */
export function throttledForActor<T>(
  c: Context<AppEnv>,
  rule: ThrottleRule,
  attempt: () => Promise<T>,
  failures: readonly number[] | "every",
): Promise<T> {
  const scope = `${c.get("tenant")?.id}:${c.get("actor")?.accountId}`;
  return throttled(c, rule, scope, attempt, failures);
}

/** Drops counters past every window (run by the platform cron). */
export async function purgeThrottles(env: Bindings, now: number): Promise<void> {
  await controlDb(env, new Meter())
    .delete(clientThrottles)
    .where(lt(clientThrottles.windowStart, now - THROTTLE_KEEP_MS));
}
