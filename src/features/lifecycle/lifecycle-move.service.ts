/**
 * Moving a tenant between data databases, as a resumable job. Phases:
 * prepare (read-only on) → clear (leftovers in the target) → copy (chunks, rowid cursor) →
 * verify (count + checksum per table; a mismatch re-copies that table) → switch (registry,
 * one batch) → mark (moved_to on the source) → cleanup (after the registry caches drained,
 * delete the source rows). Any failure before the switch aborts: target rows are cleared and
 * the tenant is writable again on its old database. Every step is idempotent.
 */
import { type Job, newJob } from "./lifecycle.rules";
import { dataDb, type OpCtx, auditOp, setTenantState } from "../../platform/control-plane";
import { and, eq } from "drizzle-orm";
import { tenants } from "../../db/schema/control";
import { guardChanged, writeBatch } from "../../platform/batch";
import { conflict, invalid, notFound } from "../../platform/errors";
import { dataBindings, forgetTenant } from "../../platform/tenancy";
import { activeJobQuery, insertJob, saveJob, toJob } from "./lifecycle.queries";
import { copy, several, verify } from "./lifecycle-copy.service";
import {
  type Cursor,
  DELETE_CHUNK,
  type MoveParams,
  type StepOut,
  at,
  childrenFirst,
} from "./lifecycle-move.rules";
import { countRows, deleteChunks, tenantTables } from "./lifecycle-tables.queries";

export type { MoveParams, StepOut } from "./lifecycle-move.rules";

async function setSourceReadOnly(o: OpCtx, job: Job, p: MoveParams, readOnly: boolean) {
  await o.control.batch([
    o.control
      .update(tenants)
      .set({ readOnly: readOnly ? 1 : 0, updatedAt: o.now })
      .where(and(eq(tenants.id, job.tenantId), eq(tenants.dbBinding, p.from))),
    auditOp(
      o,
      readOnly ? "tenant.read_only" : "tenant.writable",
      { id: job.tenantId, slug: p.slug },
      { binding: p.from, job: job.id },
    ),
  ]);
  await setTenantState(o, p.from, job.tenantId, { read_only: readOnly ? 1 : 0 });
  forgetTenant({ id: job.tenantId, slug: p.slug });
}

async function prepare(o: OpCtx, job: Job, p: MoveParams): Promise<StepOut> {
  const row = (await o.control.select().from(tenants).where(eq(tenants.id, job.tenantId)).limit(1))[0];
  if (!row || row.status === "deleted" || row.status === "deleting")
    return { job: { ...job, status: "failed", error: "Đơn vị không còn trên hệ thống." } };
  if (row.dbBinding !== p.from)
    return { job: { ...job, status: "failed", error: `Đơn vị không còn ở ${p.from}.` } };
  const [src, dst] = [dataDb(o, p.from), dataDb(o, p.to)];
  const [s, d] = await Promise.all([tenantTables(src), tenantTables(dst)]);
  const missing = s.tables.flatMap((t) => {
    const other = d.tables.find((x) => x.name === t.name);
    if (!other) return [t.name];
    return t.columns.filter((c) => !other.columns.includes(c)).map((c) => `${t.name}.${c}`);
  });
  if (missing.length)
    return {
      job: {
        ...job,
        status: "failed",
        error: `Cơ sở dữ liệu đích chưa có đủ bảng/cột (chưa chạy migrations?): ${missing.join(", ")}`,
      },
    };
  const counts = await countRows(src, s.tables, job.tenantId);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  await setSourceReadOnly(o, job, p, true);
  return {
    job: at(
      job,
      { phase: "clear", tables: s.tables, t: 0, after: 0, retries: {}, checked: {} },
      {
        total,
        done: 0,
        result: { skippedTables: s.skipped },
      },
    ),
  };
}

/** Deletes leftovers of this tenant in the target (all tables, or only tables[t] when single). */
async function clear(o: OpCtx, job: Job, p: MoveParams, c: Cursor): Promise<StepOut> {
  const start = c.single ? [c.tables[c.t]!.name] : childrenFirst(c.tables).map((t) => t.name);
  const { pending } = await deleteChunks(dataDb(o, p.to), c.pending ?? start, job.tenantId, DELETE_CHUNK);
  if (pending.length) return { job: at(job, { pending }) };
  return { job: at(job, { phase: "copy", after: 0, t: c.single ? c.t : 0, pending: undefined }) };
}

const moveAudit = (o: OpCtx, action: string, job: Job, p: MoveParams) =>
  auditOp(
    o,
    action,
    { id: job.tenantId, slug: p.slug },
    { from: p.from, to: p.to, job: job.id, rows: job.total },
  );

async function switchRegistry(o: OpCtx, job: Job, p: MoveParams): Promise<StepOut> {
  await setTenantState(o, p.to, job.tenantId, { read_only: 0, moved_to: null });
  const next = at(job, { phase: "mark", switchedAt: o.now });
  try {
    await o.control.batch([
      o.control
        .update(tenants)
        .set({ dbBinding: p.to, readOnly: 0, updatedAt: o.now })
        .where(and(eq(tenants.id, job.tenantId), eq(tenants.dbBinding, p.from))),
      guardChanged(o.control),
      moveAudit(o, "tenant.move.switch", job, p),
      saveJob(o.control, next, o.now),
    ]);
  } catch {
    return {
      job: at(job, {
        phase: "abort",
        after: 0,
        pending: undefined,
        reason: "Sổ đăng ký vừa bị thay đổi trong lúc chuyển.",
      }),
    };
  }
  forgetTenant({ id: job.tenantId, slug: p.slug });
  return { job: next, saved: true };
}

async function mark(o: OpCtx, job: Job, p: MoveParams): Promise<StepOut> {
  await setTenantState(o, p.from, job.tenantId, { moved_to: p.to });
  return { job: at(job, { phase: "cleanup", after: 0, pending: undefined }, { done: 0 }) };
}

/** Deletes the source rows once caches have drained; tenant_state goes last. */
async function cleanup(o: OpCtx, job: Job, p: MoveParams, c: Cursor): Promise<StepOut> {
  const notBefore = (c.switchedAt ?? 0) + p.drainMs;
  if (o.now < notBefore) return { job, waitUntil: notBefore };
  const names = childrenFirst(c.tables).map((t) => t.name);
  const first = names.filter((n) => n !== "tenant_state");
  const todo = c.pending ?? (c.after === 0 ? first : ["tenant_state"]);
  const { pending, deleted } = await deleteChunks(dataDb(o, p.from), todo, job.tenantId, DELETE_CHUNK);
  const done = job.done + deleted;
  if (pending.length) return { job: at(job, { pending }, { done }) };
  if (c.after === 0) return { job: at(job, { after: 1, pending: undefined }, { done }) };
  const finished: Job = { ...job, done, status: "done", result: { ...job.result, tables: c.checked } };
  await o.control.batch([moveAudit(o, "tenant.move.done", job, p), saveJob(o.control, finished, o.now)]);
  return { job: finished, saved: true };
}

/** Before the switch, a failure removes the partial copy and gives the tenant its writes back. */
async function abort(o: OpCtx, job: Job, p: MoveParams, c: Cursor): Promise<StepOut> {
  if (!c.pending) {
    // A switch whose answer was lost may still have happened: then finish the move instead.
    const row = (await o.control.select().from(tenants).where(eq(tenants.id, job.tenantId)).limit(1))[0];
    if (row?.dbBinding === p.to) return { job: at(job, { phase: "mark", switchedAt: o.now }) };
  }
  const todo = c.pending ?? childrenFirst(c.tables ?? []).map((t) => t.name);
  const { pending } = await deleteChunks(dataDb(o, p.to), todo, job.tenantId, DELETE_CHUNK);
  if (pending.length) return { job: at(job, { after: 1, pending }) };
  await setSourceReadOnly(o, job, p, false);
  return { job: { ...job, status: "failed", error: c.reason ?? "Đã dừng." } };
}

/** One step of a move job. */
export async function moveStep(o: OpCtx, job: Job): Promise<StepOut> {
  const p = job.params as unknown as MoveParams;
  const c = job.cursor as unknown as Cursor;
  switch (c.phase ?? "prepare") {
    case "prepare":
      return prepare(o, job, p);
    case "clear":
      return clear(o, job, p, c);
    case "copy":
      return several(job, (j) => copy(o, j, p, j.cursor as unknown as Cursor));
    case "verify":
      return several(job, (j) => verify(o, j, p, j.cursor as unknown as Cursor));
    case "switch":
      return switchRegistry(o, job, p);
    case "mark":
      return mark(o, job, p);
    case "cleanup":
      return cleanup(o, job, p, c);
    case "abort":
      return abort(o, job, p, c);
  }
}

/** A failure the runner could not recover from: abort when still before the switch. */
export function moveFailed(job: Job, reason: string): Job {
  const c = job.cursor as unknown as Cursor;
  const before = !c.phase || ["prepare", "clear", "copy", "verify", "switch"].includes(c.phase);
  if (!c.phase || c.phase === "prepare") return { ...job, status: "failed", error: reason };
  return before ? at(job, { phase: "abort", after: 0, pending: undefined, reason }) : job;
}

/** Registry caches in other isolates live 30 s; the source rows of a move stay a while longer. */
export const DEFAULT_DRAIN_MS = 60_000;

/** Starts a move (or returns the unfinished one to the same database). The runner does the work. */
export async function startMove(o: OpCtx, id: string, to: string, drainMs = DEFAULT_DRAIN_MS): Promise<Job> {
  if (!dataBindings(o.env).includes(to)) throw invalid({ binding: "Không có cơ sở dữ liệu này." });
  const [rows, active] = await o.control.batch([
    o.control.select().from(tenants).where(eq(tenants.id, id)).limit(1),
    activeJobQuery(o.control, id, ["move", "delete"]),
  ]);
  const t = rows[0];
  if (!t || t.status === "deleted") throw notFound("Không tìm thấy đơn vị.");
  const running = active[0] ? toJob(active[0]) : null;
  if (running?.kind === "move" && (running.params as unknown as MoveParams).to === to) return running;
  if (running?.kind === "move") throw conflict("Đơn vị đang được chuyển sang một cơ sở dữ liệu khác.");
  if (running || t.status === "deleting") throw conflict("Đơn vị đã được hẹn xóa; không chuyển được.");
  if (t.dbBinding === to) throw conflict("Đơn vị đã ở cơ sở dữ liệu này.");
  const job = newJob({
    tenantId: id,
    kind: "move",
    params: { from: t.dbBinding, to, drainMs, slug: t.slug } satisfies MoveParams,
    createdBy: o.operator?.id ?? "system",
    runAfter: o.now,
    now: o.now,
  });
  await writeBatch(o.control, [
    insertJob(o.control, job),
    auditOp(o, "tenant.move.start", t, { from: t.dbBinding, to, job: job.id }),
  ]);
  return job;
}
