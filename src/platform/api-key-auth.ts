/**
 * API keys as a principal: `Authorization: Bearer gmk_<tenantId>_<secret>`. The key alone selects its
 * tenant (the id inside it) and is verified against that tenant's own database, by the SHA-256 of the
 * whole key, in one query with the tenant's status — exactly like a session, and never from a header,
 * a query or a body. A key without a unit acts with the tenant admin's reach; with a unit, like that
 * unit's secretary. `read` keys may only read.
 */
import { and, eq } from "drizzle-orm";
import { apiKeys, tenantState, units } from "../db/schema/tenant";
import type { Actor, ApiKeyScope } from "./context";
import type { Db } from "./db";
import { sha256Hex } from "./ids";
import { scoped, tenantRef } from "./scope";
import { type SessionCheck, tenantRefusal, tenantStateColumns } from "./session";

export const API_KEY_PREFIX = "gmk_";
const KEY_SHAPE = /^gmk_(.{1,64})_([A-Za-z0-9_-]{43})$/;
/** `last_used_at` is written at most this often per key. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** The key of an `Authorization: Bearer …` header, or null when the header holds none. */
export function bearerKey(header: string | undefined): { tenantId: string; key: string } | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  const shape = m ? KEY_SHAPE.exec(m[1]!) : null;
  return shape ? { tenantId: shape[1]!, key: m![1]! } : null;
}

/** A new secret key for `tenantId`: what the person copies once, and what is stored. */
export async function mintApiKey(tenantId: string, token: string) {
  const key = `${API_KEY_PREFIX}${tenantId}_${token}`;
  return {
    key,
    prefix: `${key.slice(0, API_KEY_PREFIX.length + tenantId.length + 5)}…`,
    hash: await sha256Hex(key),
  };
}

export function parseScopes(text: string): ApiKeyScope[] {
  return text.split(" ").filter((s): s is ApiKeyScope => s === "read" || s === "write");
}

/** One query: the key, its unit's path and the tenant's own status row. */
export async function checkApiKey(
  db: Db,
  tenantId: string,
  key: string,
  now: number,
): Promise<SessionCheck & { keyId?: string }> {
  const hash = await sha256Hex(key);
  const row = (
    await db
      .select({
        k: apiKeys,
        unitPath: units.path,
        ...tenantStateColumns,
      })
      .from(apiKeys)
      .innerJoin(tenantState, eq(tenantState.tenantId, apiKeys.tenantId))
      .leftJoin(units, and(eq(units.id, apiKeys.unitId), eq(units.tenantId, apiKeys.tenantId)))
      .where(scoped(tenantRef(tenantId), apiKeys.tenantId, eq(apiKeys.keyHash, hash)))
      .limit(1)
  )[0];
  if (!row) return { kind: "none" };
  const refused = tenantRefusal(row);
  if (refused) return refused;
  const k = row.k;
  const actor = keyActor(k, row.unitPath, now);
  if (!actor) return { kind: "none" };
  return {
    kind: "ok",
    actor,
    touch: k.lastUsedAt === null || now - k.lastUsedAt > TOUCH_AFTER_MS,
    readOnly: row.readOnly === 1,
  };
}

/** The principal of a key (null once revoked or expired); `unitPath` is the path of its unit. */
export function keyActor(k: typeof apiKeys.$inferSelect, unitPath: string | null, now: number): Actor | null {
  if (k.revokedAt !== null || (k.expiresAt !== null && now >= k.expiresAt)) return null;
  return {
    accountId: k.id,
    login: k.prefix,
    displayName: `Khóa API «${k.name}»`,
    role: k.unitId ? "secretary" : "admin",
    unitId: k.unitId,
    unitPath: k.unitId ? unitPath : null,
    memberId: null,
    sessionId: `key:${k.id}`,
    apiKey: { id: k.id, scopes: parseScopes(k.scopes) },
  };
}

/** The key `id` of the tenant as a principal today (null when unknown, revoked or expired): one query. */
export async function apiKeyActor(db: Db, tenantId: string, id: string, now: number): Promise<Actor | null> {
  const row = (
    await db
      .select({ k: apiKeys, unitPath: units.path })
      .from(apiKeys)
      .leftJoin(units, and(eq(units.id, apiKeys.unitId), eq(units.tenantId, apiKeys.tenantId)))
      .where(scoped(tenantRef(tenantId), apiKeys.tenantId, eq(apiKeys.id, id)))
      .limit(1)
  )[0];
  return row ? keyActor(row.k, row.unitPath, now) : null;
}

export function touchApiKey(db: Db, tenantId: string, id: string, now: number) {
  return db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(scoped(tenantRef(tenantId), apiKeys.tenantId, eq(apiKeys.id, id)));
}
