import type { NodeStatus, RunStatus } from '../workflow/simulate/index.ts';
import { epochMsAt, runSnapshotAt } from '../workflow/simulate/index.ts';
import type { ParameterValues } from './parameter-values.ts';
import { runStatus, type StoredRun } from './run-store.ts';

/** A node as the API reports it: the simulator's statuses plus `cancelled`. */
export interface NodeRunView {
  name: string;
  type: string;
  status: NodeStatus | 'cancelled';
  attempt: number;
  started_at: string | null;
  finished_at: string | null;
}

/** The `Run` schema of the contract. */
export interface RunView {
  run_id: string;
  workflow_id: string;
  status: RunStatus;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  triggered_by: string;
  source: 'catalog' | 'inline';
  parameters: ParameterValues;
  nodes: NodeRunView[];
  simulation?: {
    seed: number;
    duration_seconds: number;
    budget_seconds: number;
    within_budget: boolean;
    critical_path: string[];
  };
  links: { self: string; cancel?: string };
}

const timestamp = (milliseconds: number): string => new Date(milliseconds).toISOString();

/**
 * Renders a run as seen at `now`. A cancelled run is frozen at its cancel time: nodes that were pending,
 * running or retrying then become `cancelled`. The simulation summary appears only once the run ended
 * `succeeded` or `failed`, because before that it would reveal the outcome.
 */
export function viewRun(run: StoredRun, now: number, basePath: string): RunView {
  const status = runStatus(run, now);
  const seenAt = run.cancelledAt ?? now;
  const elapsed = (seenAt - run.createdAt) / 1000;
  const snapshot = runSnapshotAt(run.simulated, elapsed);
  const at = (seconds: number) => timestamp(epochMsAt(run.simulated, seconds));

  const nodes = run.simulated.nodes.map((node, index): NodeRunView => {
    const current = snapshot.nodes[index] ?? { status: 'pending' as const, attempt: 0 };
    const firstAttempt = node.attempts[0];
    const started = firstAttempt !== undefined && firstAttempt.startSeconds <= elapsed;
    const settled =
      current.status === 'succeeded' || current.status === 'failed' || current.status === 'skipped';
    const cancelled = status === 'cancelled' && !settled;
    const nodeFinishedAt = () => {
      if (settled) return at(node.settledSeconds);
      return cancelled ? timestamp(seenAt) : null;
    };
    return {
      name: node.name,
      type: node.type,
      status: cancelled ? 'cancelled' : current.status,
      attempt: current.attempt,
      started_at: started ? at(firstAttempt.startSeconds) : null,
      finished_at: nodeFinishedAt(),
    };
  });

  const self = `${basePath}/workflows/runs/${run.id}`;
  const ended = status === 'succeeded' || status === 'failed';
  const view: RunView = {
    run_id: run.id,
    workflow_id: run.workflowId,
    status,
    created_at: timestamp(run.createdAt),
    started_at: elapsed >= run.simulated.startedSeconds ? at(run.simulated.startedSeconds) : null,
    finished_at: ended
      ? at(run.simulated.finishedSeconds)
      : status === 'cancelled'
        ? timestamp(seenAt)
        : null,
    triggered_by: run.triggeredBy,
    source: run.source,
    parameters: run.parameters,
    nodes,
    links: status === 'queued' || status === 'running' ? { self, cancel: `${self}/cancel` } : { self },
  };

  if (ended) {
    view.simulation = {
      seed: run.simulated.seed,
      duration_seconds: run.simulated.durationSeconds,
      budget_seconds: run.simulated.budgetSeconds,
      within_budget: run.simulated.withinBudget,
      critical_path: run.simulated.criticalPath.nodes,
    };
  }
  return view;
}
