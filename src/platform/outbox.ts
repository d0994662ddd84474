// The request side of the change-event outbox: a write whose batch carried events (ctx.outbox.pending)
// wakes the dispatcher on the JOBS queue once the response is ready. A queue send is not a D1 round
// trip; the cron sweeps whatever a lost message left behind.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/** The JOBS message kind of the dispatcher (the webhooks feature handles it). */
export const OUTBOX_JOB = "events.dispatch";

export const wakeOutbox: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const tenant = c.get("tenant");
  if (!c.get("outbox")?.pending || !tenant || c.res.status >= 400) return;
  c.executionCtx.waitUntil(
    c.env.JOBS.send({ kind: OUTBOX_JOB, tenantId: tenant.id }).catch((err: unknown) => {
      console.error("outbox: could not wake the dispatcher", err);
    }),
  );
};
