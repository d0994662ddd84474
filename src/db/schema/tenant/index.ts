// Every tenant-data table. Each feature adds its file here.
export * from "./core";
