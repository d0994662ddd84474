/** Worker entry: the Hono app for fetch; the Cron Trigger runs the platform jobs listed in scheduled-jobs.ts and the registered tenant jobs; the JOBS queue runs background jobs. */
import { buildApp } from "./app";
import type { Bindings } from "./env";
import { MEMBERS_JOBS } from "./features/members/members.jobs";
import { RECOGNITION_JOBS } from "./features/recognition/recognition.jobs";
import { WEBHOOKS_JOBS } from "./features/webhooks/webhooks.jobs";
import { PUSH_JOBS } from "./features/push/push.jobs";
import { type JobMessage, runQueueBatch } from "./platform/queue";
import { runScheduled } from "./platform/scheduled";
import { PLATFORM_JOBS } from "./scheduled-jobs";

export { RateLimiter } from "./platform/rate-limiter";

const app = buildApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime, PLATFORM_JOBS));
  },
  async queue(batch, env) {
    await runQueueBatch(batch as MessageBatch<JobMessage>, env, {
      ...MEMBERS_JOBS,
      ...RECOGNITION_JOBS,
      ...WEBHOOKS_JOBS,
      ...PUSH_JOBS,
    });
  },
} satisfies ExportedHandler<Bindings>;
