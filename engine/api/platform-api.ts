import { hasPermission, type Identity, ROLES, type Role, rateLimitHeaders } from '../security/index.ts';
import { resolveCatalog } from './catalog.ts';
import { authenticateChallenge } from './challenge.ts';
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_RUNS,
  DEFAULT_RUN_SIMULATION,
  DEFAULT_TOKEN_TTL_SECONDS,
  type PlatformApiConfig,
} from './config.ts';
import { CORS_HEADERS, preflightResponse } from './cors.ts';
import { identify } from './identify.ts';
import { matchRoute } from './match-route.ts';
import type { ApiServices, Route } from './operation.ts';
import { problemResponse, withHeaders } from './responses.ts';
import { RouteRateLimits } from './route-rate-limits.ts';
import { ROUTES } from './routes.ts';
import { RunStore } from './run-store.ts';
import { templateCatalogEntries } from './template-entries.ts';

export interface RequestContext {
  /** The client's network address, which anonymous requests are rate limited by. */
  clientAddress?: string;
}

/** A response with what the caller's log needs: never a credential, only who the caller was. */
export interface ApiOutcome {
  response: Response;
  operationId?: string;
  /** The identity's subject, when the request was identified. */
  subject?: string;
}

export interface PlatformApi {
  handle(request: Request, context?: RequestContext): Promise<Response>;
  /** Like `handle`, with the operation and the caller for logs. */
  respond(request: Request, context?: RequestContext): Promise<ApiOutcome>;
}

/** Stands in for the address of a client whose runtime reports none, such as the in-browser mock. */
const UNKNOWN_ADDRESS = 'unknown';

/**
 * Creates the platform API as a fetch-style handler. Each request goes through, in order: route
 * matching (404, 405), identification, the rate limit (429), authorization (401, 403), then the
 * operation, which parses its body (422) and does its work. Every response carries CORS headers; every
 * response of a matched operation carries the rate-limit headers.
 */
export function createPlatformApi(config: PlatformApiConfig): PlatformApi {
  const basePath = (config.basePath ?? '').replace(/\/+$/, '');
  const services: ApiServices = {
    basePath,
    mode: config.mode,
    now: config.now,
    random: config.random,
    catalog: resolveCatalog(config.catalog, templateCatalogEntries()),
    runs: new RunStore(config.maxRuns ?? DEFAULT_MAX_RUNS),
    users: config.users,
    tokens: config.tokens,
    tokenTtlSeconds: config.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    maxBodyBytes: config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    simulation: config.simulation ?? DEFAULT_RUN_SIMULATION,
  };
  const rateLimits = new RouteRateLimits(ROUTES, {
    strategy: config.rateLimitStrategy,
    exempt: config.rateLimitExempt,
    now: config.now,
  });

  async function respond(request: Request, context: RequestContext = {}): Promise<ApiOutcome> {
    const url = new URL(request.url);
    const instance = url.pathname;
    const path = pathBelowBase(url.pathname, basePath);
    const match =
      path === undefined ? ({ kind: 'not-found' } as const) : matchRoute(ROUTES, request.method, path);

    if (request.method === 'OPTIONS' && path !== undefined) {
      const methods = ROUTES.filter((route) => matchRoute([route], route.method, path).kind === 'found');
      if (methods.length > 0) return { response: preflightResponse(methods.map((route) => route.method)) };
    }
    if (match.kind === 'not-found') {
      const detail = `no operation at \`${instance}\`; see the API reference for the paths`;
      return { response: withCors(problemResponse('not-found', detail, { instance })) };
    }
    if (match.kind === 'method-not-allowed') {
      const allowed = match.allowed.join(', ');
      const detail = `method \`${request.method}\` is not allowed on \`${instance}\`; use ${allowed}`;
      const response = problemResponse('method-not-allowed', detail, {
        instance,
        headers: { Allow: allowed },
      });
      return { response: withCors(response) };
    }

    const { route, params } = match;
    const outcome = await respondToOperation(route, params, request, url, instance, context);
    return { ...outcome, response: withCors(outcome.response), operationId: route.operationId };
  }

  async function respondToOperation(
    route: Route,
    params: Record<string, string>,
    request: Request,
    url: URL,
    instance: string,
    context: RequestContext,
  ): Promise<ApiOutcome> {
    // Public operations never identify: a bad key must not lock anyone out of `/health` or `/auth/token`.
    const identification =
      route.permission === undefined
        ? ({ kind: 'anonymous' } as const)
        : await identify(request, {
            apiKeys: config.apiKeys,
            tokens: config.tokens,
            now: config.now(),
            tokenPath: `${basePath}/auth/token`,
          });
    const identity = identification.kind === 'identified' ? identification.identity : undefined;
    const subject = identity?.subject;

    const decision = rateLimits.check(route, identity, context.clientAddress ?? UNKNOWN_ADDRESS);
    const limitHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds ?? 1;
      const detail = `rate limit \`${decision.policy.text}\` exceeded; retry in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
      return {
        response: problemResponse('rate-limited', detail, { instance, headers: limitHeaders }),
        subject,
      };
    }

    if (route.permission !== undefined) {
      if (identification.kind !== 'identified') {
        const detail =
          identification.kind === 'rejected'
            ? identification.detail
            : 'missing credentials; send an `X-API-Key` header or `Authorization: Bearer <token>`';
        const tokenError = identification.kind === 'rejected' ? identification.tokenError : undefined;
        const headers = { ...limitHeaders, 'WWW-Authenticate': authenticateChallenge(tokenError) };
        return { response: problemResponse('unauthorized', detail, { instance, headers }) };
      }
      if (!hasPermission(identification.identity.roles, route.permission)) {
        const detail = forbiddenDetail(identification.identity, route);
        return {
          response: problemResponse('forbidden', detail, { instance, headers: limitHeaders }),
          subject,
        };
      }
    }

    try {
      const response = await route.handle({ request, url, params, identity, instance, services });
      return { response: withHeaders(response, limitHeaders), subject };
    } catch (error) {
      config.onError?.(error);
      const response = problemResponse('internal-error', 'the server failed to handle the request', {
        instance,
        headers: limitHeaders,
      });
      return { response, subject };
    }
  }

  return {
    respond,
    handle: async (request, context) => (await respond(request, context)).response,
  };
}

/** Returns the path after the base path, or undefined when the request is outside it. */
function pathBelowBase(pathname: string, basePath: string): string | undefined {
  if (basePath === '') return pathname;
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  return pathname.slice(basePath.length) || '/';
}

function withCors(response: Response): Response {
  return withHeaders(response, CORS_HEADERS);
}

/** Names the role the operation needs and the caller's best role; never anything about other credentials. */
function forbiddenDetail(identity: Identity, route: Route): string {
  const best = ROLES.filter((role: Role) => identity.roles.includes(role)).at(-1);
  const required = route.role ?? 'admin';
  const caller = best === undefined ? 'these credentials grant no role and' : `role \`${best}\``;
  return `${caller} cannot call \`${route.operationId}\`, which requires role \`${required}\``;
}
