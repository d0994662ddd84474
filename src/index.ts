/** Worker entry: the Hono app for fetch; the Cron Trigger runs the registered scheduled jobs. */
import { buildApp } from "./app";
import type { Bindings } from "./env";
import { runScheduled } from "./platform/scheduled";

const app = buildApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Bindings>;
