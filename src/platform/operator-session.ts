/**
 * Operator sessions of the control plane: the cookie, its check against operator_sessions and
 * the gate in front of /platform and /api/v1/platform. Nothing is shared with tenant sessions
 * (session.ts); sign-in itself (passwords, lockout) is the console's.
 */
import { eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { operatorSessions, operators } from "../db/schema/control";
import type { AppEnv } from "../env";
import { type OpCtx, anonOpOf } from "./control-plane";
import { ServiceError } from "./errors";
import { sha256Hex } from "./ids";
import { readSessionCookie } from "./session";

export const OP_IDLE_MS = 60 * 60 * 1000;
export const OP_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export interface Operator {
  id: string;
  login: string;
  displayName: string;
  sessionId: string;
}

const LOGIN_PATHS = new Set(["/platform/login", "/api/v1/platform/login"]);

const https = (c: Context) => new URL(c.req.url).protocol === "https:";
export const opCookieName = (c: Context) => (https(c) ? "__Host-gm_op" : "gm_op");

export function readOpCookie(c: Context<AppEnv>): string | null {
  const raw = getCookie(c, opCookieName(c));
  return raw && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
}

export function writeOpCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, opCookieName(c), token, {
    httpOnly: true,
    secure: https(c),
    sameSite: "Lax",
    path: "/",
    maxAge: OP_ABSOLUTE_MS / 1000,
  });
}

export function clearOpCookie(c: Context<AppEnv>): void {
  deleteCookie(c, opCookieName(c), { path: "/", secure: https(c) });
}

/** The operator a session token belongs to (active, within idle and absolute limits), or null. */
export async function checkOperatorSession(
  o: OpCtx,
  token: string,
): Promise<{ operator: Operator; touch: boolean } | null> {
  const id = await sha256Hex(token);
  const row = (
    await o.control
      .select({ s: operatorSessions, op: operators })
      .from(operatorSessions)
      .innerJoin(operators, eq(operators.id, operatorSessions.operatorId))
      .where(eq(operatorSessions.id, id))
      .limit(1)
  )[0];
  if (row?.op.status !== "active") return null;
  if (o.now >= row.s.expiresAt || o.now - row.s.lastSeenAt > OP_IDLE_MS) return null;
  return {
    operator: { id: row.op.id, login: row.op.login, displayName: row.op.displayName, sessionId: id },
    touch: o.now - row.s.lastSeenAt > TOUCH_AFTER_MS,
  };
}

export async function touchOperatorSession(o: OpCtx, sessionId: string): Promise<void> {
  await o.control
    .update(operatorSessions)
    .set({ lastSeenAt: o.now })
    .where(eq(operatorSessions.id, sessionId));
}

/**
 * Everything under /platform and /api/v1/platform: a valid operator session, or 404 exactly
 * like an unknown path. The sign-in routes are open only to browsers without a tenant session,
 * so a tenant's session never learns that the console exists.
 */
export const operatorGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("operator")) return next();
  const token = readOpCookie(c);
  if (token) {
    const o = anonOpOf(c);
    const found = await checkOperatorSession(o, token);
    if (found) {
      c.set("operator", found.operator);
      if (found.touch) c.executionCtx.waitUntil(touchOperatorSession(o, found.operator.sessionId));
      return next();
    }
  }
  const path = c.req.path.replace(/\/$/, "");
  if (LOGIN_PATHS.has(path) && !readSessionCookie(c)) return next();
  throw new ServiceError("not_found");
};
