// Every tenant-data table. Each feature adds its file here.
export * from "./core";
export * from "./criteria";
export * from "./counters";
export * from "./members";
export * from "./cycles";
export * from "./plans";
export * from "./notifications";
export * from "./exemplars";
export * from "./meetings";
export * from "./notebook";
export * from "./evaluations";
export * from "./reports";
export * from "./imports";
export * from "./api-keys";
export * from "./idempotency";
export * from "./events";
export * from "./webhooks";
