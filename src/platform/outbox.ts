// The request side of the outboxes: a write whose batch carried change events (ctx.outbox.pending) wakes
// the webhook dispatcher, one that carried notifications (ctx.outbox.push) wakes the Web Push dispatcher,
// on the JOBS queue once the response is ready. A queue send is not a D1 round trip; the cron sweeps
// whatever a lost message left behind.
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Bindings } from "../env";
import type { Outbox } from "./context";

/** The JOBS message kind of the dispatcher (the webhooks feature handles it). */
export const OUTBOX_JOB = "events.dispatch";
/** The JOBS message kind of the Web Push dispatcher (the push feature handles it). */
export const PUSH_JOB = "push.dispatch";

/** Whether the Worker has the VAPID secrets Web Push needs (ADR 017). */
export const pushConfigured = (
  env: Pick<Bindings, "VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT">,
) => !!(env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY && env.VAPID_SUBJECT);

/** Sends the wake-up messages `outbox` calls for; never throws (the cron sweeps what is lost). */
export async function wakeDispatchers(
  env: Bindings,
  tenantId: string,
  outbox: Outbox | undefined,
): Promise<void> {
  const kinds = [
    ...(outbox?.pending ? [OUTBOX_JOB] : []),
    ...(outbox?.push && pushConfigured(env) ? [PUSH_JOB] : []),
  ];
  await Promise.all(
    kinds.map((kind) =>
      env.JOBS.send({ kind, tenantId }).catch((err: unknown) => {
        console.error(`outbox: could not wake ${kind}`, err);
      }),
    ),
  );
}

export const wakeOutbox: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const tenant = c.get("tenant");
  const outbox = c.get("outbox");
  if (!(outbox?.pending || outbox?.push) || !tenant || c.res.status >= 400) return;
  c.executionCtx.waitUntil(wakeDispatchers(c.env, tenant.id, outbox));
};
