import type { Db } from "./platform/db";
import type { Meter } from "./platform/meter";
import type { Actor, TenantInfo } from "./platform/context";

/** Worker bindings declared in wrangler.toml. Tenant-data bindings are reached only through platform/tenancy. */
export interface Bindings {
  DB_CONTROL: D1Database;
  DB_POOL_1: D1Database;
  DB_DEDICATED_1: D1Database;
  APP_VERSION: string;
  SIGNUP_POOL_BINDING: string;
  /** Set only by `npm start` (wrangler dev --var) to allow the local demo seed route. */
  DEMO_SEED?: string;
}

export interface Variables {
  requestId: string;
  meter: Meter;
  /** Set by tenancy middleware for routes under a tenant (pages) or a tenant session (API). */
  tenant?: TenantInfo;
  db?: Db;
  actor?: Actor;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
