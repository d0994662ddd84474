/**
 * Tenant deletion: an operator schedules it with a grace period (the tenant is closed at
 * once and can be restored until then); afterwards the daily cron deletes every row of the
 * tenant from every data database in chunks, and the registry keeps only a tombstone.
 */
import { ACTIVE, newJob, type Job } from "./lifecycle.rules";
import { dataDb, type OpCtx, auditOp, setTenantState } from "../../platform/control-plane";
import { and, eq, inArray, ne } from "drizzle-orm";
import { corsOrigins, tenantJobs, tenantStats, tenants } from "../../db/schema/control";
import { guardChanged, writeBatch } from "../../platform/batch";
import { ServiceError, conflict, invalid, notFound } from "../../platform/errors";
import { dataBindings, forgetTenant } from "../../platform/tenancy";
import { activeJobQuery, insertJob, saveJob, toJob } from "./lifecycle.queries";
import type { StepOut } from "./lifecycle-move.service";
import { deleteChunks, tenantTables } from "./lifecycle-tables.queries";

export const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 500;

interface DeleteParams {
  slug: string;
  previousStatus: string;
  graceDays: number;
}
interface DeleteCursor {
  bindings?: string[];
  b?: number;
  /** Tables of bindings[b] that may still hold rows; null until listed. */
  pending?: string[] | null;
  /** tenant_state still to delete in this database. */
  last?: boolean;
  rows?: number;
}

async function tenantRow(o: OpCtx, id: string) {
  const row = (await o.control.select().from(tenants).where(eq(tenants.id, id)).limit(1))[0];
  if (!row || row.status === "deleted") throw notFound("Không tìm thấy đơn vị.");
  return row;
}

const setDataStatus = (o: OpCtx, binding: string, tenantId: string, status: string) =>
  setTenantState(o, binding, tenantId, { status });

/** Closes the tenant now and deletes it after `graceDays` (0 = at the next daily run). */
/**
 * Closes the tenant now and deletes it after `graceDays`. `confirmSlug`: the console's confirmation, the
 * tenant's address typed by the operator (a wrong one refuses and changes nothing).
 */
export async function scheduleDeletion(
  o: OpCtx,
  tenantId: string,
  graceDays: number,
  confirmSlug?: string,
): Promise<Job> {
  const row = await tenantRow(o, tenantId);
  if (confirmSlug !== undefined && confirmSlug.trim().toLowerCase() !== row.slug)
    throw invalid({ confirmSlug: `Gõ đúng địa chỉ «${row.slug}» của đơn vị để xác nhận hẹn xóa.` });
  const [active] = await o.control.batch([activeJobQuery(o.control, tenantId, ["move", "delete"])]);
  if (active[0]?.kind === "delete") throw conflict("Đơn vị đã được hẹn xóa.");
  if (active[0]) throw conflict("Đơn vị đang được chuyển cơ sở dữ liệu; hãy chờ xong rồi hẹn xóa.");
  const job = newJob({
    tenantId,
    kind: "delete",
    params: { slug: row.slug, previousStatus: row.status, graceDays } satisfies DeleteParams,
    createdBy: o.operator?.id ?? "system",
    runAfter: o.now + graceDays * DAY_MS,
    now: o.now,
  });
  await writeBatch(o.control, [
    o.control
      .update(tenants)
      .set({ status: "deleting", version: row.version + 1, updatedAt: o.now })
      .where(and(eq(tenants.id, tenantId), eq(tenants.version, row.version))),
    guardChanged(o.control),
    insertJob(o.control, job),
    auditOp(o, "tenant.delete.schedule", row, { graceDays, runAfter: job.runAfter, before: row.status }),
  ]);
  await setDataStatus(o, row.dbBinding, tenantId, "deleting");
  forgetTenant(row);
  return job;
}

/** Restores a tenant whose deletion has not started yet. */
export async function cancelDeletion(o: OpCtx, tenantId: string): Promise<void> {
  const row = await tenantRow(o, tenantId);
  const jobRow = (await activeJobQuery(o.control, tenantId, ["delete"]))[0];
  if (!jobRow) throw conflict("Đơn vị không có lịch xóa nào để hủy.");
  const job = toJob(jobRow);
  if ((job.cursor as DeleteCursor).bindings) throw conflict("Việc xóa đã bắt đầu, không thể hủy.");
  const back = (job.params as unknown as DeleteParams).previousStatus;
  await writeBatch(o.control, [
    o.control
      .update(tenantJobs)
      .set({ status: "cancelled", finishedAt: o.now, updatedAt: o.now })
      .where(and(eq(tenantJobs.id, job.id), inArray(tenantJobs.status, ACTIVE))),
    guardChanged(o.control),
    o.control
      .update(tenants)
      .set({ status: back, version: row.version + 1, updatedAt: o.now })
      .where(eq(tenants.id, tenantId)),
    auditOp(o, "tenant.delete.cancel", row, { after: back }),
  ]);
  await setDataStatus(o, row.dbBinding, tenantId, back);
  forgetTenant(row);
}

/** One step: a chunk of every table of one database; the last step writes the tombstone. */
export async function deleteStep(o: OpCtx, job: Job): Promise<StepOut> {
  const p = job.params as unknown as DeleteParams;
  const c = job.cursor as DeleteCursor;
  if (!c.bindings)
    return { job: { ...job, cursor: { bindings: dataBindings(o.env), b: 0, pending: null, rows: 0 } } };
  const binding = c.bindings[c.b ?? 0];
  if (!binding) return finish(o, job, p, c);
  const db = dataDb(o, binding);
  if (!c.pending) {
    const names = (await tenantTables(db)).tables.map((t) => t.name).reverse();
    // Children first; tenant_state last so a half-deleted tenant still reads as "deleting".
    const pending = names.filter((n) => n !== "tenant_state");
    return { job: { ...job, cursor: { ...c, pending, last: names.includes("tenant_state") } } };
  }
  const todo = c.pending.length ? c.pending : c.last ? ["tenant_state"] : [];
  if (!todo.length)
    return { job: { ...job, cursor: { ...c, b: (c.b ?? 0) + 1, pending: null, last: false } } };
  const { pending, deleted } = await deleteChunks(db, todo, job.tenantId, CHUNK);
  const rows = (c.rows ?? 0) + deleted;
  const last = c.pending.length ? c.last : false;
  return { job: { ...job, done: rows, cursor: { ...c, rows, pending, last } } };
}

async function finish(o: OpCtx, job: Job, p: DeleteParams, c: DeleteCursor): Promise<StepOut> {
  const done: Job = { ...job, status: "done", result: { rows: c.rows ?? 0, databases: c.bindings } };
  await o.control.batch([
    // The tombstone: id and slug stay (the address is never reused); contacts go.
    o.control
      .update(tenants)
      .set({
        status: "deleted",
        contactName: "",
        contactPhone: "",
        memberCap: null,
        readOnly: 0,
        updatedAt: o.now,
      })
      .where(eq(tenants.id, job.tenantId)),
    o.control.delete(tenantStats).where(eq(tenantStats.tenantId, job.tenantId)),
    // A deleted tenant's web origins open nothing any more.
    o.control.delete(corsOrigins).where(eq(corsOrigins.tenantId, job.tenantId)),
    o.control
      .update(tenantJobs)
      .set({ status: "cancelled", finishedAt: o.now, updatedAt: o.now, leaseUntil: null })
      .where(
        and(
          eq(tenantJobs.tenantId, job.tenantId),
          inArray(tenantJobs.status, ACTIVE),
          ne(tenantJobs.id, job.id),
        ),
      ),
    auditOp(
      o,
      "tenant.delete.done",
      { id: job.tenantId, slug: p.slug },
      { rows: c.rows ?? 0, databases: c.bindings },
    ),
    saveJob(o.control, done, o.now),
  ]);
  await purgeFiles(o, `exports/${job.tenantId}/`);
  // The uploaded files (evidence of models …) go with the rows that named them.
  await purgeFiles(o, `t/${job.tenantId}/`);
  forgetTenant({ id: job.tenantId, slug: p.slug });
  return { job: done, saved: true };
}

/** Deletes every stored object under a prefix (R2 lists and deletes up to 1000 at a time). */
export async function purgeFiles(o: Pick<OpCtx, "env">, prefix: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const list = await o.env.FILES.list({ prefix, limit: 1000 });
    if (!list.objects.length) return;
    await o.env.FILES.delete(list.objects.map((x) => x.key));
    if (!list.truncated) return;
  }
  throw new ServiceError("internal", "Quá nhiều tệp cần xóa.");
}
