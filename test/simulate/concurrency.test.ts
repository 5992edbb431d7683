import { describe, expect, test } from 'vitest';
import type { SimulatedRun } from '../../engine/workflow/simulate/index.ts';
import { simulateRun } from '../../engine/workflow/simulate/index.ts';
import { diamond, node, steadyDurations } from './workflows.ts';

// Five branches behind a zero-length `start`: a workflow whose every `depends_on` is empty is a chain.
const fanOut = {
  id: 'fan_out',
  type: 'airflow' as const,
  nodes: [
    node('start', 'gate'),
    node('a', 'data_fetcher', ['start']),
    node('b', 'data_fetcher', ['start']),
    node('c', 'data_fetcher', ['start']),
    node('d', 'data_fetcher', ['start']),
    node('e', 'data_fetcher', ['start']),
  ],
};
const durations = { ...steadyDurations, gate: { meanSeconds: 0, jitter: 0 } };

function branchStarts(run: SimulatedRun): (number | undefined)[][] {
  return run.nodes.slice(1).map((item) => item.attempts.map((attempt) => attempt.startSeconds));
}

function maxOverlap(run: SimulatedRun): number {
  const events = run.nodes.flatMap((item) =>
    item.attempts.flatMap((attempt) => [
      { at: attempt.endSeconds, change: -1 },
      { at: attempt.startSeconds, change: 1 },
    ]),
  );
  // Ends before starts at the same instant: a slot freed at t is taken at t.
  events.sort((x, y) => x.at - y.at || x.change - y.change);
  let current = 0;
  let highest = 0;
  for (const event of events) {
    current += event.change;
    highest = Math.max(highest, current);
  }
  return highest;
}

describe('concurrency', () => {
  test('limit of 2 runs five branches in three waves', () => {
    const run = simulateRun(fanOut, { seed: 1, durations, queueSeconds: 0, concurrency: 2 });

    expect(branchStarts(run)).toEqual([[0], [0], [20], [20], [40]]);
    expect(run.finishedSeconds).toBe(60);
    expect(maxOverlap(run)).toBe(2);
  });

  test('unlimited runs all branches at once', () => {
    const run = simulateRun(fanOut, { seed: 1, durations, queueSeconds: 0 });

    expect(branchStarts(run)).toEqual([[0], [0], [0], [0], [0]]);
    expect(maxOverlap(run)).toBe(5);
  });

  test('limit of 1 serialises the diamond branches in listed order', () => {
    const run = simulateRun(diamond, {
      seed: 1,
      durations: steadyDurations,
      queueSeconds: 0,
      concurrency: 1,
    });

    expect(run.nodes.map((item) => [item.name, item.attempts[0]?.startSeconds])).toEqual([
      ['merge', 130],
      ['fetch', 0],
      ['enrich', 20],
      ['score', 110],
    ]);
    expect(maxOverlap(run)).toBe(1);
  });

  test('node waiting for a retry frees its slot', () => {
    const run = simulateRun(fanOut, {
      seed: 1,
      durations,
      failureRate: { data_fetcher: 1 },
      retries: 1,
      retryDelaySeconds: 100,
      queueSeconds: 0,
      concurrency: 2,
    });

    expect(branchStarts(run)).toEqual([
      [0, 120],
      [0, 120],
      [20, 140],
      [20, 140],
      [40, 160],
    ]);
    expect(maxOverlap(run)).toBe(2);
  });
});
