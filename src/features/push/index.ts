/** The push feature's public face: the cron's pass over pending pushes. */
export { sweepPush } from "./push-send.service";
export { pushSettings } from "./push.service";
export { PushOptIn } from "./views/push";
