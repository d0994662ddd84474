/** Worker entry: the Hono app for fetch; the Cron Trigger runs the registered scheduled jobs; the JOBS queue runs background jobs. */
import { buildApp } from "./app";
import type { Bindings } from "./env";
import { MEMBERS_JOBS } from "./features/members/members.jobs";
import { RECOGNITION_JOBS } from "./features/recognition/recognition.jobs";
import { type JobMessage, runQueueBatch } from "./platform/queue";
import { runScheduled } from "./platform/scheduled";

const app = buildApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
  async queue(batch, env) {
    await runQueueBatch(batch as MessageBatch<JobMessage>, env, { ...MEMBERS_JOBS, ...RECOGNITION_JOBS });
  },
} satisfies ExportedHandler<Bindings>;
