import type { RateLimit } from './rate-limit.ts';
import type { WindowCounter } from './window-counter.ts';

/**
 * Counts requests in windows aligned to the epoch (`[k·w, (k+1)·w)`). Cheap and easy to read, but a client
 * can send the limit at the end of one window and again at the start of the next.
 */
export class FixedWindowCounter implements WindowCounter {
  readonly limit: number;
  readonly windowMilliseconds: number;
  windowStart = Number.NEGATIVE_INFINITY;
  count = 0;

  constructor(rateLimit: RateLimit) {
    this.limit = rateLimit.limit;
    this.windowMilliseconds = rateLimit.windowSeconds * 1000;
  }

  remaining(now: number): number {
    return this.limit - this.countAt(now);
  }

  millisecondsUntil(now: number, count: number): number {
    if (this.remaining(now) >= count) {
      return 0;
    }
    return this.windowStart + this.windowMilliseconds - now;
  }

  record(now: number): void {
    if (now >= this.windowStart + this.windowMilliseconds) {
      this.windowStart = Math.floor(now / this.windowMilliseconds) * this.windowMilliseconds;
      this.count = 0;
    }
    this.count++;
  }

  idleAt(): number {
    return this.count === 0 ? Number.NEGATIVE_INFINITY : this.windowStart + this.windowMilliseconds;
  }

  private countAt(now: number): number {
    return now >= this.windowStart + this.windowMilliseconds ? 0 : this.count;
  }
}
