// The webhooks feature's handlers on the JOBS queue (registered in src/index.ts): the outbox's fan-out,
// woken after a write that carried change events, and one attempt of one delivery.
import type { Bindings } from "../../env";
import type { Ctx } from "../../platform/context";
import { Meter } from "../../platform/meter";
import { OUTBOX_JOB } from "../../platform/outbox";
import type { JobHandler, JobMessage } from "../../platform/queue";
import { systemCtx } from "../../platform/scheduled";
import { secretBox } from "../../platform/secret-box";
import { findTenant } from "../../platform/tenancy";
import { attemptDelivery } from "./webhooks-attempt.service";
import { DELIVER_JOB, dispatchEvents } from "./webhooks-dispatch.service";

/** Runs `job` as the system in the message's tenant; a tenant gone or suspended drops the message. */
const inTenant =
  (job: (ctx: Ctx, env: Bindings, msg: JobMessage) => Promise<unknown>): JobHandler =>
  async (env, msg) => {
    const tenant = await findTenant(env, new Meter(), { id: msg.tenantId });
    if (!tenant || tenant.status === "suspended" || tenant.status === "deleting") return;
    // A tenant being moved between databases is read-only: the queue tries again later.
    if (tenant.readOnly) throw new Error("tenant is read-only");
    await job(systemCtx(env, tenant, Date.now()), env, msg);
  };

export const WEBHOOKS_JOBS: Record<string, JobHandler> = {
  [OUTBOX_JOB]: inTenant((ctx, env) => dispatchEvents(ctx, env.JOBS)),
  [DELIVER_JOB]: inTenant((ctx, env, msg) =>
    attemptDelivery(ctx, String(msg.deliveryId), {
      queue: env.JOBS,
      box: secretBox(env),
      // Called as the global's own: workerd refuses a detached `fetch` ("Illegal invocation").
      fetch: (input, init) => fetch(input, init),
    }),
  ),
};
