import type { RateLimit } from './rate-limit.ts';

export const RATE_LIMIT_STRATEGIES = ['fixed-window', 'moving-window', 'sliding-window-counter'] as const;

export type RateLimitStrategy = (typeof RATE_LIMIT_STRATEGIES)[number];

/**
 * The default is `moving-window`: it keeps a log of request times, so the advertised policy (`q` requests
 * per `w` seconds) holds for every span of `w` seconds and `Retry-After` is exact. It costs memory
 * proportional to the limit per client, which is small for this API's limits. `fixed-window` admits up to
 * twice the limit across a window boundary; `sliding-window-counter` uses two counters and approximates
 * the moving window with less memory.
 */
export const DEFAULT_RATE_LIMIT_STRATEGY: RateLimitStrategy = 'moving-window';

/**
 * The state of one limit for one client. All times are epoch milliseconds, and callers pass a `now`
 * that never decreases.
 */
export interface WindowCounter {
  /** Requests that would be allowed at `now`, from 0 to the limit. */
  remaining(now: number): number;
  /** Milliseconds from `now` until `remaining` reaches `count` (at most the limit); 0 when it already has. */
  millisecondsUntil(now: number, count: number): number;
  /** Counts one request at `now`; callers check `remaining(now) >= 1` first. */
  record(now: number): void;
  /** The time from which this counter behaves exactly like a fresh one, so dropping it changes nothing. */
  idleAt(): number;
}

export type WindowCounterFactory = (rateLimit: RateLimit) => WindowCounter;

/** Floor of `numerator / denominator` for safe integers and a positive denominator, exact where float division rounds. */
export function floorDivide(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  while (quotient * denominator > numerator) {
    quotient--;
  }
  while ((quotient + 1) * denominator <= numerator) {
    quotient++;
  }
  return quotient;
}
