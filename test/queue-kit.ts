// The JOBS queue in tests: a message delivered to the Worker's queue consumer as the queue would.
// Imports are parsed only there, so a test that uploads a file runs the parse with `parseNow`.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { expect } from "vitest";
import worker from "../src";
import type { JobMessage } from "../src/platform/queue";
import { E } from "./harness";

/** Delivers a JOBS message to the Worker's queue handler, as the queue would; asserts it was acked. */
export async function deliver(body: JobMessage): Promise<void> {
  const batch = createMessageBatch<JobMessage>("guong-mau-jobs", [
    { id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, E);
  const result = await getQueueResult(batch, ctx);
  expect(result.retryMessages).toEqual([]);
  expect(result.explicitAcks).toHaveLength(1);
}

/** Runs the parse of an uploaded import (`kind` as "members.import") now, as the queue consumer. */
export const parseNow = (tenantId: string, kind: string, jobId: string) =>
  deliver({ kind, tenantId, jobId, step: "parse" });

/** A queue that keeps what it is given, for tests that run the handlers themselves. */
export function memoryQueue() {
  const sent: { body: JobMessage; delaySeconds?: number }[] = [];
  return {
    sent,
    async send(body: JobMessage, o?: { delaySeconds?: number }) {
      sent.push({ body, ...(o?.delaySeconds === undefined ? {} : { delaySeconds: o.delaySeconds }) });
    },
    async sendBatch(list: { body: JobMessage }[]) {
      for (const m of list) sent.push({ body: m.body });
    },
  };
}
