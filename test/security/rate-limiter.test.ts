import { describe, expect, test } from 'vitest';
import { rateLimitHeaders } from '../../engine/security/rate-limit/headers.ts';
import { createRateLimiter, type RateLimiter } from '../../engine/security/rate-limit/limiter.ts';
import { parseRateLimits } from '../../engine/security/rate-limit/parse-rate-limits.ts';
import {
  RATE_LIMIT_STRATEGIES,
  type RateLimitStrategy,
} from '../../engine/security/rate-limit/window-counter.ts';

const MINUTE = 60_000;
/** An instant on a minute boundary, so fixed and sliding windows start exactly here. */
const T0 = 28_333_333 * MINUTE;

function limiter(
  limits: string,
  strategy: RateLimitStrategy,
  extra: { maxTrackedKeys?: number; exemptKeys?: string[] } = {},
): RateLimiter {
  return createRateLimiter({ limits: parseRateLimits(limits), strategy, now: () => T0, ...extra });
}

/** Sends `count` requests for `key` at `now` and returns how many were allowed. */
function burst(rateLimiter: RateLimiter, key: string, now: number, count: number): number {
  let allowed = 0;
  for (let index = 0; index < count; index++) {
    if (rateLimiter.check(key, now).allowed) {
      allowed++;
    }
  }
  return allowed;
}

describe.each(RATE_LIMIT_STRATEGIES)('%s at the limit', (strategy) => {
  test('tenth request allowed, eleventh rejected', () => {
    const rateLimiter = limiter('10/minute', strategy);
    const remaining = Array.from({ length: 10 }, () => rateLimiter.check('alice', T0).remaining);
    expect(remaining).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);

    const eleventh = rateLimiter.check('alice', T0);
    expect(eleventh.allowed).toBe(false);
    expect(eleventh.remaining).toBe(0);
  });

  test('limits are per key', () => {
    const rateLimiter = limiter('10/minute', strategy);
    expect(burst(rateLimiter, 'alice', T0, 10)).toBe(10);
    expect(burst(rateLimiter, 'bob', T0, 12)).toBe(10);
  });

  test('concurrent checks let exactly the limit through', async () => {
    const rateLimiter = limiter('10/minute', strategy);
    const decisions = await Promise.all(
      Array.from({ length: 25 }, async () => {
        await Promise.resolve();
        return rateLimiter.check('alice', T0);
      }),
    );
    expect(decisions.filter((decision) => decision.allowed).length).toBe(10);
  });
});

describe('window boundaries after 10 requests at T0', () => {
  const exhausted = (strategy: RateLimitStrategy) => {
    const rateLimiter = limiter('10/minute', strategy);
    burst(rateLimiter, 'alice', T0, 10);
    return rateLimiter;
  };

  test('fixed window reopens exactly at the boundary', () => {
    const rateLimiter = exhausted('fixed-window');
    const before = rateLimiter.check('alice', T0 + 59_999);
    expect(before.allowed).toBe(false);
    expect(before.retryAfterSeconds).toBe(1);
    const at = rateLimiter.check('alice', T0 + 60_000);
    expect(at.allowed).toBe(true);
    expect(at.remaining).toBe(9);
  });

  test('moving window reopens when the first request is a window old', () => {
    const rateLimiter = exhausted('moving-window');
    expect(rateLimiter.check('alice', T0 + 59_999).allowed).toBe(false);
    const at = rateLimiter.check('alice', T0 + 60_000);
    expect(at.allowed).toBe(true);
    expect(at.remaining).toBe(9);
  });

  test('sliding counter reopens when the previous weight leaves room', () => {
    const rateLimiter = exhausted('sliding-window-counter');
    // previous = 10, so one request fits once 10 × (60000 − e) ≤ 9 × 60000, that is e ≥ 6000.
    const atBoundary = rateLimiter.check('alice', T0 + 60_000);
    expect(atBoundary.allowed).toBe(false);
    expect(atBoundary.retryAfterSeconds).toBe(6);
    expect(rateLimiter.check('alice', T0 + 65_999).allowed).toBe(false);
    expect(rateLimiter.check('alice', T0 + 66_000).allowed).toBe(true);
    expect(rateLimiter.check('alice', T0 + 66_000).allowed).toBe(false);
  });
});

describe('bursts across a window boundary', () => {
  test('fixed window admits twice the limit within one millisecond', () => {
    const rateLimiter = limiter('10/minute', 'fixed-window');
    expect(burst(rateLimiter, 'alice', T0 + 59_999, 20)).toBe(10);
    expect(burst(rateLimiter, 'alice', T0 + 60_000, 20)).toBe(10);
  });

  test('moving window admits no more than the limit', () => {
    const rateLimiter = limiter('10/minute', 'moving-window');
    expect(burst(rateLimiter, 'alice', T0 + 59_999, 20)).toBe(10);
    expect(burst(rateLimiter, 'alice', T0 + 60_000, 20)).toBe(0);
    expect(burst(rateLimiter, 'alice', T0 + 119_998, 20)).toBe(0);
    expect(burst(rateLimiter, 'alice', T0 + 119_999, 20)).toBe(10);
  });

  test('strategies differ a quarter into the next window', () => {
    const admitted = RATE_LIMIT_STRATEGIES.map((strategy) => {
      const rateLimiter = limiter('10/minute', strategy);
      burst(rateLimiter, 'alice', T0 + 30_000, 10);
      const allowed = burst(rateLimiter, 'alice', T0 + 75_000, 20);
      const retryAfter = rateLimiter.check('alice', T0 + 75_000).retryAfterSeconds;
      return [strategy, allowed, retryAfter];
    });
    // Sliding: 10 × 45000/60000 = 7.5 leaves room for 2; then 10 × (60000 − e) ≤ 7 × 60000 needs e ≥ 18000.
    expect(admitted).toEqual([
      ['fixed-window', 10, 45],
      ['moving-window', 0, 15],
      ['sliding-window-counter', 2, 3],
    ]);
  });
});

describe('Retry-After', () => {
  test('rounds a partial second up', () => {
    const rateLimiter = limiter('10/minute', 'fixed-window');
    burst(rateLimiter, 'alice', T0, 10);
    expect(rateLimiter.check('alice', T0 + 22_500).retryAfterSeconds).toBe(38);
  });

  test('is exact on a whole second', () => {
    const rateLimiter = limiter('10/minute', 'fixed-window');
    burst(rateLimiter, 'alice', T0, 10);
    expect(rateLimiter.check('alice', T0 + 23_000).retryAfterSeconds).toBe(37);
  });

  test('is absent when allowed', () => {
    const rateLimiter = limiter('10/minute', 'moving-window');
    expect(rateLimiter.check('alice', T0).retryAfterSeconds).toBeUndefined();
  });
});

describe('several limits', () => {
  test('the per-second limit binds first, then the per-minute one', () => {
    const rateLimiter = limiter('3/second;5/minute', 'moving-window');
    const first = rateLimiter.check('alice', T0);
    expect(first.policy.text).toBe('3/second');
    expect(first.remaining).toBe(2);
    expect(first.resetSeconds).toBe(1);

    expect(rateLimiter.check('alice', T0 + 1).allowed).toBe(true);
    expect(rateLimiter.check('alice', T0 + 2).allowed).toBe(true);
    const fourth = rateLimiter.check('alice', T0 + 3);
    expect(fourth.allowed).toBe(false);
    expect(fourth.policy.text).toBe('3/second');
    expect(fourth.retryAfterSeconds).toBe(1);

    expect(rateLimiter.check('alice', T0 + 1000).allowed).toBe(true);
    expect(rateLimiter.check('alice', T0 + 1001).allowed).toBe(true);
    const sixth = rateLimiter.check('alice', T0 + 1002);
    expect(sixth.allowed).toBe(false);
    expect(sixth.policy.text).toBe('5/minute');
    expect(sixth.retryAfterSeconds).toBe(59);
  });

  test('a rejected request counts against no limit', () => {
    const rateLimiter = limiter('1/second;3/minute', 'moving-window');
    expect(rateLimiter.check('alice', T0).allowed).toBe(true);
    expect(burst(rateLimiter, 'alice', T0 + 10, 50)).toBe(0);
    expect(rateLimiter.check('alice', T0 + 1000).remaining).toBe(0);
    expect(rateLimiter.check('alice', T0 + 1000).policy.text).toBe('1/second');
    expect(rateLimiter.check('alice', T0 + 2000).allowed).toBe(true);
  });
});

describe('exempt keys', () => {
  test('are never limited nor tracked', () => {
    const rateLimiter = limiter('2/minute', 'fixed-window', { exemptKeys: ['identity:ops-bot'] });
    expect(burst(rateLimiter, 'identity:ops-bot', T0, 100)).toBe(100);
    const decision = rateLimiter.check('identity:ops-bot', T0);
    expect(decision.exempt).toBe(true);
    expect(rateLimitHeaders(decision)).toEqual({});
    expect(rateLimiter.trackedKeys).toBe(0);
  });
});

describe('memory bound', () => {
  test('a flood of new keys cannot evict a live client', () => {
    const rateLimiter = limiter('2/minute', 'moving-window', { maxTrackedKeys: 3 });
    expect(burst(rateLimiter, 'victim', T0, 3)).toBe(2);

    let floodAllowed = 0;
    for (let index = 0; index < 1000; index++) {
      if (rateLimiter.check(`attacker-${index}`, T0 + 1 + index).allowed) {
        floodAllowed++;
      }
    }
    // Two new keys fill the table (2 requests each would be allowed, 1 is sent); the rest share the overflow budget of 2.
    expect(floodAllowed).toBe(4);
    expect(rateLimiter.trackedKeys).toBe(3);
    const victim = rateLimiter.check('victim', T0 + 1001);
    expect(victim.allowed).toBe(false);
    expect(victim.overflow).toBe(false);
  });

  test('a flooding client cannot reset its own counters', () => {
    const rateLimiter = limiter('2/minute', 'fixed-window', { maxTrackedKeys: 2 });
    expect(burst(rateLimiter, 'attacker', T0, 2)).toBe(2);
    for (let index = 0; index < 500; index++) {
      rateLimiter.check(`attacker-alias-${index}`, T0 + 1);
    }
    expect(rateLimiter.check('attacker', T0 + 2).allowed).toBe(false);
  });

  test('overflow decisions are marked and share one budget', () => {
    const rateLimiter = limiter('2/minute', 'fixed-window', { maxTrackedKeys: 1 });
    rateLimiter.check('first', T0);
    const second = rateLimiter.check('second', T0);
    expect(second.overflow).toBe(true);
    expect(second.allowed).toBe(true);
    expect(rateLimiter.check('third', T0).allowed).toBe(true);
    expect(rateLimiter.check('fourth', T0).allowed).toBe(false);
  });

  test('idle clients are forgotten once their windows pass', () => {
    const rateLimiter = limiter('2/minute', 'fixed-window', { maxTrackedKeys: 2 });
    rateLimiter.check('a', T0);
    rateLimiter.check('b', T0);
    expect(rateLimiter.check('c', T0 + 59_999).overflow).toBe(true);
    const later = rateLimiter.check('c', T0 + 60_000);
    expect(later.overflow).toBe(false);
    expect(later.remaining).toBe(1);
    expect(rateLimiter.trackedKeys).toBe(1);
  });
});

test('a clock going backwards is treated as the latest time', () => {
  const rateLimiter = limiter('1/minute', 'fixed-window');
  expect(rateLimiter.check('alice', T0 + MINUTE).allowed).toBe(true);
  expect(rateLimiter.check('alice', T0).allowed).toBe(false);
});
