export { FixedWindowCounter } from './fixed-window-counter.ts';
export { rateLimitHeaders } from './headers.ts';
export {
  createRateLimiter,
  DEFAULT_MAX_TRACKED_KEYS,
  type RateLimitDecision,
  RateLimiter,
  type RateLimiterOptions,
} from './limiter.ts';
export { MovingWindowCounter } from './moving-window-counter.ts';
export { parseRateLimits, RateLimitSyntaxError } from './parse-rate-limits.ts';
export { MAX_LIMIT, MAX_WINDOW_SECONDS, policyName, type RateLimit } from './rate-limit.ts';
export { SlidingWindowCounter } from './sliding-window-counter.ts';
export {
  DEFAULT_RATE_LIMIT_STRATEGY,
  RATE_LIMIT_STRATEGIES,
  type RateLimitStrategy,
  type WindowCounter,
} from './window-counter.ts';
