/**
 * The control-plane jobs of the Cron Trigger, in the order they run: src/index.ts hands this list
 * to runScheduled, as it hands the queue its job handlers (the platform layer knows no feature).
 */
import { runPlatformCron } from "./features/console";
import { pruneEvents, sweepWebhooks } from "./features/webhooks";
import { sweepPush } from "./features/push";
import { pushConfigured } from "./platform/outbox";
import { type PlatformJob, TENANT_JOBS } from "./platform/scheduled";
import { purgeThrottles } from "./platform/throttle";

export const PLATFORM_JOBS: PlatformJob[] = [
  // Due tenant deletions, stalled moves and exports, expired files, statistics.
  { name: "platform", run: async (env) => void (await runPlatformCron(env)) },
  // Client throttle counters past every window.
  { name: "throttles", run: purgeThrottles },
];

// Per tenant: change events past the 30 days the feed keeps.
if (!TENANT_JOBS.some((j) => j.name === "events-prune"))
  TENANT_JOBS.push({ name: "events-prune", run: pruneEvents });

// Per tenant: events no request woke the webhook fan-out for, and deliveries whose queue message was lost.
if (!TENANT_JOBS.some((j) => j.name === "webhooks-sweep"))
  TENANT_JOBS.push({ name: "webhooks-sweep", run: (ctx, env) => sweepWebhooks(ctx, env.JOBS) });

// Per tenant: notifications no request woke the push dispatcher for (or, with push off, their marks).
if (!TENANT_JOBS.some((j) => j.name === "push-sweep"))
  TENANT_JOBS.push({
    name: "push-sweep",
    run: (ctx, env) => sweepPush(ctx, pushConfigured(env) ? env.JOBS : null),
  });
