import { lt } from "drizzle-orm";
import { signupAttempts } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { Meter } from "../../platform/meter";
import { purgeExpiredExports } from "./export.service";
import { opCtx } from "./jobs.service";
import { pruneOperatorSessions } from "./operators.service";
import { dueJobs, runJob } from "./runner.service";
import { refreshStats } from "./stats.service";

/** Wall-clock budget of one cron run for jobs (deletions that came due, stalled moves and exports). */
const JOBS_BUDGET_MS = 10 * 60 * 1000;
const PER_JOB_MS = 60_000;

/**
 * The daily cron: runs due deletions and any job left unfinished, removes expired exports,
 * old sign-up attempts and operator sessions, and refreshes the console's statistics.
 */
export async function runPlatformCron(
  env: Bindings,
  opts: { budgetMs?: number } = {},
): Promise<{ jobs: number }> {
  const o = opCtx(env, new Meter(), `cron-${crypto.randomUUID()}`, null);
  const start = Date.now();
  const budget = opts.budgetMs ?? JOBS_BUDGET_MS;
  let jobs = 0;
  const seen = new Set<string>();
  while (Date.now() - start < budget) {
    const due = (await dueJobs({ ...o, now: Date.now() })).filter((j) => !seen.has(j.id));
    if (!due.length) break;
    for (const j of due) {
      seen.add(j.id);
      await runJob({ ...o, now: Date.now() }, j.id, Math.min(PER_JOB_MS, budget));
      jobs++;
    }
  }
  const now = Date.now();
  await purgeExpiredExports({ ...o, now });
  await o.control.delete(signupAttempts).where(lt(signupAttempts.at, now - 2 * 24 * 60 * 60 * 1000));
  await pruneOperatorSessions({ ...o, now });
  await refreshStats({ ...o, now });
  return { jobs };
}
