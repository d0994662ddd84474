import type { Db } from "./platform/db";
import type { Meter } from "./platform/meter";
import type { Actor, Outbox, TenantInfo } from "./platform/context";
import type { JobMessage } from "./platform/queue";
import type { Standing } from "./platform/rate-limit";
import type { RateLimiter } from "./platform/rate-limiter";

/** Worker bindings declared in wrangler.toml. Tenant-data bindings are reached only through platform/tenancy. */
export interface Bindings {
  DB_CONTROL: D1Database;
  DB_POOL_1: D1Database;
  DB_DEDICATED_1: D1Database;
  APP_VERSION: string;
  SIGNUP_POOL_BINDING: string;
  /** Object storage: tenant exports (zip) and their parts. */
  FILES: R2Bucket;
  /** Background jobs (roster imports…): producer and consumer of the same queue, see platform/queue.ts. */
  JOBS: Queue<JobMessage>;
  /** The API's rate-limit counters (platform/rate-limit.ts), one object per bucket. */
  RATE_LIMITER: DurableObjectNamespace<RateLimiter>;
  /** Overrides of the API's rate-limit quotas, `key=600/60,session=300/60` (platform/rate-limit.ts). */
  RATE_LIMITS?: string;
  /** HMAC key of the sign-up challenge; a secret in production (`wrangler secret put SIGNUP_SECRET`). */
  SIGNUP_SECRET?: string;
  /** AES-GCM key (32 bytes, base64) sealing webhook signing secrets (`wrangler secret put WEBHOOK_SECRETS_KEY`). */
  WEBHOOK_SECRETS_KEY?: string;
  /** Web Push (ADR 017): the VAPID public key (base64url P-256 point), the private key (base64url `d` or a
   * JWK) and the contact (`mailto:` or `https:`). Without all three, push is off. */
  VAPID_PUBLIC_KEY?: string;
  VAPID_PRIVATE_KEY?: string;
  VAPID_SUBJECT?: string;
  /** Set only by `npm start` (wrangler dev --var) to allow the local demo seed route. */
  DEMO_SEED?: string;
  /** Set only by `npm run bench` (wrangler dev --var) to allow the /__bench routes. */
  BENCH?: string;
}

export interface Variables {
  requestId: string;
  meter: Meter;
  /** Set by tenancy middleware for routes under a tenant (pages) or a tenant session (API). */
  tenant?: TenantInfo;
  db?: Db;
  actor?: Actor;
  /** Set by ctxOf: a write of this request carried change events or notifications (see platform/outbox.ts). */
  outbox?: Outbox;
  /** Set by the operator gate on /platform and /api/v1/platform (never from a tenant session). */
  operator?: { id: string; login: string; displayName: string; sessionId: string };
  /** Where the request stands in its rate-limit bucket (set by platform/rate-limit.ts). */
  rateLimit?: Standing;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
