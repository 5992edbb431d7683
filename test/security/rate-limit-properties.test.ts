import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createRateLimiter } from '../../engine/security/rate-limit/limiter.ts';
import type { RateLimit } from '../../engine/security/rate-limit/rate-limit.ts';
import {
  RATE_LIMIT_STRATEGIES,
  type RateLimitStrategy,
} from '../../engine/security/rate-limit/window-counter.ts';

const T0 = 28_333_333 * 60_000;

const scenario = fc.record({
  limit: fc.integer({ min: 1, max: 6 }),
  windowSeconds: fc.integer({ min: 1, max: 4 }),
  gaps: fc.array(fc.integer({ min: 0, max: 2500 }), { minLength: 1, maxLength: 80 }),
  strategy: fc.constantFrom(...RATE_LIMIT_STRATEGIES),
});

interface Scenario {
  limit: number;
  windowSeconds: number;
  gaps: number[];
  strategy: RateLimitStrategy;
}

function run({ limit, windowSeconds, gaps, strategy }: Scenario) {
  const rateLimit: RateLimit = { limit, windowSeconds, text: `${limit}/${windowSeconds} seconds` };
  const rateLimiter = createRateLimiter({ limits: [rateLimit], strategy, now: () => T0 });
  let now = T0;
  return gaps.map((gap) => {
    now += gap;
    return { now, decision: rateLimiter.check('alice', now) };
  });
}

// fast-check prints the seed and the shrunk counterexample when a property fails.
test('moving window never allows more than the limit in any window', () => {
  fc.assert(
    fc.property(scenario, (input) => {
      const allowedTimes = run({ ...input, strategy: 'moving-window' })
        .filter(({ decision }) => decision.allowed)
        .map(({ now }) => now);
      const windowMilliseconds = input.windowSeconds * 1000;
      for (const end of allowedTimes) {
        const inWindow = allowedTimes.filter((time) => time > end - windowMilliseconds && time <= end).length;
        expect(inWindow).toBeLessThanOrEqual(input.limit);
      }
    }),
  );
});

test('remaining stays between zero and the limit', () => {
  fc.assert(
    fc.property(scenario, (input) => {
      for (const { decision } of run(input)) {
        expect(decision.remaining).toBeGreaterThanOrEqual(0);
        expect(decision.remaining).toBeLessThanOrEqual(input.limit);
      }
    }),
  );
});

test('a retry after Retry-After seconds is allowed', () => {
  fc.assert(
    fc.property(scenario, (input) => {
      const results = run(input);
      const last = results.at(-1);
      if (last === undefined || last.decision.allowed) {
        return;
      }
      const retryAfter = last.decision.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThanOrEqual(1);

      const rateLimiter = createRateLimiter({
        limits: [{ limit: input.limit, windowSeconds: input.windowSeconds, text: 'replay' }],
        strategy: input.strategy,
        now: () => T0,
      });
      for (const { now } of results) {
        rateLimiter.check('alice', now);
      }
      expect(rateLimiter.check('alice', last.now + retryAfter * 1000).allowed).toBe(true);
    }),
  );
});

test('sliding counter never allows more than the limit in one aligned window', () => {
  fc.assert(
    fc.property(scenario, (input) => {
      const windowMilliseconds = input.windowSeconds * 1000;
      const perWindow = new Map<number, number>();
      for (const { now, decision } of run({ ...input, strategy: 'sliding-window-counter' })) {
        if (decision.allowed) {
          const window = Math.floor(now / windowMilliseconds);
          perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
        }
      }
      for (const count of perWindow.values()) {
        expect(count).toBeLessThanOrEqual(input.limit);
      }
    }),
  );
});
