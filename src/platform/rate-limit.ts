/**
 * Rate limits of the JSON API, per credential: each API key, each signed-in person (all their sessions
 * together: signing in again is not a new budget) and each operator session has its own budget; a
 * request without a credential (sign-in, sign-up, the API document) or whose credential was refused
 * counts against its client address. Every API response says where its
 * caller stands, in the IETF httpapi headers (draft-ietf-httpapi-ratelimit-headers):
 *   RateLimit-Policy: "key";q=600;w=60      (the policy: 600 requests per 60 s)
 *   RateLimit: "key";r=598;t=41             (598 left, the window ends in 41 s)
 * Past the limit the request is refused before it runs: 429 problem+json with Retry-After.
 *
 * The quotas can be changed per deployment with the RATE_LIMITS variable, e.g.
 * `key=1200/60,session=300/60` (bucket=requests/seconds); buckets it does not name keep the defaults.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ServiceError } from "./errors";
import { leaseSize } from "./rate-limiter";
import { clientAddress } from "./throttle";

export type Bucket = "key" | "session" | "operator" | "client";

export interface Policy {
  quota: number;
  windowSeconds: number;
}

export const DEFAULT_POLICIES: Record<Bucket, Policy> = {
  key: { quota: 600, windowSeconds: 60 },
  session: { quota: 300, windowSeconds: 60 },
  operator: { quota: 300, windowSeconds: 60 },
  client: { quota: 120, windowSeconds: 60 },
};

const ENTRY = /^(key|session|operator|client)=(\d{1,7})\/(\d{1,6})$/;

/** The policies of a RATE_LIMITS value; an entry that does not parse is reported and ignored. */
export function parsePolicies(spec: string | undefined): Record<Bucket, Policy> {
  const policies = { ...DEFAULT_POLICIES };
  for (const entry of (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = ENTRY.exec(entry);
    if (!m || Number(m[2]) < 1 || Number(m[3]) < 1) {
      console.error(`RATE_LIMITS: ignored "${entry}" (expected bucket=requests/seconds)`);
      continue;
    }
    policies[m[1] as Bucket] = { quota: Number(m[2]), windowSeconds: Number(m[3]) };
  }
  return policies;
}

let parsed: { spec: string | undefined; policies: Record<Bucket, Policy> } | null = null;
/** The policies of the deployment's RATE_LIMITS, parsed once per isolate (and per value). */
function policiesOf(spec: string | undefined): Record<Bucket, Policy> {
  if (parsed?.spec !== spec || !parsed) parsed = { spec, policies: parsePolicies(spec) };
  return parsed.policies;
}

export interface Standing {
  allowed: boolean;
  /** Requests left in the window, and seconds until it ends. */
  remaining: number;
  reset: number;
  bucket: Bucket;
  policy: Policy;
}

/** The bucket of a request once its credential is known. */
function bucketOf(c: Context<AppEnv>): { bucket: Bucket; id: string } {
  const actor = c.get("actor");
  if (actor?.apiKey) return { bucket: "key", id: actor.apiKey.id };
  if (actor) return { bucket: "session", id: actor.accountId };
  const operator = c.get("operator");
  if (operator) return { bucket: "operator", id: operator.sessionId };
  return { bucket: "client", id: clientAddress(c) };
}

/** The leases this isolate holds, by bucket and policy (platform/rate-limiter.ts). */
interface Held {
  tokens: number;
  /** What the object had left when it granted the lease. */
  remaining: number;
  windowEnd: number;
}
const held = new Map<string, Held>();
const HELD_MAX = 10_000;

async function take(c: Context<AppEnv>, at: { bucket: Bucket; id: string }): Promise<Standing> {
  const policy = policiesOf(c.env.RATE_LIMITS)[at.bucket];
  const name = `${at.bucket}:${at.id}`;
  const slot = `${name}|${policy.quota}/${policy.windowSeconds}`;
  const now = Date.now();
  let h = held.get(slot);
  // Ask the object when there is no lease, the window ended, or the lease is spent but the object has more.
  if (!h || now >= h.windowEnd || (h.tokens === 0 && h.remaining > 0)) {
    const ns = c.env.RATE_LIMITER;
    const lease = await ns
      .get(ns.idFromName(name))
      .lease(policy.quota, policy.windowSeconds, leaseSize(policy.quota));
    h = { tokens: lease.granted, remaining: lease.remaining, windowEnd: now + lease.reset * 1000 };
    held.delete(slot);
    if (held.size >= HELD_MAX) held.delete(held.keys().next().value as string);
    held.set(slot, h);
  }
  const allowed = h.tokens > 0;
  if (allowed) h.tokens--;
  return {
    allowed,
    remaining: h.remaining + h.tokens,
    reset: Math.max(1, Math.ceil((h.windowEnd - now) / 1000)),
    bucket: at.bucket,
    policy,
  };
}

const vi = (n: number) => n.toLocaleString("vi-VN");

function tell(c: Context<AppEnv>, s: Standing): void {
  c.header("RateLimit-Policy", `"${s.bucket}";q=${s.policy.quota};w=${s.policy.windowSeconds}`);
  c.header("RateLimit", `"${s.bucket}";r=${s.remaining};t=${s.reset}`);
}

/**
 * Around every API request: after it, the RateLimit headers of the bucket it was counted in. A
 * request that never reached `rateLimit` (its credential was refused) is counted against its client
 * address here.
 */
export const rateLimitHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method === "OPTIONS" && c.res.status === 204) return; // a CORS preflight
  const standing = c.get("rateLimit") ?? (await take(c, { bucket: "client", id: clientAddress(c) }));
  tell(c, standing);
};

/** After authentication: counts the request in its credential's bucket; past the limit, 429. */
export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const standing = await take(c, bucketOf(c));
  c.set("rateLimit", standing);
  if (!standing.allowed) {
    const e = new ServiceError(
      "rate_limited",
      `Quá số yêu cầu cho phép (${vi(standing.policy.quota)} yêu cầu mỗi ${vi(standing.policy.windowSeconds)} giây). Vui lòng thử lại sau ${vi(standing.reset)} giây.`,
    );
    e.retryAfter = standing.reset;
    throw e;
  }
  await next();
};
