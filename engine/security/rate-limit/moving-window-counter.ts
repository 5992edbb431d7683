import type { RateLimit } from './rate-limit.ts';
import type { WindowCounter } from './window-counter.ts';

/**
 * Keeps the time of each request still inside the window, at most `limit` of them. A request at time `t`
 * counts while `now - w < t`, that is for exactly `w` milliseconds. Exact: no span of `w` milliseconds
 * ever holds more than `limit` allowed requests.
 */
export class MovingWindowCounter implements WindowCounter {
  readonly limit: number;
  readonly windowMilliseconds: number;
  /** Request times, ascending. */
  readonly times: number[] = [];

  constructor(rateLimit: RateLimit) {
    this.limit = rateLimit.limit;
    this.windowMilliseconds = rateLimit.windowSeconds * 1000;
  }

  remaining(now: number): number {
    return this.limit - (this.times.length - this.firstLiveIndex(now));
  }

  millisecondsUntil(now: number, count: number): number {
    const first = this.firstLiveIndex(now);
    const live = this.times.length - first;
    const mustExpire = live - (this.limit - count);
    if (mustExpire <= 0) {
      return 0;
    }
    return (this.times[first + mustExpire - 1] as number) + this.windowMilliseconds - now;
  }

  record(now: number): void {
    this.times.splice(0, this.firstLiveIndex(now));
    this.times.push(now);
  }

  idleAt(): number {
    const newest = this.times.at(-1);
    return newest === undefined ? Number.NEGATIVE_INFINITY : newest + this.windowMilliseconds;
  }

  private firstLiveIndex(now: number): number {
    let index = 0;
    while (index < this.times.length && (this.times[index] as number) <= now - this.windowMilliseconds) {
      index++;
    }
    return index;
  }
}
