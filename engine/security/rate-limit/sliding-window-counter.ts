import type { RateLimit } from './rate-limit.ts';
import { floorDivide, type WindowCounter } from './window-counter.ts';

/**
 * Two epoch-aligned counters: the current window's count plus the previous window's count weighted by
 * the part of the previous window still inside the last `w` milliseconds. A request is allowed while
 *
 *   previous × (w − elapsed) / w + current + 1 ≤ limit
 *
 * which is evaluated multiplied by `w` so it stays in exact integers. Constant memory; it admits less
 * than the fixed window across a boundary and, unlike the moving window, assumes the previous window's
 * requests were spread evenly.
 */
export class SlidingWindowCounter implements WindowCounter {
  readonly limit: number;
  readonly windowMilliseconds: number;
  windowStart = Number.NEGATIVE_INFINITY;
  previous = 0;
  current = 0;

  constructor(rateLimit: RateLimit) {
    this.limit = rateLimit.limit;
    this.windowMilliseconds = rateLimit.windowSeconds * 1000;
  }

  remaining(now: number): number {
    const state = this.stateAt(now);
    const weightedPrevious = state.previous * (this.windowMilliseconds - (now - state.windowStart));
    const allowed =
      floorDivide(this.limit * this.windowMilliseconds - weightedPrevious, this.windowMilliseconds) -
      state.current;
    return Math.max(0, Math.min(this.limit, allowed));
  }

  millisecondsUntil(now: number, count: number): number {
    if (this.remaining(now) >= count) {
      return 0;
    }

    const w = this.windowMilliseconds;
    const state = this.stateAt(now);

    // Within the current window only the previous count's weight falls, so find the earliest elapsed time
    // at which previous × (w − elapsed) ≤ (limit − current − count) × w.
    const inCurrent = earliestElapsed(state.previous, this.limit - state.current - count, w);
    if (inCurrent !== undefined && inCurrent < w) {
      return state.windowStart + inCurrent - now;
    }

    // In the next window the current count becomes the previous one and nothing is counted yet.
    const inNext = earliestElapsed(state.current, this.limit - count, w);
    if (inNext !== undefined && inNext < w) {
      return state.windowStart + w + inNext - now;
    }
    return state.windowStart + 2 * w - now;
  }

  record(now: number): void {
    const state = this.stateAt(now);
    this.windowStart = state.windowStart;
    this.previous = state.previous;
    this.current = state.current + 1;
  }

  idleAt(): number {
    if (this.current > 0) {
      return this.windowStart + 2 * this.windowMilliseconds;
    }
    return this.previous > 0 ? this.windowStart + this.windowMilliseconds : Number.NEGATIVE_INFINITY;
  }

  private stateAt(now: number): { windowStart: number; previous: number; current: number } {
    const w = this.windowMilliseconds;
    if (now < this.windowStart + w) {
      return { windowStart: this.windowStart, previous: this.previous, current: this.current };
    }
    if (now < this.windowStart + 2 * w) {
      return { windowStart: this.windowStart + w, previous: this.current, current: 0 };
    }
    return { windowStart: Math.floor(now / w) * w, previous: 0, current: 0 };
  }
}

/**
 * Returns the least elapsed time `e ≥ 0` with `weight × (w − e) ≤ budget × w`; undefined when `budget` is negative,
 * because then no elapsed time within the window is enough.
 */
function earliestElapsed(weight: number, budget: number, w: number): number | undefined {
  if (budget < 0) {
    return undefined;
  }
  if (weight === 0) {
    return 0;
  }
  return Math.max(0, w - floorDivide(budget * w, weight));
}
