import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { operatorAudit, tenantJobs } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { type Db, makeDb } from "../../platform/db";
import { newId } from "../../platform/ids";
import { type Meter, meteredD1 } from "../../platform/meter";
import { dataBinding } from "../../platform/tenancy";

export type JobKind = "move" | "export" | "delete";
export type JobStatus = "pending" | "running" | "done" | "failed" | "cancelled";
export const ACTIVE: JobStatus[] = ["pending", "running"];

export interface Job {
  id: string;
  tenantId: string;
  kind: JobKind;
  status: JobStatus;
  params: Record<string, unknown>;
  cursor: Record<string, unknown>;
  result: Record<string, unknown> | null;
  done: number;
  total: number;
  error: string | null;
  runAfter: number;
  leaseUntil: number | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

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
        eq(tenantJobs.tenantId, tenantId),
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
    .where(and(eq(tenantJobs.tenantId, tenantId), inArray(tenantJobs.kind, kinds)))
    .orderBy(desc(tenantJobs.createdAt))
    .limit(limit);
}

export function newJob(
  input: Pick<Job, "tenantId" | "kind" | "params" | "createdBy"> & { runAfter: number; now: number },
): Job {
  return {
    id: newId(),
    tenantId: input.tenantId,
    kind: input.kind,
    status: "pending",
    params: input.params,
    cursor: {},
    result: null,
    done: 0,
    total: 0,
    error: null,
    runAfter: input.runAfter,
    leaseUntil: null,
    createdBy: input.createdBy,
    createdAt: input.now,
    updatedAt: input.now,
    finishedAt: null,
  };
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

export interface AuditEntry {
  operatorId: string | null;
  label: string;
  action: string;
  tenant?: { id: string; slug: string } | null;
  detail?: unknown;
  requestId: string;
  now: number;
}

/** The operator_audit insert: put it in the same control batch as the change it records. */
export function opAudit(control: Db, e: AuditEntry) {
  return control.insert(operatorAudit).values({
    id: newId(),
    at: e.now,
    requestId: e.requestId,
    operatorId: e.operatorId,
    actorLabel: e.label,
    action: e.action,
    tenantId: e.tenant?.id ?? null,
    tenantSlug: e.tenant?.slug ?? null,
    detailJson: e.detail === undefined ? null : JSON.stringify(e.detail),
  });
}

/** Who a job acts as in the audit: the operator who started it, or the platform itself. */
export const SYSTEM_LABEL = "Hệ thống (tác vụ nền)";

/** What every control-plane verb receives: bindings, the metered control db, and who acts. */
export interface OpCtx {
  env: Bindings;
  meter: Meter;
  control: Db;
  requestId: string;
  now: number;
  operator: { id: string; label: string } | null;
}

export function opCtx(env: Bindings, meter: Meter, requestId: string, operator: OpCtx["operator"]): OpCtx {
  return { env, meter, control: makeDb(env.DB_CONTROL, meter), requestId, now: Date.now(), operator };
}

/** A metered raw handle on a tenant-data database (moves and exports need dynamic SQL). */
export function dataDb(o: Pick<OpCtx, "env" | "meter">, binding: string): D1Database {
  return meteredD1(dataBinding(o.env, binding), o.meter);
}

export function actorOf(o: OpCtx) {
  return { operatorId: o.operator?.id ?? null, label: o.operator?.label ?? SYSTEM_LABEL };
}

/** A job as the API and pages show it. */
export function jobOut(j: Job, now = Date.now()) {
  const c = j.cursor as { phase?: string; switchedAt?: number };
  const drain = Number((j.params as { drainMs?: number }).drainMs ?? 0);
  const wait = j.kind === "move" && c.phase === "cleanup" ? (c.switchedAt ?? 0) + drain : 0;
  return {
    id: j.id,
    tenantId: j.tenantId,
    kind: j.kind,
    status: j.status,
    phase: c.phase ?? null,
    done: Math.round(j.done),
    total: j.total,
    error: j.error,
    params: j.params,
    result: j.result,
    runAfter: j.runAfter,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
    finishedAt: j.finishedAt,
    waitUntil: ACTIVE.includes(j.status) && wait > now ? wait : null,
  };
}
