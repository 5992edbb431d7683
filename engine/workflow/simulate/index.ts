export type { DurationModel } from './default-durations.ts';
export {
  ANY_NODE_TYPE,
  BUDGET_SECONDS,
  DEFAULT_DURATIONS,
  DEFAULT_QUEUE_SECONDS,
  DEFAULT_RETRY_DELAY_SECONDS,
} from './default-durations.ts';
export { escapeGanttText, toMermaidGantt } from './mermaid-gantt.ts';
export type { RandomSource } from './prng.ts';
export { mulberry32 } from './prng.ts';
export type { NodeSnapshot, RunSnapshot } from './run-snapshot.ts';
export { epochMsAt, runSnapshotAt, runStatusAt } from './run-snapshot.ts';
export { simulateRun } from './simulate-run.ts';
export type {
  CriticalPath,
  NodeStatus,
  RunStatus,
  SimulatedAttempt,
  SimulatedNode,
  SimulatedRun,
  SimulateOptions,
  StateTransition,
} from './simulated-run.ts';
