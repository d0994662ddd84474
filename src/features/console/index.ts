/** The operator console's public face: what the composition (cron, demo) uses. */
export { seedDemoOperator } from "./console-operators.service";
export { runPlatformCron } from "./console-cron.service";
