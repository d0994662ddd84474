/**
 * The job runner: advances a job step by step under its lease, after a response (background) or
 * from the daily cron (due jobs).
 */
import { ACTIVE, type Job, type JobKind } from "./lifecycle.rules";
import { type OpCtx, opCtx } from "../../platform/control-plane";
import { and, asc, inArray, isNull, lt, lte, or } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { Meter } from "../../platform/meter";
import { tenantJobs } from "../../db/schema/control";
import { deleteStep } from "./lifecycle-deletion.service";
import { exportStep } from "./lifecycle-export.service";
import { claimJob, getJob, releaseJob, saveJob, toJob } from "./lifecycle.queries";
import { type StepOut, moveFailed, moveStep } from "./lifecycle-move.service";

const STEPS: Record<JobKind, (o: OpCtx, job: Job) => Promise<StepOut>> = {
  move: moveStep,
  export: exportStep,
  delete: deleteStep,
};

/** What an unrecoverable error does: a move aborts (before its switch), others stop. */
const GIVE_UP: Record<JobKind, (job: Job, reason: string) => Job> = {
  move: moveFailed,
  export: (job, reason) => ({ ...job, status: "failed", error: reason }),
  delete: (job, reason) => ({ ...job, error: reason }),
};

const MAX_FAILURES = 3;

/**
 * Advances a job for up to `budgetMs`, step after step, persisting after each one so an
 * interruption loses at most one (idempotent) step. Returns the job as it stands.
 */
export async function runJob(o: OpCtx, jobId: string, budgetMs: number): Promise<Job | null> {
  const start = Date.now();
  const claimed = await claimJob(o.control, jobId, start, budgetMs + 60_000);
  let job = await getJob(o.control, jobId);
  if (!claimed || !job) return job;
  try {
    while (ACTIVE.includes(job.status) && Date.now() - start < budgetMs) {
      const now = Date.now();
      let out: StepOut;
      try {
        out = await STEPS[job.kind]({ ...o, now }, job);
        if (job.cursor.failures)
          out.job = { ...out.job, cursor: { ...out.job.cursor, failures: 0 }, error: null };
      } catch (err) {
        console.error(`[${o.requestId}] job ${job.id} (${job.kind}) step failed`, err);
        const failures = Number(job.cursor.failures ?? 0) + 1;
        const reason = `Bước xử lý bị lỗi (lần ${failures}, mã yêu cầu ${o.requestId}).`;
        job = { ...job, cursor: { ...job.cursor, failures }, error: reason };
        if (failures >= MAX_FAILURES)
          job = GIVE_UP[job.kind]({ ...job, cursor: { ...job.cursor, failures: 0 } }, reason);
        await saveJob(o.control, job, now);
        break;
      }
      job = out.job;
      if (!out.saved) await saveJob(o.control, job, now);
      if (out.waitUntil) break;
    }
  } finally {
    if (ACTIVE.includes(job.status)) await releaseJob(o.control, job.id);
  }
  return job;
}

/** Jobs whose time has come and that nobody is running (the daily cron picks them up). */
export async function dueJobs(o: OpCtx, limit = 20): Promise<Job[]> {
  const rows = await o.control
    .select()
    .from(tenantJobs)
    .where(
      and(
        inArray(tenantJobs.status, ACTIVE),
        lte(tenantJobs.runAfter, o.now),
        or(isNull(tenantJobs.leaseUntil), lt(tenantJobs.leaseUntil, o.now)),
      ),
    )
    .orderBy(asc(tenantJobs.runAfter))
    .limit(limit);
  return rows.map(toJob);
}

/** How long one request keeps a job going after its response (pages refresh to continue). */
export const BACKGROUND_MS = 25_000;

/**
 * Lets a job advance after the response, with its own meter so the page's round-trip count
 * stays honest. The job's lease keeps concurrent refreshes from running it twice.
 */
export function runInBackground(c: Context<AppEnv>, jobId: string, operator: OpCtx["operator"] = null): void {
  const bg = opCtx(c.env, new Meter(), c.get("requestId"), operator);
  c.executionCtx.waitUntil(
    runJob(bg, jobId, BACKGROUND_MS).then(
      () => undefined,
      (err) => console.error(`[${bg.requestId}] background job ${jobId}`, err),
    ),
  );
}

/** Runs every due job, each for at most `perJobMs`, until none is left or `budgetMs` is spent. */
export async function runDueJobs(o: OpCtx, budgetMs: number, perJobMs: number): Promise<number> {
  const start = Date.now();
  let jobs = 0;
  const seen = new Set<string>();
  while (Date.now() - start < budgetMs) {
    const due = (await dueJobs({ ...o, now: Date.now() })).filter((j) => !seen.has(j.id));
    if (!due.length) break;
    for (const j of due) {
      seen.add(j.id);
      await runJob({ ...o, now: Date.now() }, j.id, Math.min(perJobMs, budgetMs));
      jobs++;
    }
  }
  return jobs;
}
