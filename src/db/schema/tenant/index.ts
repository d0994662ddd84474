// Every tenant-data table. Each feature adds its file here.
export * from "./core";
export * from "./criteria";
export * from "./counters";
export * from "./members";
