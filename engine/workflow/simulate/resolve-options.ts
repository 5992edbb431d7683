import {
  ANY_NODE_TYPE,
  DEFAULT_DURATIONS,
  DEFAULT_QUEUE_SECONDS,
  DEFAULT_RETRY_DELAY_SECONDS,
  type DurationModel,
} from './default-durations.ts';
import type { SimulateOptions } from './simulated-run.ts';

/** Options after defaults and checks, with times in whole milliseconds so that sums stay exact. */
export interface ResolvedOptions {
  seed: number;
  retries: number;
  retryDelayMs: number;
  concurrency: number;
  queueMs: number;
  startAt: number;
  durationFor: (nodeType: string) => DurationModel;
  failureRateFor: (nodeType: string) => number;
}

/** Applies defaults and rejects out-of-range options with a `RangeError`: they are the caller's mistake. */
export function resolveOptions(options: SimulateOptions): ResolvedOptions {
  requireInteger('seed', options.seed, Number.MIN_SAFE_INTEGER);
  const retries = options.retries ?? 0;
  requireInteger('retries', retries, 0);
  const concurrency = options.concurrency ?? Number.POSITIVE_INFINITY;
  if (concurrency !== Number.POSITIVE_INFINITY) requireInteger('concurrency', concurrency, 1);
  const retryDelaySeconds = options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS;
  requireSeconds('retryDelaySeconds', retryDelaySeconds);
  const queueSeconds = options.queueSeconds ?? DEFAULT_QUEUE_SECONDS;
  requireSeconds('queueSeconds', queueSeconds);
  const startAt = options.startAt ?? 0;
  requireInteger('startAt', startAt, Number.MIN_SAFE_INTEGER);

  const durations = mergeDurations(options.durations ?? {});
  const failureRates = options.failureRate ?? {};
  for (const [nodeType, rate] of Object.entries(failureRates)) {
    requireFraction(`failureRate.${nodeType}`, rate);
  }

  return {
    seed: options.seed,
    retries,
    retryDelayMs: toMilliseconds(retryDelaySeconds),
    concurrency,
    queueMs: toMilliseconds(queueSeconds),
    startAt,
    durationFor: (nodeType) => lookUp(durations, nodeType) ?? fallbackDuration(durations),
    failureRateFor: (nodeType) => lookUp(failureRates, nodeType) ?? failureRates[ANY_NODE_TYPE] ?? 0,
  };
}

export function toMilliseconds(seconds: number): number {
  return Math.round(seconds * 1000);
}

function mergeDurations(
  overrides: Readonly<Record<string, Partial<DurationModel>>>,
): Record<string, DurationModel> {
  const merged: Record<string, DurationModel> = { ...DEFAULT_DURATIONS };
  for (const [nodeType, override] of Object.entries(overrides)) {
    const base = lookUp(merged, nodeType) ?? fallbackDuration(merged);
    const model = { ...base, ...override };
    requireSeconds(`durations.${nodeType}.meanSeconds`, model.meanSeconds);
    requireFraction(`durations.${nodeType}.jitter`, model.jitter);
    merged[nodeType] = model;
  }
  return merged;
}

// Own properties only, so that a node type named like an Object.prototype member finds nothing.
function lookUp<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function fallbackDuration(table: Readonly<Record<string, DurationModel>>): DurationModel {
  const fallback = lookUp(table, ANY_NODE_TYPE);
  if (fallback === undefined) throw new RangeError(`no duration for node type \`${ANY_NODE_TYPE}\``);
  return fallback;
}

function requireInteger(name: string, value: number, minimum: number): void {
  if (Number.isSafeInteger(value) && value >= minimum) return;
  throw new RangeError(`invalid \`${name}\`: expected an integer of at least ${minimum}, got \`${value}\``);
}

function requireSeconds(name: string, value: number): void {
  if (Number.isFinite(value) && value >= 0) return;
  throw new RangeError(
    `invalid \`${name}\`: expected a finite number of seconds, 0 or more, got \`${value}\``,
  );
}

function requireFraction(name: string, value: number): void {
  if (Number.isFinite(value) && value >= 0 && value <= 1) return;
  throw new RangeError(`invalid \`${name}\`: expected a number from 0 to 1, got \`${value}\``);
}
