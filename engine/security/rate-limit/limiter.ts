import { FixedWindowCounter } from './fixed-window-counter.ts';
import { MovingWindowCounter } from './moving-window-counter.ts';
import type { RateLimit } from './rate-limit.ts';
import { SlidingWindowCounter } from './sliding-window-counter.ts';
import {
  DEFAULT_RATE_LIMIT_STRATEGY,
  type RateLimitStrategy,
  type WindowCounter,
  type WindowCounterFactory,
} from './window-counter.ts';

const COUNTER_FACTORIES: Readonly<Record<RateLimitStrategy, WindowCounterFactory>> = {
  'fixed-window': (rateLimit) => new FixedWindowCounter(rateLimit),
  'moving-window': (rateLimit) => new MovingWindowCounter(rateLimit),
  'sliding-window-counter': (rateLimit) => new SlidingWindowCounter(rateLimit),
};

export const DEFAULT_MAX_TRACKED_KEYS = 10_000;

export interface RateLimiterOptions {
  limits: readonly RateLimit[];
  strategy?: RateLimitStrategy;
  /** Keys (such as `identity:ops-bot`) that are never limited and never tracked. */
  exemptKeys?: Iterable<string>;
  /** Most clients tracked at once; see `RateLimiter` for what happens beyond it. Default 10,000. */
  maxTrackedKeys?: number;
  /** The clock, in epoch milliseconds; `check` uses it when no `now` is passed. */
  now: () => number;
}

/** The outcome of one check, reported for the most restrictive limit. */
export interface RateLimitDecision {
  allowed: boolean;
  exempt: boolean;
  /** True when the key was not tracked because the table was full and the shared overflow budget was used. */
  overflow: boolean;
  /** The most restrictive limit: on rejection the one with the longest wait, otherwise the one with the minimum remaining. */
  policy: RateLimit;
  /** All configured limits, for the `RateLimit-Policy` header. */
  policies: readonly RateLimit[];
  limit: number;
  /** Requests left after this one under `policy`; never negative. */
  remaining: number;
  /** Seconds until `remaining` grows again (rounded up); 0 when nothing is used. */
  resetSeconds: number;
  /** Epoch seconds at which `remaining` grows again, for `X-RateLimit-Reset`. */
  resetAt: number;
  /** On rejection, whole seconds to wait before one request is allowed: rounded up, at least 1. */
  retryAfterSeconds?: number;
}

interface TrackedClient {
  counters: WindowCounter[];
}

/**
 * Decides whether a request may proceed, before its handler runs, under every configured limit at once.
 *
 * A request is allowed only when every limit has room, and then it counts against all of them. A
 * rejected request counts against none, so a client that keeps retrying while limited is not locked out
 * for longer.
 *
 * `check` is synchronous, so concurrent requests in one JavaScript realm cannot interleave between the
 * read and the update of a counter.
 *
 * Memory is bounded by `maxTrackedKeys`. A client is only forgotten once all its windows have fully passed
 * (`idleAt`), when forgetting it changes nothing. When the table is full of clients with live windows, a
 * new key is not tracked on its own: it shares one overflow budget with every other untracked key. So a
 * flood of new keys can neither evict a client's counters into a fresh budget nor reset its own, and it
 * exhausts the overflow budget quickly.
 * NOTE: while the table is full, new legitimate clients share that overflow budget with the flood; that
 * is the conservative choice, and a larger `maxTrackedKeys` is the way out.
 */
export class RateLimiter {
  readonly limits: readonly RateLimit[];
  readonly strategy: RateLimitStrategy;
  readonly maxTrackedKeys: number;
  private readonly exemptKeys: ReadonlySet<string>;
  private readonly clock: () => number;
  private readonly createCounter: WindowCounterFactory;
  private readonly clients = new Map<string, TrackedClient>();
  private readonly overflowClient: TrackedClient;
  private latestNow = Number.NEGATIVE_INFINITY;
  /** No tracked client can be idle before this time, so a sweep before it would find nothing. */
  private nextSweepAt = Number.NEGATIVE_INFINITY;

  constructor(options: RateLimiterOptions) {
    if (options.limits.length === 0) {
      throw new TypeError('a rate limiter needs at least one limit');
    }
    const maxTrackedKeys = options.maxTrackedKeys ?? DEFAULT_MAX_TRACKED_KEYS;
    if (!Number.isInteger(maxTrackedKeys) || maxTrackedKeys < 1) {
      throw new TypeError(`maxTrackedKeys must be a positive integer, got \`${maxTrackedKeys}\``);
    }

    this.limits = options.limits;
    this.strategy = options.strategy ?? DEFAULT_RATE_LIMIT_STRATEGY;
    this.maxTrackedKeys = maxTrackedKeys;
    this.exemptKeys = new Set(options.exemptKeys ?? []);
    this.clock = options.now;
    this.createCounter = COUNTER_FACTORIES[this.strategy];
    this.overflowClient = this.newClient();
  }

  /** Number of clients with their own counters, not counting the shared overflow budget. */
  get trackedKeys(): number {
    return this.clients.size;
  }

  /**
   * Checks and, when allowed, counts one request for `key` at `now` (epoch milliseconds, default the
   * clock). A `now` earlier than one already seen is treated as that later time.
   */
  check(key: string, now: number = this.clock()): RateLimitDecision {
    this.latestNow = Math.max(this.latestNow, now);
    const at = this.latestNow;

    if (this.exemptKeys.has(key)) {
      return this.exemptDecision(at);
    }

    const { client, overflow } = this.clientFor(key, at);
    const remainingBefore = client.counters.map((counter) => counter.remaining(at));
    const allowed = remainingBefore.every((remaining) => remaining >= 1);
    if (allowed) {
      for (const counter of client.counters) {
        counter.record(at);
      }
      if (!overflow) {
        this.nextSweepAt = Math.min(this.nextSweepAt, ...client.counters.map((counter) => counter.idleAt()));
      }
    }

    return this.decide(client, allowed, overflow, at);
  }

  private decide(client: TrackedClient, allowed: boolean, overflow: boolean, at: number): RateLimitDecision {
    const statuses = client.counters.map((counter, index) => {
      const rateLimit = this.limits[index] as RateLimit;
      const remaining = counter.remaining(at);
      const resetMilliseconds =
        remaining >= rateLimit.limit ? 0 : counter.millisecondsUntil(at, remaining + 1);
      const retryMilliseconds = remaining >= 1 ? 0 : counter.millisecondsUntil(at, 1);
      return { rateLimit, remaining, resetMilliseconds, retryMilliseconds };
    });

    const binding = statuses.reduce((best, status) => (isMoreRestrictive(status, best) ? status : best));
    const decision: RateLimitDecision = {
      allowed,
      exempt: false,
      overflow,
      policy: binding.rateLimit,
      policies: this.limits,
      limit: binding.rateLimit.limit,
      remaining: binding.remaining,
      resetSeconds: Math.ceil(binding.resetMilliseconds / 1000),
      resetAt: Math.ceil((at + binding.resetMilliseconds) / 1000),
    };
    if (!allowed) {
      decision.retryAfterSeconds = Math.max(1, Math.ceil(binding.retryMilliseconds / 1000));
    }
    return decision;
  }

  private exemptDecision(at: number): RateLimitDecision {
    const policy = this.limits[0] as RateLimit;
    return {
      allowed: true,
      exempt: true,
      overflow: false,
      policy,
      policies: this.limits,
      limit: policy.limit,
      remaining: policy.limit,
      resetSeconds: 0,
      resetAt: Math.ceil(at / 1000),
    };
  }

  private clientFor(key: string, at: number): { client: TrackedClient; overflow: boolean } {
    const existing = this.clients.get(key);
    if (existing !== undefined) {
      return { client: existing, overflow: false };
    }

    if (this.clients.size >= this.maxTrackedKeys) {
      this.sweepIdleClients(at);
    }
    if (this.clients.size >= this.maxTrackedKeys) {
      return { client: this.overflowClient, overflow: true };
    }

    const client = this.newClient();
    this.clients.set(key, client);
    return { client, overflow: false };
  }

  /** Forgets clients whose windows have all passed; at most one full scan per `nextSweepAt`. */
  private sweepIdleClients(at: number): void {
    if (at < this.nextSweepAt) {
      return;
    }

    let earliestIdle = Number.POSITIVE_INFINITY;
    for (const [key, client] of this.clients) {
      const idleAt = Math.max(...client.counters.map((counter) => counter.idleAt()));
      if (idleAt <= at) {
        this.clients.delete(key);
      } else {
        earliestIdle = Math.min(earliestIdle, idleAt);
      }
    }
    this.nextSweepAt = earliestIdle;
  }

  private newClient(): TrackedClient {
    return { counters: this.limits.map((rateLimit) => this.createCounter(rateLimit)) };
  }
}

type LimitStatus = {
  rateLimit: RateLimit;
  remaining: number;
  resetMilliseconds: number;
  retryMilliseconds: number;
};

/** Compares two limits: a longer wait wins on rejection, then fewer remaining, then a later reset. */
function isMoreRestrictive(candidate: LimitStatus, best: LimitStatus): boolean {
  if (candidate.retryMilliseconds !== best.retryMilliseconds) {
    return candidate.retryMilliseconds > best.retryMilliseconds;
  }
  if (candidate.remaining !== best.remaining) {
    return candidate.remaining < best.remaining;
  }
  return candidate.resetMilliseconds > best.resetMilliseconds;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  return new RateLimiter(options);
}
