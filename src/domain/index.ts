/** The domain vocabulary every layer shares: groups, roles, ids, Vietnam time. No I/O. */
export * from "./groups";
export * from "./ids";
export * from "./roles";
export * from "./time";
export * from "./members";
export * from "./ratings";
export * from "./versions";
export * from "./events";
