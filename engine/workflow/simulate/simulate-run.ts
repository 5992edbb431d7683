import type { Workflow } from '../model.ts';
import { findCriticalPath } from './critical-path.ts';
import { BUDGET_SECONDS } from './default-durations.ts';
import { buildDependencyGraph } from './dependency-graph.ts';
import type { RandomSource } from './prng.ts';
import { streamFor } from './prng.ts';
import { type ResolvedOptions, resolveOptions } from './resolve-options.ts';
import type {
  NodeStatus,
  SimulatedAttempt,
  SimulatedNode,
  SimulatedRun,
  SimulateOptions,
  StateTransition,
} from './simulated-run.ts';

interface NodeState {
  index: number;
  name: string;
  type: string;
  random: RandomSource;
  phase: 'waiting' | 'ready' | 'running' | 'succeeded' | 'failed' | 'skipped';
  unmetDependencies: number;
  readyAtMs: number;
  runningEndMs: number;
  runningFails: boolean;
  attempts: SimulatedAttempt[];
  settledMs: number;
}

/**
 * Runs a workflow in virtual time. A node starts once all of its dependencies succeeded and a slot is
 * free. A node that fails after its retries makes every node downstream of it `skipped`, while the other
 * branches carry on, and the run ends `failed`. The same workflow, options and seed give the same run.
 */
export function simulateRun(workflow: Workflow, options: SimulateOptions): SimulatedRun {
  const settings = resolveOptions(options);
  const graph = buildDependencyGraph(workflow);
  const states = new Map<string, NodeState>(
    workflow.nodes.map((node, index) => [
      node.name,
      {
        index,
        name: node.name,
        type: node.type,
        random: streamFor(settings.seed, node.name),
        phase: 'waiting',
        unmetDependencies: graph.dependencies.get(node.name)?.length ?? 0,
        readyAtMs: 0,
        runningEndMs: 0,
        runningFails: false,
        attempts: [],
        settledMs: 0,
      },
    ]),
  );
  const transitions: StateTransition[] = [{ scope: 'run', atSeconds: 0, status: 'queued' }];
  const recordNode = (atMs: number, state: NodeState, status: NodeStatus, attempt: number) => {
    transitions.push({ scope: 'node', atSeconds: atMs / 1000, node: state.name, status, attempt });
  };

  transitions.push({ scope: 'run', atSeconds: settings.queueMs / 1000, status: 'running' });
  for (const state of states.values()) {
    if (state.unmetDependencies === 0) markReady(state, settings.queueMs);
  }

  let nowMs = settings.queueMs;
  while (true) {
    startReadyNodes(states, nowMs, settings, recordNode);
    const nextMs = nextEventMs(states, nowMs, settings.concurrency);
    if (nextMs === undefined) break;
    nowMs = nextMs;
    finishAttempts(states, graph.dependents, nowMs, settings, recordNode);
  }

  const nodes = [...states.values()].map(toSimulatedNode);
  const failed = nodes.some((node) => node.status === 'failed');
  const finishedSeconds = nowMs / 1000;
  transitions.push({ scope: 'run', atSeconds: finishedSeconds, status: failed ? 'failed' : 'succeeded' });

  return {
    workflowId: workflow.id,
    seed: settings.seed,
    startAt: settings.startAt,
    status: failed ? 'failed' : 'succeeded',
    startedSeconds: settings.queueMs / 1000,
    finishedSeconds,
    durationSeconds: finishedSeconds,
    budgetSeconds: BUDGET_SECONDS,
    // The target reads "under five minutes", so a run of exactly 300 s is over it.
    withinBudget: finishedSeconds < BUDGET_SECONDS,
    criticalPath: findCriticalPath(nodes, graph),
    nodes,
    transitions,
  };
}

type NodeRecorder = (atMs: number, state: NodeState, status: NodeStatus, attempt: number) => void;

function markReady(state: NodeState, atMs: number): void {
  state.phase = 'ready';
  state.readyAtMs = atMs;
}

// Ready nodes start by the time they became ready, then in listed order, while slots are free.
function startReadyNodes(
  states: Map<string, NodeState>,
  nowMs: number,
  settings: ResolvedOptions,
  record: NodeRecorder,
): void {
  const all = [...states.values()];
  let running = all.filter((state) => state.phase === 'running').length;
  const due = all
    .filter((state) => state.phase === 'ready' && state.readyAtMs <= nowMs)
    .sort((a, b) => a.readyAtMs - b.readyAtMs || a.index - b.index);

  for (const state of due) {
    if (running >= settings.concurrency) return;
    const model = settings.durationFor(state.type);
    // Two draws per attempt, always both, so the stream of a node does not depend on outcomes.
    const spread = model.jitter * (2 * state.random() - 1);
    const fails = state.random() < settings.failureRateFor(state.type);
    const durationMs = Math.max(0, Math.round(model.meanSeconds * 1000 * (1 + spread)));

    state.phase = 'running';
    state.runningEndMs = nowMs + durationMs;
    state.runningFails = fails;
    state.attempts.push({
      attempt: state.attempts.length + 1,
      startSeconds: nowMs / 1000,
      endSeconds: state.runningEndMs / 1000,
      status: fails ? 'failed' : 'succeeded',
    });
    record(nowMs, state, 'running', state.attempts.length);
    running += 1;
  }
}

// A future readiness only matters while a slot is free to take it; otherwise the next end comes first.
function nextEventMs(states: Map<string, NodeState>, nowMs: number, concurrency: number): number | undefined {
  const all = [...states.values()];
  const running = all.filter((state) => state.phase === 'running');
  const ends = running.map((state) => state.runningEndMs);
  const readyTimes =
    running.length < concurrency
      ? all
          .filter((state) => state.phase === 'ready' && state.readyAtMs > nowMs)
          .map((state) => state.readyAtMs)
      : [];
  const candidates = [...ends, ...readyTimes];
  return candidates.length === 0 ? undefined : Math.min(...candidates);
}

function finishAttempts(
  states: Map<string, NodeState>,
  dependents: Map<string, string[]>,
  nowMs: number,
  settings: ResolvedOptions,
  record: NodeRecorder,
): void {
  const ending = [...states.values()].filter(
    (state) => state.phase === 'running' && state.runningEndMs === nowMs,
  );

  for (const state of ending) {
    const attempt = state.attempts.length;
    if (!state.runningFails) {
      settle(state, 'succeeded', nowMs, record, attempt);
      for (const name of dependents.get(state.name) ?? []) {
        const next = states.get(name);
        if (next === undefined || next.phase !== 'waiting') continue;
        next.unmetDependencies -= 1;
        if (next.unmetDependencies === 0) markReady(next, nowMs);
      }
      continue;
    }

    if (attempt <= settings.retries) {
      record(nowMs, state, 'retrying', attempt);
      markReady(state, nowMs + settings.retryDelayMs);
      continue;
    }

    settle(state, 'failed', nowMs, record, attempt);
    skipDownstream(state.name, states, dependents, nowMs, record);
  }
}

function settle(
  state: NodeState,
  phase: 'succeeded' | 'failed' | 'skipped',
  nowMs: number,
  record: NodeRecorder,
  attempt: number,
): void {
  state.phase = phase;
  state.settledMs = nowMs;
  record(nowMs, state, phase, attempt);
}

// Depth first from the failed node, visiting dependents in the order they were declared.
function skipDownstream(
  failedName: string,
  states: Map<string, NodeState>,
  dependents: Map<string, string[]>,
  nowMs: number,
  record: NodeRecorder,
): void {
  for (const name of dependents.get(failedName) ?? []) {
    const state = states.get(name);
    if (state === undefined || state.phase !== 'waiting') continue;
    settle(state, 'skipped', nowMs, record, 0);
    skipDownstream(name, states, dependents, nowMs, record);
  }
}

function toSimulatedNode(state: NodeState): SimulatedNode {
  const { phase } = state;
  if (phase !== 'succeeded' && phase !== 'failed' && phase !== 'skipped') {
    // Unreachable for an acyclic graph: every node ends settled once no attempt is running or due.
    throw new Error(`simulation ended with node \`${state.name}\` still \`${phase}\``);
  }
  return {
    name: state.name,
    type: state.type,
    status: phase,
    attempts: state.attempts,
    settledSeconds: state.settledMs / 1000,
  };
}
