/** The platform feature's public face: what other features and the app may use. */
export { seedDemoOperator } from "./operators.service";
export { runPlatformCron } from "./scheduled.service";
