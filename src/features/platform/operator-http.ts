import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { readSessionCookie } from "../../platform/session";
import { type OpCtx, opCtx } from "./jobs.service";
import { OP_ABSOLUTE_MS, checkOperatorSession, touchOperatorSession } from "./operators.service";

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

/**
 * Everything under /platform and /api/v1/platform: a valid operator session, or 404 exactly
 * like an unknown path. The sign-in routes are open only to browsers without a tenant session,
 * so a tenant's session never learns that the console exists.
 */
export const operatorGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("operator")) return next();
  const token = readOpCookie(c);
  if (token) {
    const o = opCtx(c.env, c.get("meter"), c.get("requestId"), null);
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

/** The control-plane context of an operator's request (the gate guarantees the operator). */
export function opOf(c: Context<AppEnv>): OpCtx {
  const op = c.get("operator");
  if (!op) throw new ServiceError("not_found");
  return opCtx(c.env, c.get("meter"), c.get("requestId"), {
    id: op.id,
    label: `${op.displayName} (${op.login})`,
  });
}

/** An anonymous control-plane context (sign-in). */
export function anonOpOf(c: Context<AppEnv>): OpCtx {
  return opCtx(c.env, c.get("meter"), c.get("requestId"), null);
}
