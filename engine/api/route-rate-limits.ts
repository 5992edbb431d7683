import type { Identity, RateLimitDecision, RateLimiter, RateLimitStrategy } from '../security/index.ts';
import { createRateLimiter, parseRateLimits } from '../security/index.ts';
import type { Route } from './operation.ts';

/** The prefix of an exempt entry that names a client address instead of an identity. */
const ADDRESS_PREFIX = 'address:';

export interface RouteRateLimitOptions {
  strategy?: RateLimitStrategy;
  exempt?: readonly string[];
  now: () => number;
}

/**
 * One rate limiter per operation, each with the operation's own limit, so reads do not use up the
 * budget of triggers. A caller is counted as `identity:<subject>` when identified and as
 * `address:<client address>` otherwise; several keys of one owner share the owner's budget.
 */
export class RouteRateLimits {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(routes: readonly Route[], options: RouteRateLimitOptions) {
    const exemptKeys = (options.exempt ?? []).map((entry) =>
      entry.startsWith(ADDRESS_PREFIX) ? entry : `identity:${entry}`,
    );
    for (const route of routes) {
      this.limiters.set(
        route.operationId,
        createRateLimiter({
          limits: parseRateLimits(route.rateLimit),
          strategy: options.strategy,
          exemptKeys,
          now: options.now,
        }),
      );
    }
  }

  check(route: Route, identity: Identity | undefined, clientAddress: string): RateLimitDecision {
    const limiter = this.limiters.get(route.operationId);
    if (limiter === undefined) {
      throw new TypeError(`no rate limiter for operation \`${route.operationId}\``);
    }
    const key = identity === undefined ? `${ADDRESS_PREFIX}${clientAddress}` : `identity:${identity.subject}`;
    return limiter.check(key);
  }
}
