import type { NodeStatus, RunStatus, SimulatedRun } from './simulated-run.ts';

export interface NodeSnapshot {
  name: string;
  status: NodeStatus;
  /** The attempt that the status belongs to; 0 before the first attempt and for a skipped node. */
  attempt: number;
  /** Start of the first attempt, or `null` before it (and for a skipped node). */
  startedSeconds: number | null;
  /** When the node reached `succeeded`, `failed` or `skipped`, or `null` before it. */
  finishedSeconds: number | null;
}

/** The state of a simulated run as seen `elapsedSeconds` after it was triggered. */
export interface RunSnapshot {
  status: RunStatus;
  elapsedSeconds: number;
  /** When the run left the queue, or `null` while it is `queued`. */
  startedSeconds: number | null;
  /** When the run reached its final status, or `null` before it. */
  finishedSeconds: number | null;
  /** In the order the workflow lists them. */
  nodes: NodeSnapshot[];
}

const finalNodeStatuses: ReadonlySet<NodeStatus> = new Set(['succeeded', 'failed', 'skipped']);

/**
 * Returns the run's status `elapsedSeconds` after the trigger: `queued` before it started (a negative
 * time included), the final status from `finishedSeconds` on, `Infinity` included.
 */
export function runStatusAt(run: SimulatedRun, elapsedSeconds: number): RunStatus {
  return runSnapshotAt(run, elapsedSeconds).status;
}

/** Returns the run's status and every node's status `elapsedSeconds` after the trigger. */
export function runSnapshotAt(run: SimulatedRun, elapsedSeconds: number): RunSnapshot {
  if (Number.isNaN(elapsedSeconds))
    throw new RangeError('invalid `elapsedSeconds`: expected a number, got `NaN`');

  const nodes = new Map<string, NodeSnapshot>(
    run.nodes.map((node) => [
      node.name,
      { name: node.name, status: 'pending', attempt: 0, startedSeconds: null, finishedSeconds: null },
    ]),
  );
  const snapshot: RunSnapshot = {
    status: 'queued',
    elapsedSeconds,
    startedSeconds: null,
    finishedSeconds: null,
    nodes: [],
  };

  // Transitions are in time order, so the last one at or before the time wins.
  for (const transition of run.transitions) {
    if (transition.atSeconds > elapsedSeconds) break;

    if (transition.scope === 'run') {
      snapshot.status = transition.status;
      if (transition.status === 'running') snapshot.startedSeconds = transition.atSeconds;
      if (transition.status !== 'queued' && transition.status !== 'running') {
        snapshot.finishedSeconds = transition.atSeconds;
      }
      continue;
    }

    const previous = nodes.get(transition.node);
    nodes.set(transition.node, {
      name: transition.node,
      status: transition.status,
      attempt: transition.attempt,
      startedSeconds:
        previous?.startedSeconds ?? (transition.status === 'running' ? transition.atSeconds : null),
      finishedSeconds: finalNodeStatuses.has(transition.status) ? transition.atSeconds : null,
    });
  }

  snapshot.nodes = [...nodes.values()];
  return snapshot;
}

/** Converts a virtual second of the run to epoch milliseconds, from the run's `startAt`. */
export function epochMsAt(run: SimulatedRun, seconds: number): number {
  return run.startAt + Math.round(seconds * 1000);
}
