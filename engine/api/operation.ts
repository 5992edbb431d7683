import type { Identity, Permission, Role, TokenConfig, UserRegistry } from '../security/index.ts';
import type { ResolvedCatalogEntry } from './catalog.ts';
import type { RunSimulationOptions } from './config.ts';
import type { RunStore } from './run-store.ts';

/** Input of every operation handler, after routing, rate limiting and authorization. */
export interface OperationContext {
  request: Request;
  url: URL;
  /** Path parameters by name, already percent-decoded. */
  params: Readonly<Record<string, string>>;
  /** The caller; undefined on public operations, which never identify. */
  identity: Identity | undefined;
  /** The request path as sent, base path included, for `instance` and links. */
  instance: string;
  services: ApiServices;
}

/** State and settings shared by the handlers of one API instance. */
export interface ApiServices {
  basePath: string;
  mode: 'demo' | 'configured';
  now: () => number;
  random: () => number;
  catalog: ReadonlyMap<string, ResolvedCatalogEntry>;
  runs: RunStore;
  users: UserRegistry;
  tokens: TokenConfig | undefined;
  tokenTtlSeconds: number;
  maxBodyBytes: number;
  simulation: RunSimulationOptions;
}

export type OperationHandler = (context: OperationContext) => Promise<Response> | Response;

/** One row of the route table; `openapi/openapi.yaml` must agree with it, which a test checks. */
export interface Route {
  operationId: string;
  method: 'GET' | 'POST';
  /** OpenAPI path template, such as `/workflows/runs/{run_id}`. */
  path: string;
  /** The permission checked before the handler runs; undefined for public operations. */
  permission?: Permission;
  /** The least privileged role with `permission`, as the contract's `x-required-role` states it. */
  role?: Role;
  /** The contract's `x-rate-limit`, for example `10/minute`. */
  rateLimit: string;
  handle: OperationHandler;
}
