import type { RateLimitDecision } from './limiter.ts';
import { policyName, type RateLimit } from './rate-limit.ts';

/**
 * Response headers for a decision, following draft-ietf-httpapi-ratelimit-headers-10 (September 2025):
 * both fields are Structured Field Lists whose items are the policy name as a String with parameters.
 *
 *   RateLimit-Policy: "10-per-minute";q=10;w=60, "100-per-hour";q=100;w=3600
 *   RateLimit: "10-per-minute";r=0;t=37
 *
 * `RateLimit-Policy` lists every configured policy, so it stays the same across responses as the draft
 * recommends; `RateLimit` reports the most restrictive one. `X-RateLimit-Limit`, `X-RateLimit-Remaining`
 * and `X-RateLimit-Reset` (epoch seconds) repeat it for older clients, and a rejection adds `Retry-After`
 * in whole seconds. Exempt callers get no rate limit headers, because no quota applies to them.
 */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  if (decision.exempt) {
    return {};
  }

  const headers: Record<string, string> = {
    'RateLimit-Policy': decision.policies.map(formatPolicyItem).join(', '),
    RateLimit: `"${policyName(decision.policy)}";r=${decision.remaining};t=${decision.resetSeconds}`,
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
    'X-RateLimit-Reset': String(decision.resetAt),
  };
  if (decision.retryAfterSeconds !== undefined) {
    headers['Retry-After'] = String(decision.retryAfterSeconds);
  }
  return headers;
}

function formatPolicyItem(rateLimit: RateLimit): string {
  return `"${policyName(rateLimit)}";q=${rateLimit.limit};w=${rateLimit.windowSeconds}`;
}
