/** The operator console's verbs on the tenant registry: list, inspect, verify, suspend, reactivate, move. */
import type { OpCtx } from "../../platform/control-plane";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { operatorAudit, tenantStats, tenants } from "../../db/schema/control";
import { notFound } from "../../platform/errors";
import { inTenant, tenantRef } from "../../platform/scope";
import { dataBindings } from "../../platform/tenancy";
import { type Job, recentJobsQuery, toJob } from "../lifecycle";

export const TENANT_STATUSES = ["unverified", "active", "suspended", "deleting", "deleted"] as const;
export type TenantStatusFilter = (typeof TENANT_STATUSES)[number];
export const PAGE_SIZE = 50;

type TenantRow = typeof tenants.$inferSelect;
type StatsRow = typeof tenantStats.$inferSelect;

export interface TenantListItem {
  id: string;
  slug: string;
  name: string;
  kind: string;
  province: string;
  status: string;
  binding: string;
  readOnly: boolean;
  memberCap: number | null;
  createdAt: number;
  verifiedAt: number | null;
  members: number | null;
  rows: number | null;
  bytes: number | null;
  lastActiveAt: number | null;
  statsAt: number | null;
}

export function tenantItem(t: TenantRow, s: StatsRow | null): TenantListItem {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    kind: t.kind,
    province: t.province,
    status: t.status,
    binding: t.dbBinding,
    readOnly: t.readOnly === 1,
    memberCap: t.memberCap,
    createdAt: t.createdAt,
    verifiedAt: t.verifiedAt,
    members: s?.members ?? null,
    rows: s?.rows ?? null,
    bytes: s?.bytes ?? null,
    lastActiveAt: s?.lastActiveAt ?? t.lastActiveAt ?? null,
    statsAt: s?.computedAt ?? null,
  };
}

export async function listTenants(
  o: OpCtx,
  f: { status?: TenantStatusFilter; q?: string; page?: number },
): Promise<{ items: TenantListItem[]; page: number; more: boolean }> {
  const page = Math.max(1, f.page ?? 1);
  const rows = await o.control
    .select({ t: tenants, s: tenantStats })
    .from(tenants)
    .leftJoin(tenantStats, eq(tenants.id, tenantStats.tenantId))
    .where(
      and(
        f.status ? eq(tenants.status, f.status) : sql`${tenants.status} <> 'deleted'`,
        f.q ? sql`(instr(${tenants.slug}, ${f.q}) > 0 OR instr(${tenants.name}, ${f.q}) > 0)` : undefined,
      ),
    )
    .orderBy(desc(tenants.createdAt))
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE);
  return {
    items: rows.slice(0, PAGE_SIZE).map((r) => tenantItem(r.t, r.s)),
    page,
    more: rows.length > PAGE_SIZE,
  };
}

export interface AuditItem {
  id: string;
  at: number;
  actorLabel: string;
  action: string;
  tenantId: string | null;
  tenantSlug: string | null;
  detail: unknown;
}

const toAudit = (r: typeof operatorAudit.$inferSelect): AuditItem => ({
  id: r.id,
  at: r.at,
  actorLabel: r.actorLabel,
  action: r.action,
  tenantId: r.tenantId,
  tenantSlug: r.tenantSlug,
  detail: r.detailJson ? JSON.parse(r.detailJson) : null,
});

export interface TenantDetail {
  tenant: TenantListItem & { contactName: string; contactPhone: string; version: number };
  tables: Record<string, number>;
  jobs: Job[];
  audit: AuditItem[];
  bindings: string[];
}

/** Registry row, statistics, recent jobs and the tenant's change log: one control round trip. */
export async function tenantDetail(o: OpCtx, id: string): Promise<TenantDetail> {
  const [rows, jobs, audit] = await o.control.batch([
    o.control
      .select({ t: tenants, s: tenantStats })
      .from(tenants)
      .leftJoin(tenantStats, eq(tenants.id, tenantStats.tenantId))
      .where(eq(tenants.id, id))
      .limit(1),
    recentJobsQuery(o.control, id, ["move", "export", "delete"], 20),
    o.control
      .select()
      .from(operatorAudit)
      .where(inTenant(tenantRef(id), operatorAudit.tenantId))
      .orderBy(desc(operatorAudit.at))
      .limit(50),
  ]);
  const r = rows[0];
  if (!r) throw notFound("Không tìm thấy đơn vị.");
  return {
    tenant: {
      ...tenantItem(r.t, r.s),
      contactName: r.t.contactName,
      contactPhone: r.t.contactPhone,
      version: r.t.version,
    },
    tables: r.s ? JSON.parse(r.s.tablesJson) : {},
    jobs: jobs.map(toJob),
    audit: audit.map(toAudit),
    bindings: dataBindings(o.env),
  };
}

export async function listAudit(
  o: OpCtx,
  before?: number,
): Promise<{ items: AuditItem[]; next: number | null }> {
  const rows = await o.control
    .select()
    .from(operatorAudit)
    .where(before ? lt(operatorAudit.at, before) : undefined)
    .orderBy(desc(operatorAudit.at))
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE).map(toAudit);
  return { items, next: rows.length > PAGE_SIZE ? (items[items.length - 1]?.at ?? null) : null };
}

/** A tenant id from its slug (the CLI names tenants by slug). */
export async function tenantIdBySlug(o: OpCtx, slug: string): Promise<string> {
  const row = (
    await o.control.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug)).limit(1)
  )[0];
  if (!row) throw notFound("Không tìm thấy đơn vị.");
  return row.id;
}
