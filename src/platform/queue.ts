import type { Bindings } from "../env";
import type { Ctx } from "./context";
import { Meter } from "./meter";
import { systemCtx } from "./scheduled";
import { findTenant } from "./tenancy";

/** A message on the JOBS queue: `kind` selects the handler of the feature that sent it. */
export interface JobMessage {
  kind: string;
  tenantId: string;
  [key: string]: unknown;
}

/** Handles one message; `attempts` counts deliveries (1 on the first). Throw to retry. */
export type JobHandler = (env: Bindings, msg: JobMessage, attempts: number) => Promise<void>;

/** Runs a batch from the JOBS queue message by message; a failing message is retried alone. */
export async function runQueueBatch(
  batch: MessageBatch<JobMessage>,
  env: Bindings,
  handlers: Record<string, JobHandler>,
): Promise<void> {
  for (const m of batch.messages) {
    const handler = handlers[m.body?.kind];
    if (!handler) {
      console.error(`queue: no handler for ${JSON.stringify(m.body?.kind)}`);
      m.ack();
      continue;
    }
    try {
      await handler(env, m.body, m.attempts);
      m.ack();
    } catch (err) {
      console.error(`queue: ${m.body.kind} failed (attempt ${m.attempts})`, err);
      m.retry({ delaySeconds: Math.min(60, 5 * m.attempts) });
    }
  }
}

/** A handler running `job` as the system in the message's tenant; a tenant gone or suspended drops the message. */
export const tenantJob =
  (job: (ctx: Ctx, env: Bindings, msg: JobMessage, attempts: number) => Promise<unknown>): JobHandler =>
  async (env, msg, attempts) => {
    const tenant = await findTenant(env, new Meter(), { id: msg.tenantId });
    if (!tenant || tenant.status === "suspended" || tenant.status === "deleting") return;
    // A tenant being moved between databases is read-only: the queue tries again later.
    if (tenant.readOnly) throw new Error("tenant is read-only");
    await job(systemCtx(env, tenant, Date.now()), env, msg, attempts);
  };
