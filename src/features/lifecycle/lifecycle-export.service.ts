/**
 * Per-tenant export: every tenant table as JSON and CSV in one zip. A background job reads
 * each table in chunks into R2 parts (progress = rows read / rows counted), then packs the
 * parts into the zip in one streaming pass. Secrets (sessions, setup links, password and key
 * hashes) are left out.
 */
import { ACTIVE, newJob, type Job } from "./lifecycle.rules";
import { dataDb, opCtx, type OpCtx } from "../../platform/control-plane";
import { and, eq, inArray } from "drizzle-orm";
import { tenantJobs, tenants } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, notFound } from "../../platform/errors";
import type { Meter } from "../../platform/meter";
import { scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { purgeFiles } from "./lifecycle-deletion.service";
import { listFilesStep } from "./lifecycle-files.service";
import { activeJobQuery, insertJob, recentJobsQuery, toJob } from "./lifecycle.queries";
import type { StepOut } from "./lifecycle-move.service";
import { countRows, plain, readChunk, tenantTables } from "./lifecycle-tables.queries";
import {
  EXPORT_TTL_MS,
  type ExportCursor,
  SECRET_TABLES,
  exportPrefix,
  pack,
} from "./lifecycle-archive.service";

export { EXPORT_TTL_MS } from "./lifecycle-archive.service";

const CHUNK = 1000;
const SECRET_COLUMN = /(^|_)(hash|token|secret)$/;

export interface ExportView {
  id: string;
  status: Job["status"];
  done: number;
  total: number;
  createdAt: number;
  finishedAt: number | null;
  bytes: number | null;
  expiresAt: number | null;
  fileName: string | null;
  error: string | null;
}

function view(j: Job): ExportView {
  const r = (j.result ?? {}) as { bytes?: number; expiresAt?: number; fileName?: string; purged?: boolean };
  return {
    id: j.id,
    status: j.status,
    done: j.done,
    total: j.total,
    createdAt: j.createdAt,
    finishedAt: j.finishedAt,
    bytes: r.bytes ?? null,
    expiresAt: r.purged ? null : (r.expiresAt ?? null),
    fileName: r.purged ? null : (r.fileName ?? null),
    error: j.error,
  };
}

const prefix = exportPrefix;

/** Starts an export for the admin's tenant, or returns the one already running. */
export async function requestExport(env: Bindings, meter: Meter, ctx: Ctx): Promise<ExportView> {
  requireRole(ctx, "admin");
  const o = opCtx(env, meter, ctx.requestId, null);
  const running = (await activeJobQuery(o.control, ctx.tenant.id, ["export"]))[0];
  if (running) return view(toJob(running));
  const job = newJob({
    tenantId: ctx.tenant.id,
    kind: "export",
    params: { slug: ctx.tenant.slug, by: ctx.actor.accountId, byLabel: ctx.actor.displayName },
    createdBy: ctx.actor.accountId,
    runAfter: ctx.now,
    now: ctx.now,
  });
  try {
    await insertJob(o.control, job);
  } catch (e) {
    // A request that raced this one made the tenant's export first (one running export per tenant,
    // by a unique index): join it.
    const first = (await activeJobQuery(o.control, ctx.tenant.id, ["export"]))[0];
    if (first) return view(toJob(first));
    throw e;
  }
  // Handing out every row is worth a line in the tenant's own audit log (not while read-only).
  if (!ctx.tenant.readOnly)
    await writeBatch(ctx.db, [
      auditInsert(ctx, { action: "export.request", entityType: "export", entityId: job.id }),
    ]);
  return view(job);
}

export async function listExports(env: Bindings, meter: Meter, ctx: Ctx): Promise<ExportView[]> {
  requireRole(ctx, "admin");
  const o = opCtx(env, meter, ctx.requestId, null);
  const rows = await recentJobsQuery(o.control, ctx.tenant.id, ["export"], 10);
  return rows.map((r) => view(toJob(r)));
}

/** One export of this tenant, or 404 (another tenant's id reads exactly like a missing one). */
export async function getExport(env: Bindings, meter: Meter, ctx: Ctx, id: string): Promise<ExportView> {
  requireRole(ctx, "admin");
  const o = opCtx(env, meter, ctx.requestId, null);
  const row = (
    await o.control
      .select()
      .from(tenantJobs)
      .where(scoped(ctx, tenantJobs.tenantId, eq(tenantJobs.id, id), eq(tenantJobs.kind, "export")))
      .limit(1)
  )[0];
  if (!row) throw notFound("Không tìm thấy bản xuất dữ liệu.");
  return view(toJob(row));
}

/** The finished zip as a stream. */
export async function openExport(env: Bindings, meter: Meter, ctx: Ctx, id: string) {
  const v = await getExport(env, meter, ctx, id);
  if (v.status !== "done" || !v.fileName) throw conflict("Bản xuất chưa sẵn sàng hoặc đã hết hạn.");
  const obj = await env.FILES.get(`${prefix(ctx.tenant.id, id)}${v.fileName}`);
  if (!obj) throw conflict("Bản xuất đã hết hạn.");
  if (!ctx.tenant.readOnly)
    await writeBatch(ctx.db, [
      auditInsert(ctx, { action: "export.download", entityType: "export", entityId: id }),
    ]);
  // The download is named without its extension (download() adds ".zip").
  return { body: obj.body, size: obj.size, kind: "zip", name: v.fileName.replace(/\.zip$/, "") } as const;
}

/** One step of an export job. */
export async function exportStep(o: OpCtx, job: Job): Promise<StepOut> {
  const c = job.cursor as ExportCursor;
  const tenant = (await o.control.select().from(tenants).where(eq(tenants.id, job.tenantId)).limit(1))[0];
  if (!tenant || tenant.status === "deleted") return { job: { ...job, status: "cancelled" } };
  // A move in between invalidates the rowid cursor: start over on the new database.
  if (!c.phase || c.binding !== tenant.dbBinding) return { job: await start(o, job, tenant.dbBinding) };
  if (c.phase === "extract") return { job: await extract(o, job, c) };
  if (c.phase === "files") return { job: await listFilesStep(o, job, c, prefix(job.tenantId, job.id)) };
  return { job: await pack(o, job, c, tenant) };
}

async function start(o: OpCtx, job: Job, binding: string): Promise<Job> {
  await purgeFiles(o, prefix(job.tenantId, job.id));
  const db = dataDb(o, binding);
  const { tables } = await tenantTables(db);
  const dropped: string[] = [];
  const kept = tables
    .filter((t) => !SECRET_TABLES.has(t.name))
    .map((t) => {
      for (const col of t.columns.filter((x) => SECRET_COLUMN.test(x))) dropped.push(`${t.name}.${col}`);
      return { ...t, columns: t.columns.filter((x) => !SECRET_COLUMN.test(x)) };
    });
  const counts = await countRows(db, kept, job.tenantId);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const cursor: ExportCursor = {
    phase: "extract",
    binding,
    tables: kept,
    dropped,
    counts,
    t: 0,
    after: 0,
    part: 0,
    parts: [],
  };
  return { ...job, cursor: cursor as Record<string, unknown>, done: 0, total, error: null };
}

async function extract(o: OpCtx, job: Job, c: ExportCursor): Promise<Job> {
  const t = c.t ?? 0;
  const table = c.tables![t];
  if (!table) return { ...job, cursor: { ...c, phase: "files" } };
  const { rows, lastRowid } = await readChunk(
    dataDb(o, c.binding!),
    table,
    job.tenantId,
    c.after ?? 0,
    CHUNK,
  );
  const parts = [...(c.parts ?? [])];
  if (rows.length) {
    await o.env.FILES.put(
      `${prefix(job.tenantId, job.id)}parts/${t}-${c.part}.json`,
      JSON.stringify(rows.map((r) => r.map(plain))),
    );
    parts[t] = (c.part ?? 0) + 1;
  }
  const done = job.done + rows.length;
  const next: ExportCursor =
    rows.length === CHUNK
      ? { ...c, after: lastRowid, part: (c.part ?? 0) + 1, parts }
      : { ...c, t: t + 1, after: 0, part: 0, parts };
  return { ...job, done, cursor: next as Record<string, unknown> };
}

/** Deletes finished exports past their expiry (daily cron). */
export async function purgeExpiredExports(o: OpCtx): Promise<number> {
  const rows = await o.control
    .select()
    .from(tenantJobs)
    .where(and(eq(tenantJobs.kind, "export"), inArray(tenantJobs.status, ["done", ...ACTIVE])))
    .limit(500);
  let purged = 0;
  for (const j of rows.map(toJob)) {
    const r = (j.result ?? {}) as { expiresAt?: number; purged?: boolean };
    const stale = ACTIVE.includes(j.status) && j.createdAt < o.now - EXPORT_TTL_MS;
    if ((!r.expiresAt || r.expiresAt > o.now || r.purged) && !stale) continue;
    await purgeFiles(o, prefix(j.tenantId, j.id));
    await o.control
      .update(tenantJobs)
      .set({
        resultJson: JSON.stringify({ ...r, purged: true }),
        status: stale ? "failed" : j.status,
        updatedAt: o.now,
      })
      .where(eq(tenantJobs.id, j.id));
    purged++;
  }
  return purged;
}
