import { drizzle } from "drizzle-orm/d1";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import { type Meter, meteredD1 } from "./meter";

export type Db = DrizzleD1Database<Record<string, never>>;

/** A drizzle handle over a metered D1 binding. Only platform code calls this. */
export function makeDb(binding: D1Database, meter: Meter): Db {
  return drizzle(meteredD1(binding, meter));
}
