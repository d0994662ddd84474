/** The webhooks feature's public face: the change feed and its pruning, for the app and the cron. */
export { KEEP_DAYS, listEvents, pruneEvents } from "./webhooks-feed.service";
export type { EventOut } from "./webhooks-feed.inputs";
export { sweepWebhooks } from "./webhooks-dispatch.service";
