/**
 * The counter behind the API's rate limits: one Durable Object per bucket (an API key, a session, an
 * operator session, a client address), holding a window that starts with the bucket's first request
 * and lasts `windowSeconds`. A Durable Object is one instance worldwide, so the count is exact — unlike
 * the Rate Limiting binding, which counts per location. The count lives in memory: an object that is
 * evicted (idle for a while) forgets it, which can only make the limit more lenient.
 *
 * An isolate does not ask the object for every request: it takes a lease of up to `LEASE_MAX` requests
 * (a tenth of the quota) and spends it locally until the lease or the window runs out. A call to the
 * object is a network hop in production, and the lease makes it one per tenth of a quota instead of one
 * per request; the price is that an isolate may hold requests another isolate of the same caller could
 * have used, so a caller spread over several isolates can be refused up to (isolates − 1) leases early,
 * never let through late.
 */
import { DurableObject } from "cloudflare:workers";

/** What a lease gives: the requests granted (0: refused), what is left after it, when the window ends. */
export interface Lease {
  granted: number;
  remaining: number;
  /** Seconds until the window ends (at least 1). */
  reset: number;
}

export interface Window {
  start: number;
  count: number;
}

/** A bucket that has seen no request: its first one opens a window. */
export const newWindow = (): Window => ({ start: Number.NEGATIVE_INFINITY, count: 0 });

/** Grants up to `want` requests of `quota` per `windowSeconds`, at `now` (milliseconds). */
export function leaseFrom(w: Window, quota: number, windowSeconds: number, want: number, now: number): Lease {
  const length = windowSeconds * 1000;
  if (now >= w.start + length || now < w.start) {
    w.start = now;
    w.count = 0;
  }
  const granted = Math.max(0, Math.min(want, quota - w.count));
  w.count += granted;
  return {
    granted,
    remaining: Math.max(0, quota - w.count),
    reset: Math.max(1, Math.ceil((w.start + length - now) / 1000)),
  };
}

export class RateLimiter extends DurableObject {
  readonly #window = newWindow();

  /** Up to `want` requests of this bucket, under `quota` requests per `windowSeconds`. */
  lease(quota: number, windowSeconds: number, want: number): Lease {
    return leaseFrom(this.#window, quota, windowSeconds, want, Date.now());
  }
}

/** The largest lease an isolate takes: a tenth of the quota, between 1 and 100 requests. */
export const leaseSize = (quota: number) => Math.min(100, Math.max(1, Math.floor(quota / 10)));
