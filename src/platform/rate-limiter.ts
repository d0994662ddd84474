/**
 * The counter behind the API's rate limits: one Durable Object per bucket (an API key, a session, an
 * operator session, a client address), holding a window that starts with the bucket's first request
 * and lasts `windowSeconds`. The count lives in memory: an object that is evicted (idle for a while)
 * forgets it, which can only make the limit more lenient, never refuse a request wrongly. A Durable
 * Object is one instance worldwide, so the count is exact — unlike the Rate Limiting binding, which
 * counts per location.
 */
import { DurableObject } from "cloudflare:workers";

/** What one request takes from a bucket: whether it may run, what is left and when the window ends. */
export interface Taken {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window ends (at least 1). */
  reset: number;
}

/** A bucket that has seen no request: its first one opens a window. */
export const newWindow = () => ({ start: Number.NEGATIVE_INFINITY, count: 0 });

/** Counts one request against `quota` per `windowSeconds`, at `now` (milliseconds). */
export function takeFrom(
  w: { start: number; count: number },
  quota: number,
  windowSeconds: number,
  now: number,
): Taken {
  const length = windowSeconds * 1000;
  if (now >= w.start + length || now < w.start) {
    w.start = now;
    w.count = 0;
  }
  const allowed = w.count < quota;
  if (allowed) w.count++;
  return {
    allowed,
    remaining: Math.max(0, quota - w.count),
    reset: Math.max(1, Math.ceil((w.start + length - now) / 1000)),
  };
}

export class RateLimiter extends DurableObject {
  readonly #window = newWindow();

  /** One request of this bucket, under `quota` requests per `windowSeconds`. */
  take(quota: number, windowSeconds: number): Taken {
    return takeFrom(this.#window, quota, windowSeconds, Date.now());
  }
}
