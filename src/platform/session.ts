import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { accounts, sessions, tenantState, units } from "../db/schema/tenant/core";
import type { AppEnv } from "../env";
import type { Actor, Role } from "./context";
import type { Db } from "./db";
import { newToken, sha256Hex } from "./ids";
import { scoped, tenantRef } from "./scope";

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export function cookieName(c: Context): string {
  return new URL(c.req.url).protocol === "https:" ? "__Host-gm_session" : "gm_session";
}

/** The cookie carries "<tenantId>.<token>": the tenant part only says where to verify the token. */
export function readSessionCookie(c: Context<AppEnv>): { tenantId: string; token: string } | null {
  const raw = getCookie(c, cookieName(c));
  if (!raw) return null;
  const dot = raw.indexOf(".");
  if (dot <= 0) return null;
  const tenantId = raw.slice(0, dot);
  const token = raw.slice(dot + 1);
  if (!/^[0-9a-z]{16}$/.test(tenantId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return { tenantId, token };
}

export function writeSessionCookie(c: Context<AppEnv>, tenantId: string, token: string): void {
  const https = new URL(c.req.url).protocol === "https:";
  setCookie(c, cookieName(c), `${tenantId}.${token}`, {
    httpOnly: true,
    secure: https,
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, cookieName(c), { path: "/", secure: new URL(c.req.url).protocol === "https:" });
}

/** A fresh session token and the row that stores its hash. */
export async function newSession(tenantId: string, accountId: string, now: number) {
  const token = newToken(32);
  const id = await sha256Hex(token);
  return {
    token,
    row: { id, tenantId, accountId, createdAt: now, lastSeenAt: now, expiresAt: now + SESSION_ABSOLUTE_MS },
  };
}

export type SessionCheck =
  | { kind: "ok"; actor: Actor; touch: boolean; readOnly: boolean }
  | { kind: "none" }
  | { kind: "suspended" }
  | { kind: "moved" };

/** What an Actor is built from: the account (and its status) and its unit's path (left join). */
export const actorColumns = {
  login: accounts.login,
  displayName: accounts.displayName,
  role: accounts.role,
  unitId: accounts.unitId,
  memberId: accounts.memberId,
  status: accounts.status,
  unitPath: units.path,
};

/** The tenant's own status row, read with every credential check. */
export const tenantStateColumns = {
  tenantStatus: tenantState.status,
  movedTo: tenantState.movedTo,
  readOnly: tenantState.readOnly,
};

/** A moved or suspended tenant refuses every credential; null when it accepts them. */
export function tenantRefusal(row: { movedTo: string | null; tenantStatus: string }): SessionCheck | null {
  if (row.movedTo) return { kind: "moved" };
  if (row.tenantStatus === "suspended" || row.tenantStatus === "deleting" || row.tenantStatus === "deleted")
    return { kind: "suspended" };
  return null;
}

/** One query: session, account, unit path and the tenant's own status row. */
export async function checkSession(
  db: Db,
  tenantId: string,
  token: string,
  now: number,
): Promise<SessionCheck> {
  const id = await sha256Hex(token);
  const row = (
    await db
      .select({
        sessionId: sessions.id,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        accountId: accounts.id,
        ...actorColumns,
        ...tenantStateColumns,
      })
      .from(sessions)
      .innerJoin(accounts, and(eq(accounts.id, sessions.accountId), eq(accounts.tenantId, sessions.tenantId)))
      .innerJoin(tenantState, eq(tenantState.tenantId, sessions.tenantId))
      .leftJoin(units, and(eq(units.id, accounts.unitId), eq(units.tenantId, accounts.tenantId)))
      .where(scoped(tenantRef(tenantId), sessions.tenantId, eq(sessions.id, id)))
      .limit(1)
  )[0];
  if (!row) return { kind: "none" };
  const refused = tenantRefusal(row);
  if (refused) return refused;
  if (row.status !== "active") return { kind: "none" };
  if (now >= row.expiresAt || now - row.lastSeenAt > SESSION_IDLE_MS) return { kind: "none" };
  return {
    kind: "ok",
    touch: now - row.lastSeenAt > TOUCH_AFTER_MS,
    // The data database's own flag: a move's read-only phase bites on the next request.
    readOnly: row.readOnly === 1,
    actor: {
      accountId: row.accountId,
      login: row.login,
      displayName: row.displayName,
      role: row.role as Role,
      unitId: row.unitId,
      unitPath: row.unitPath,
      memberId: row.memberId,
      sessionId: row.sessionId,
    },
  };
}

export function touchSession(db: Db, sessionId: string, now: number) {
  return db.update(sessions).set({ lastSeenAt: now }).where(sql`${sessions.id} = ${sessionId}`);
}
