import { expect, test } from 'vitest';
import { rateLimitHeaders } from '../../engine/security/rate-limit/headers.ts';
import { createRateLimiter } from '../../engine/security/rate-limit/limiter.ts';
import { parseRateLimits } from '../../engine/security/rate-limit/parse-rate-limits.ts';

const T0 = 28_333_333 * 60_000;

test('headers for an allowed request name the most restrictive policy', () => {
  const rateLimiter = createRateLimiter({ limits: parseRateLimits('3/second;5/minute'), now: () => T0 });
  expect(rateLimitHeaders(rateLimiter.check('alice'))).toEqual({
    'RateLimit-Policy': '"3-per-second";q=3;w=1, "5-per-minute";q=5;w=60',
    RateLimit: '"3-per-second";r=2;t=1',
    'X-RateLimit-Limit': '3',
    'X-RateLimit-Remaining': '2',
    'X-RateLimit-Reset': String(T0 / 1000 + 1),
  });
});

test('headers for a rejected request carry Retry-After', () => {
  const rateLimiter = createRateLimiter({
    limits: parseRateLimits('10/minute'),
    strategy: 'fixed-window',
    now: () => T0,
  });
  for (let index = 0; index < 10; index++) {
    rateLimiter.check('alice', T0);
  }
  expect(rateLimitHeaders(rateLimiter.check('alice', T0 + 23_000))).toEqual({
    'RateLimit-Policy': '"10-per-minute";q=10;w=60',
    RateLimit: '"10-per-minute";r=0;t=37',
    'X-RateLimit-Limit': '10',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(T0 / 1000 + 60),
    'Retry-After': '37',
  });
});

test('policy names of multiplied windows use dashes', () => {
  const rateLimiter = createRateLimiter({ limits: parseRateLimits('30/5 minutes'), now: () => T0 });
  const headers = rateLimitHeaders(rateLimiter.check('alice'));
  expect(headers['RateLimit-Policy']).toBe('"30-per-5-minutes";q=30;w=300');
  expect(headers.RateLimit).toBe('"30-per-5-minutes";r=29;t=300');
});
