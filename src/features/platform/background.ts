import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { Meter } from "../../platform/meter";
import { type OpCtx, opCtx } from "./jobs.service";
import { runJob } from "./runner.service";

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
