import { dataDb, type OpCtx } from "../../platform/control-plane";
import { eq, sql } from "drizzle-orm";
import { tenantStats, tenants } from "../../db/schema/control";
import { dataBindings } from "../../platform/tenancy";

import { q, tenantTables } from "../lifecycle";

interface Acc {
  rows: number;
  bytes: number;
  members: number;
  tables: Record<string, number>;
  lastActiveAt: number | null;
}

/**
 * Rows, approximate bytes (the stored length of every value) and last activity per tenant:
 * one batch per data database with GROUP BY tenant_id over each table, then one upsert batch.
 * Run by the console's "refresh" and the daily cron; the tenant list only reads the result.
 */
export async function refreshStats(o: OpCtx, onlyTenant?: string): Promise<number> {
  const registry = await o.control
    .select({ id: tenants.id, binding: tenants.dbBinding, status: tenants.status })
    .from(tenants)
    .where(onlyTenant ? eq(tenants.id, onlyTenant) : sql`${tenants.status} <> 'deleted'`);
  let written = 0;
  for (const binding of dataBindings(o.env)) {
    const here = registry.filter((t) => t.binding === binding && t.status !== "deleted");
    if (!here.length) continue;
    const acc = await measure(o, binding, onlyTenant);
    const upserts = here.map((t) => {
      const a = acc.get(t.id) ?? { rows: 0, bytes: 0, members: 0, tables: {}, lastActiveAt: null };
      const values = {
        members: a.members,
        rows: a.rows,
        bytes: a.bytes,
        tablesJson: JSON.stringify(a.tables),
        lastActiveAt: a.lastActiveAt,
        computedAt: o.now,
      };
      return o.control
        .insert(tenantStats)
        .values({ tenantId: t.id, ...values })
        .onConflictDoUpdate({ target: tenantStats.tenantId, set: values });
    });
    for (let i = 0; i < upserts.length; i += 50) {
      const part = upserts.slice(i, i + 50);
      await o.control.batch(part as [(typeof part)[0], ...typeof part]);
    }
    written += here.length;
  }
  return written;
}

async function measure(o: OpCtx, binding: string, onlyTenant?: string): Promise<Map<string, Acc>> {
  const db = dataDb(o, binding);
  const { tables } = await tenantTables(db);
  const where = onlyTenant ? "WHERE tenant_id = ?" : "";
  const bind = (s: D1PreparedStatement) => (onlyTenant ? s.bind(onlyTenant) : s);
  const stmts = tables.map((t) => {
    const len = t.columns.map((c) => `coalesce(length(CAST(${q(c)} AS BLOB)), 0)`).join(" + ");
    return bind(
      db.prepare(
        `SELECT tenant_id AS id, count(*) AS n, sum(${len}) AS b FROM ${q(t.name)} ${where} GROUP BY tenant_id`,
      ),
    );
  });
  const names = new Set(tables.map((t) => t.name));
  const activity = [
    names.has("sessions")
      ? `SELECT tenant_id AS id, max(last_seen_at) AS at FROM sessions ${where} GROUP BY tenant_id`
      : null,
    names.has("audit_log")
      ? `SELECT tenant_id AS id, max(at) AS at FROM audit_log ${where} GROUP BY tenant_id`
      : null,
  ].filter((x): x is string => x !== null);
  const all = [...stmts, ...activity.map((s) => bind(db.prepare(s)))];
  const out = new Map<string, Acc>();
  if (!all.length) return out;
  const res = await db.batch<{ id: string; n?: number; b?: number; at?: number }>(all);
  const get = (id: string) => {
    const a = out.get(id) ?? { rows: 0, bytes: 0, members: 0, tables: {}, lastActiveAt: null };
    out.set(id, a);
    return a;
  };
  tables.forEach((t, i) => {
    for (const r of res[i]!.results) {
      const a = get(r.id);
      const n = Number(r.n ?? 0);
      a.rows += n;
      a.bytes += Number(r.b ?? 0);
      a.tables[t.name] = n;
      if (t.name === "members") a.members = n;
    }
  });
  for (const r of res.slice(tables.length).flatMap((x) => x.results)) {
    const a = get(r.id);
    a.lastActiveAt = Math.max(a.lastActiveAt ?? 0, Number(r.at ?? 0)) || null;
  }
  return out;
}
