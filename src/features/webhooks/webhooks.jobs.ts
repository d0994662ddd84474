// The webhooks feature's handlers on the JOBS queue (registered in src/index.ts): the outbox's fan-out,
// woken after a write that carried change events, and one attempt of one delivery.
import { OUTBOX_JOB } from "../../platform/outbox";
import { type JobHandler, tenantJob } from "../../platform/queue";
import { secretBox } from "../../platform/secret-box";
import { attemptDelivery } from "./webhooks-attempt.service";
import { DELIVER_JOB, dispatchEvents } from "./webhooks-dispatch.service";

export const WEBHOOKS_JOBS: Record<string, JobHandler> = {
  [OUTBOX_JOB]: tenantJob((ctx, env) => dispatchEvents(ctx, env.JOBS)),
  [DELIVER_JOB]: tenantJob((ctx, env, msg) =>
    attemptDelivery(ctx, String(msg.deliveryId), {
      queue: env.JOBS,
      box: secretBox(env),
      // Called as the global's own: workerd refuses a detached `fetch` ("Illegal invocation").
      fetch: (input, init) => fetch(input, init),
    }),
  ),
};
