import type { Bindings } from "../env";

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
