import type { DurationModel } from './default-durations.ts';

/** Status of a run as the API reports it. */
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Status of one node while a run advances; `retrying` is the pause between a failed attempt and the next. */
export type NodeStatus = 'pending' | 'running' | 'retrying' | 'succeeded' | 'failed' | 'skipped';

export interface SimulateOptions {
  /** Seed of the pseudo-random generator; only its low 32 bits are used. */
  seed: number;
  /** Per node type overrides of the default durations; the key `*` applies to types not listed. */
  durations?: Readonly<Record<string, Partial<DurationModel>>>;
  /** Per node type probability, from 0 to 1, that one attempt fails; the key `*` applies to types not listed. */
  failureRate?: Readonly<Record<string, number>>;
  /** Attempts after the first one that a failed node gets; 0 by default. */
  retries?: number;
  /** Pause between a failed attempt and the next, in seconds. */
  retryDelaySeconds?: number;
  /** Maximum number of attempts running at once; unlimited by default. */
  concurrency?: number;
  /** Time spent in `queued` before the run starts, in seconds. */
  queueSeconds?: number;
  /** Epoch milliseconds of virtual second 0, the moment the run was triggered; 0 by default. */
  startAt?: number;
}

export interface SimulatedAttempt {
  /** 1 for the first attempt. */
  attempt: number;
  startSeconds: number;
  endSeconds: number;
  status: 'succeeded' | 'failed';
}

export interface SimulatedNode {
  name: string;
  type: string;
  status: 'succeeded' | 'failed' | 'skipped';
  /** Empty for a skipped node. */
  attempts: SimulatedAttempt[];
  /** Second at which the outcome was known: the end of the last attempt, or when an upstream failure skipped it. */
  settledSeconds: number;
}

export type StateTransition =
  | { scope: 'run'; atSeconds: number; status: RunStatus }
  | { scope: 'node'; atSeconds: number; node: string; status: NodeStatus; attempt: number };

export interface CriticalPath {
  /** Node names from a root to a leaf. */
  nodes: string[];
  /** Sum of the elapsed times of those nodes, retries and retry pauses included, in seconds. */
  seconds: number;
}

/** One run in virtual time. All `...Seconds` values count from the trigger, virtual second 0. */
export interface SimulatedRun {
  workflowId: string;
  seed: number;
  /** Epoch milliseconds of virtual second 0. */
  startAt: number;
  status: 'succeeded' | 'failed';
  /** When the run left the queue and its first nodes could start. */
  startedSeconds: number;
  finishedSeconds: number;
  /** From trigger to finish, queue time included. */
  durationSeconds: number;
  budgetSeconds: number;
  /** True when `durationSeconds` is strictly below `budgetSeconds`. */
  withinBudget: boolean;
  criticalPath: CriticalPath;
  /** In the order the workflow lists them. */
  nodes: SimulatedNode[];
  /** Ordered by time; at equal times, in the order they happened. */
  transitions: StateTransition[];
}
