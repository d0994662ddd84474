// The push feature's handlers on the JOBS queue (registered in src/index.ts): the dispatcher, woken after
// a write that notified someone, and one try of one push. Without VAPID keys push is off: nothing is sent.
import type { Bindings } from "../../env";
import { type VapidKeys, importVapidKeys } from "../../lib/web-push";
import { PUSH_JOB, pushConfigured } from "../../platform/outbox";
import { type JobHandler, tenantJob } from "../../platform/queue";
import { type PushMessage, SEND_JOB, dispatchPush, sendPush } from "./push-send.service";

/** The Worker's VAPID keys, or null when push is off. */
export async function vapidOf(env: Bindings): Promise<VapidKeys | null> {
  if (!pushConfigured(env)) return null;
  return importVapidKeys(env.VAPID_PUBLIC_KEY!, env.VAPID_PRIVATE_KEY!, env.VAPID_SUBJECT!);
}

export const PUSH_JOBS: Record<string, JobHandler> = {
  [PUSH_JOB]: tenantJob(async (ctx, env) => {
    if (pushConfigured(env)) await dispatchPush(ctx, env.JOBS);
  }),
  [SEND_JOB]: tenantJob(async (ctx, env, msg) => {
    const vapid = await vapidOf(env);
    if (!vapid) return;
    await sendPush(ctx, msg as PushMessage, {
      queue: env.JOBS,
      vapid,
      // Called as the global's own: workerd refuses a detached `fetch` ("Illegal invocation").
      fetch: (input, init) => fetch(input, init),
    });
  }),
};
