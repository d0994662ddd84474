import { lt } from "drizzle-orm";
import { signupAttempts } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { opCtx } from "../../platform/control-plane";
import { Meter } from "../../platform/meter";
import { purgeExpiredExports, runDueJobs } from "../lifecycle";
import { pruneOperatorSessions } from "./console-operators.service";
import { refreshStats } from "./console-stats.service";

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
  const jobs = await runDueJobs(o, opts.budgetMs ?? JOBS_BUDGET_MS, PER_JOB_MS);
  const now = Date.now();
  await purgeExpiredExports({ ...o, now });
  await o.control.delete(signupAttempts).where(lt(signupAttempts.at, now - 2 * 24 * 60 * 60 * 1000));
  await pruneOperatorSessions({ ...o, now });
  await refreshStats({ ...o, now });
  return { jobs };
}
