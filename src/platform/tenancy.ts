import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { tenants } from "../db/schema/control";
import type { Bindings } from "../env";
import type { TenantInfo, TenantStatus } from "./context";
import { type Db, makeDb } from "./db";
import type { Meter } from "./meter";

const DATA_BINDING = /^DB_(POOL|DEDICATED)_\d+$/;
const CACHE_TTL_MS = 30_000;

type Entry = { tenant: TenantInfo; at: number };
const bySlug = new Map<string, Entry>();
const byId = new Map<string, Entry>();

/** Names of the tenant-data bindings this Worker has (DB_POOL_n, DB_DEDICATED_n). */
export function dataBindings(env: Bindings): string[] {
  return Object.keys(env)
    .filter((k) => DATA_BINDING.test(k))
    .sort();
}

/** The D1 binding for a data-database name; throws for anything that is not one. */
export function dataBinding(env: Bindings, name: string): D1Database {
  if (!DATA_BINDING.test(name)) throw new Error(`not a tenant-data binding: ${name}`);
  const db = (env as unknown as Record<string, D1Database | undefined>)[name];
  if (!db) throw new Error(`binding not configured: ${name}`);
  return db;
}

export function controlDb(env: Bindings, meter: Meter): Db {
  return makeDb(env.DB_CONTROL, meter);
}

export function tenantDb(env: Bindings, tenant: TenantInfo, meter: Meter): Db {
  return makeDb(dataBinding(env, tenant.binding), meter);
}

type TenantRow = typeof tenants.$inferSelect;

export function toTenantInfo(row: TenantRow): TenantInfo {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status as TenantStatus,
    binding: row.dbBinding,
    readOnly: row.readOnly === 1,
    memberCap: row.memberCap,
  };
}

function remember(t: TenantInfo, now: number) {
  const e = { tenant: t, at: now };
  bySlug.set(t.slug, e);
  byId.set(t.id, e);
}

/** Drops cached registry entries (after a move, a status change, or in tests). */
export function forgetTenant(t?: { id: string; slug: string }): void {
  if (!t) {
    bySlug.clear();
    byId.clear();
    return;
  }
  bySlug.delete(t.slug);
  byId.delete(t.id);
}

/**
 * Registry lookup with a short isolate cache. Status changes that must bite on the next
 * request are also checked against tenant_state inside the tenant's own database.
 */
export async function findTenant(
  env: Bindings,
  meter: Meter,
  key: { slug: string } | { id: string },
): Promise<TenantInfo | null> {
  const now = Date.now();
  const hit = "slug" in key ? bySlug.get(key.slug) : byId.get(key.id);
  if (hit && now - hit.at < CACHE_TTL_MS) return hit.tenant;
  const db = controlDb(env, meter);
  const where = "slug" in key ? eq(tenants.slug, key.slug) : eq(tenants.id, key.id);
  const row = (await db.select().from(tenants).where(where).limit(1))[0];
  if (!row || row.status === "deleted") return null;
  const t = toTenantInfo(row);
  remember(t, now);
  return t;
}

/** Unmetered control-plane handle for scripts and scheduled jobs. */
export function rawControlDb(env: Bindings) {
  return drizzle(env.DB_CONTROL);
}
