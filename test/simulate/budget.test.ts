import { describe, expect, test } from 'vitest';
import { BUDGET_SECONDS, simulateRun } from '../../engine/workflow/simulate/index.ts';
import { node } from './workflows.ts';

const single = { id: 'single', type: 'airflow' as const, nodes: [node('only', 'report')] };

function runLasting(seconds: number) {
  return simulateRun(single, {
    seed: 1,
    queueSeconds: 0,
    durations: { report: { meanSeconds: seconds, jitter: 0 } },
  });
}

describe('budget', () => {
  test('is five minutes', () => {
    expect(BUDGET_SECONDS).toBe(300);
    expect(runLasting(10).budgetSeconds).toBe(300);
  });

  test('run just under 300 s is within budget', () => {
    const run = runLasting(299.999);

    expect(run.durationSeconds).toBe(299.999);
    expect(run.withinBudget).toBe(true);
  });

  test('run of exactly 300 s is over budget', () => {
    expect(runLasting(300).withinBudget).toBe(false);
  });

  test('run just over 300 s is over budget', () => {
    const run = runLasting(300.001);

    expect(run.durationSeconds).toBe(300.001);
    expect(run.withinBudget).toBe(false);
  });

  test('queue time counts against the budget', () => {
    const run = simulateRun(single, {
      seed: 1,
      queueSeconds: 1,
      durations: { report: { meanSeconds: 299.5, jitter: 0 } },
    });

    expect(run.durationSeconds).toBe(300.5);
    expect(run.withinBudget).toBe(false);
  });
});
