/** How long one attempt of a node type takes: a mean and a symmetric relative jitter. */
export interface DurationModel {
  /** Mean duration of one attempt, in seconds. */
  meanSeconds: number;
  /** Fraction of the mean, from 0 to 1: an attempt lasts between `mean * (1 - jitter)` and `mean * (1 + jitter)`. */
  jitter: number;
}

/** Key of the entry used for node types that have no entry of their own. */
export const ANY_NODE_TYPE = '*';

/**
 * Illustrative durations, not measurements: they give a typical three-node workflow a run of a
 * couple of minutes so that the five-minute budget means something in the playground. Real numbers
 * depend on the data source, the model and the destination, and callers override them per type.
 */
export const DEFAULT_DURATIONS: Readonly<Record<string, DurationModel>> = {
  data_fetcher: { meanSeconds: 20, jitter: 0.25 },
  llm_processor: { meanSeconds: 90, jitter: 0.4 },
  data_saver: { meanSeconds: 10, jitter: 0.2 },
  [ANY_NODE_TYPE]: { meanSeconds: 30, jitter: 0.3 },
};

/** Illustrative pause before a failed attempt is retried, in seconds. */
export const DEFAULT_RETRY_DELAY_SECONDS = 10;

/** Illustrative time a triggered run waits in the queue before its first node may start, in seconds. */
export const DEFAULT_QUEUE_SECONDS = 1;

/** The platform's performance target, in seconds: a typical workflow finishes in under five minutes. */
export const BUDGET_SECONDS = 300;
