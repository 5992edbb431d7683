import type { RunStatus, SimulatedRun } from '../workflow/simulate/index.ts';
import { runStatusAt } from '../workflow/simulate/index.ts';
import type { ParameterValues } from './parameter-values.ts';

/** A triggered run: its whole simulated future is computed at trigger time and revealed as the clock advances. */
export interface StoredRun {
  /** Insertion order, for newest-first listing and cursors. */
  sequence: number;
  id: string;
  workflowId: string;
  source: 'catalog' | 'inline';
  parameters: ParameterValues;
  /** The subject of the identity that triggered it. */
  triggeredBy: string;
  /** Epoch milliseconds; virtual second 0 of `simulated`. */
  createdAt: number;
  simulated: SimulatedRun;
  /** Epoch milliseconds of a successful cancel. */
  cancelledAt?: number;
}

export type NewRun = Omit<StoredRun, 'sequence'>;

/** Returns the status of a run at `now`, cancellation included. */
export function runStatus(run: StoredRun, now: number): RunStatus {
  if (run.cancelledAt !== undefined) {
    return 'cancelled';
  }
  return runStatusAt(run.simulated, (now - run.createdAt) / 1000);
}

export function isFinal(status: RunStatus): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}

/**
 * Runs in memory, for the lifetime of the server or page. At most `maxRuns` are kept: adding one more drops
 * the oldest finished run, or the oldest run of all when none has finished yet, so memory stays bounded
 * even under a flood of triggers from many identities.
 */
export class RunStore {
  readonly maxRuns: number;
  private readonly runs = new Map<string, StoredRun>();
  private nextSequence = 1;

  constructor(maxRuns: number) {
    if (!Number.isInteger(maxRuns) || maxRuns < 1) {
      throw new TypeError(`maxRuns must be a positive integer, got \`${maxRuns}\``);
    }
    this.maxRuns = maxRuns;
  }

  get size(): number {
    return this.runs.size;
  }

  has(id: string): boolean {
    return this.runs.has(id);
  }

  get(id: string): StoredRun | undefined {
    return this.runs.get(id);
  }

  add(run: NewRun, now: number): StoredRun {
    if (this.runs.size >= this.maxRuns) {
      this.evictOne(now);
    }
    const stored: StoredRun = { ...run, sequence: this.nextSequence++ };
    this.runs.set(stored.id, stored);
    return stored;
  }

  /** Returns all runs, newest first. */
  newestFirst(): StoredRun[] {
    return [...this.runs.values()].reverse();
  }

  private evictOne(now: number): void {
    // Map iteration follows insertion order, so the first match is the oldest.
    for (const run of this.runs.values()) {
      if (isFinal(runStatus(run, now))) {
        this.runs.delete(run.id);
        return;
      }
    }
    const oldest = this.runs.keys().next();
    if (!oldest.done) {
      this.runs.delete(oldest.value);
    }
  }
}
