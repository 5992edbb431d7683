import type { ApiKeyRegistry, RateLimitStrategy, TokenConfig, UserRegistry } from '../security/index.ts';
import type { SimulateOptions } from '../workflow/simulate/index.ts';
import type { CatalogEntry } from './catalog.ts';

/** Run simulation settings. The API draws the seed and sets the start itself. */
export type RunSimulationOptions = Omit<SimulateOptions, 'seed' | 'startAt'>;

/**
 * Everything the API reads from its surroundings. Nothing is read from globals, so the browser mock, the
 * tests and `wf serve` differ only in what they pass here.
 */
export interface PlatformApiConfig {
  apiKeys: ApiKeyRegistry;
  users: UserRegistry;
  /** Token settings; without them bearer tokens are rejected and `POST /auth/token` issues none. */
  tokens?: TokenConfig;
  /** Lifetime of issued access tokens, in seconds; default 3600. */
  tokenTtlSeconds?: number;
  /** Default `moving-window`. */
  rateLimitStrategy?: RateLimitStrategy;
  /** Identities never rate limited: a key owner or user name, or `address:<ip>` for a client address. */
  rateLimitExempt?: readonly string[];
  /** The clock, in epoch milliseconds; it drives runs, rate limits and token times. */
  now: () => number;
  /** A random source returning floats in [0, 1); it draws run ids, run seeds and token ids. */
  random: () => number;
  /**
   * Workflows that `POST /workflows/trigger` can name and `GET /templates` lists. The library templates are
   * always added after them, so no entry may take a template's name.
   */
  catalog: readonly CatalogEntry[];
  /** Path prefix the API is mounted at, without a trailing slash: `/mockapi` in the browser, `` on `wf serve`. */
  basePath?: string;
  /** `demo` with the public demo credentials, `configured` with credentials from the environment. */
  mode: 'demo' | 'configured';
  /** Most runs kept in memory; beyond it the oldest finished run is dropped. Default 1000. */
  maxRuns?: number;
  /** Largest request body accepted, in bytes; default 1 MiB. */
  maxBodyBytes?: number;
  /** Run simulation settings; default one retry and a 5% failure rate per attempt. */
  simulation?: RunSimulationOptions;
  /** Called with every exception a handler raised; the client gets a plain 500 problem. */
  onError?: (error: unknown) => void;
}

export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
export const DEFAULT_MAX_RUNS = 1000;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Some runs fail, so a client sees every final status; a retry keeps failures rare. */
export const DEFAULT_RUN_SIMULATION: RunSimulationOptions = { retries: 1, failureRate: { '*': 0.05 } };
