/** The tenant_jobs rows of the control plane: read, insert, save progress, lease. */
import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { tenantJobs } from "../../db/schema/control";
import type { OpCtx } from "../../platform/control-plane";
import type { Db } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { inTenant, tenantRef } from "../../platform/scope";
import { ACTIVE, type Job, type JobKind, type JobStatus } from "./lifecycle.rules";

type JobRow = typeof tenantJobs.$inferSelect;

export function toJob(r: JobRow): Job {
  return {
    id: r.id,
    tenantId: r.tenantId,
    kind: r.kind as JobKind,
    status: r.status as JobStatus,
    params: JSON.parse(r.paramsJson),
    cursor: JSON.parse(r.cursorJson),
    result: r.resultJson ? JSON.parse(r.resultJson) : null,
    done: r.doneUnits,
    total: r.totalUnits,
    error: r.error,
    runAfter: r.runAfter,
    leaseUntil: r.leaseUntil,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    finishedAt: r.finishedAt,
  };
}

export function jobQuery(control: Db, id: string) {
  return control.select().from(tenantJobs).where(eq(tenantJobs.id, id)).limit(1);
}

export async function getJob(control: Db, id: string): Promise<Job | null> {
  const row = (await jobQuery(control, id))[0];
  return row ? toJob(row) : null;
}

/** The unfinished job of a kind for a tenant, if any. */
export function activeJobQuery(control: Db, tenantId: string, kinds: JobKind[]) {
  return control
    .select()
    .from(tenantJobs)
    .where(
      and(
        inTenant(tenantRef(tenantId), tenantJobs.tenantId),
        inArray(tenantJobs.kind, kinds),
        inArray(tenantJobs.status, ACTIVE),
      ),
    )
    .orderBy(desc(tenantJobs.createdAt))
    .limit(1);
}

export function recentJobsQuery(control: Db, tenantId: string, kinds: JobKind[], limit = 10) {
  return control
    .select()
    .from(tenantJobs)
    .where(and(inTenant(tenantRef(tenantId), tenantJobs.tenantId), inArray(tenantJobs.kind, kinds)))
    .orderBy(desc(tenantJobs.createdAt))
    .limit(limit);
}

export function insertJob(control: Db, j: Job) {
  return control.insert(tenantJobs).values({
    id: j.id,
    tenantId: j.tenantId,
    kind: j.kind,
    status: j.status,
    paramsJson: JSON.stringify(j.params),
    cursorJson: JSON.stringify(j.cursor),
    runAfter: j.runAfter,
    createdBy: j.createdBy,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
  });
}

/** Persists a job's progress (the runner's lease is kept). */
export function saveJob(control: Db, j: Job, now: number) {
  const finished = j.status === "done" || j.status === "failed" || j.status === "cancelled";
  return control
    .update(tenantJobs)
    .set({
      status: j.status,
      cursorJson: JSON.stringify(j.cursor),
      resultJson: j.result ? JSON.stringify(j.result) : null,
      doneUnits: j.done,
      totalUnits: j.total,
      error: j.error,
      updatedAt: now,
      finishedAt: finished ? (j.finishedAt ?? now) : null,
      ...(finished ? { leaseUntil: null } : {}),
    })
    .where(eq(tenantJobs.id, j.id));
}

/** Takes the job's lease when nobody holds it: one runner at a time, a crashed one expires. */
export async function claimJob(control: Db, id: string, now: number, leaseMs: number): Promise<boolean> {
  const res = await control
    .update(tenantJobs)
    .set({
      leaseUntil: now + leaseMs,
      status: sql`CASE WHEN ${tenantJobs.status} = 'pending' THEN 'running' ELSE ${tenantJobs.status} END`,
    })
    .where(
      and(
        eq(tenantJobs.id, id),
        inArray(tenantJobs.status, ACTIVE),
        or(isNull(tenantJobs.leaseUntil), lt(tenantJobs.leaseUntil, now)),
      ),
    )
    .run();
  return (res.meta.changes ?? 0) > 0;
}

export function releaseJob(control: Db, id: string) {
  return control.update(tenantJobs).set({ leaseUntil: null }).where(eq(tenantJobs.id, id)).run();
}

/** One job of a tenant, or 404 (another tenant's job reads like a missing one). */
export async function getTenantJob(o: OpCtx, tenantId: string, jobId: string): Promise<Job> {
  const row = (
    await o.control
      .select()
      .from(tenantJobs)
      .where(and(eq(tenantJobs.id, jobId), inTenant(tenantRef(tenantId), tenantJobs.tenantId)))
      .limit(1)
  )[0];
  if (!row) throw notFound("Không tìm thấy tác vụ.");
  return toJob(row);
}
