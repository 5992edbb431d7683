import { describe, expect, test } from 'vitest';
import { runSnapshotAt, simulateRun } from '../../engine/workflow/simulate/index.ts';
import { chain, diamond, steadyDurations } from './workflows.ts';

describe('retries', () => {
  test('retry after two failures succeeds', () => {
    // Seed 19 makes the first two draws of `process` fall under the 0.5 failure rate and the third not.
    const run = simulateRun(chain, {
      seed: 19,
      durations: steadyDurations,
      failureRate: { llm_processor: 0.5 },
      retries: 2,
      retryDelaySeconds: 15,
    });
    const process = run.nodes[1];

    expect(process?.status).toBe('succeeded');
    expect(process?.attempts).toEqual([
      { attempt: 1, startSeconds: 21, endSeconds: 111, status: 'failed' },
      { attempt: 2, startSeconds: 126, endSeconds: 216, status: 'failed' },
      { attempt: 3, startSeconds: 231, endSeconds: 321, status: 'succeeded' },
    ]);
    expect(run.nodes[2]?.attempts).toEqual([
      { attempt: 1, startSeconds: 321, endSeconds: 331, status: 'succeeded' },
    ]);
    expect(run.status).toBe('succeeded');
  });

  test('node shows retrying during the pause', () => {
    const run = simulateRun(chain, {
      seed: 19,
      durations: steadyDurations,
      failureRate: { llm_processor: 0.5 },
      retries: 2,
      retryDelaySeconds: 15,
    });

    expect(runSnapshotAt(run, 120).nodes[1]?.status).toBe('retrying');
    expect(runSnapshotAt(run, 120).nodes[1]?.attempt).toBe(1);
    expect(runSnapshotAt(run, 126).nodes[1]?.status).toBe('running');
    expect(runSnapshotAt(run, 126).nodes[1]?.attempt).toBe(2);
  });

  test('retries run out and the node fails', () => {
    const run = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { llm_processor: 1 },
      retries: 1,
      retryDelaySeconds: 5,
    });

    expect(run.nodes[1]?.attempts).toEqual([
      { attempt: 1, startSeconds: 21, endSeconds: 111, status: 'failed' },
      { attempt: 2, startSeconds: 116, endSeconds: 206, status: 'failed' },
    ]);
    expect(run.nodes[1]?.status).toBe('failed');
    expect(run.status).toBe('failed');
  });

  test('failure rate 0 never fails', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      expect(simulateRun(chain, { seed, failureRate: { '*': 0 } }).status).toBe('succeeded');
    }
  });
});

describe('failure', () => {
  test('failed node skips its dependents', () => {
    const run = simulateRun(chain, { seed: 1, durations: steadyDurations, failureRate: { data_fetcher: 1 } });

    expect(run.nodes.map((node) => [node.name, node.status, node.settledSeconds])).toEqual([
      ['extract', 'failed', 21],
      ['process', 'skipped', 21],
      ['save', 'skipped', 21],
    ]);
    expect(run.nodes[1]?.attempts).toEqual([]);
    expect(run.status).toBe('failed');
    expect(run.finishedSeconds).toBe(21);
  });

  test('failed branch lets the other branch finish', () => {
    const run = simulateRun(diamond, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { llm_processor: 1 },
      queueSeconds: 0,
    });

    expect(run.nodes.map((node) => [node.name, node.status])).toEqual([
      ['merge', 'skipped'],
      ['fetch', 'succeeded'],
      ['enrich', 'failed'],
      ['score', 'succeeded'],
    ]);
    expect(run.nodes[0]?.settledSeconds).toBe(110);
    expect(run.finishedSeconds).toBe(110);
    expect(run.status).toBe('failed');
  });

  test('skip is recorded as a transition with attempt 0', () => {
    const run = simulateRun(chain, { seed: 1, durations: steadyDurations, failureRate: { data_fetcher: 1 } });

    expect(run.transitions.slice(-4)).toEqual([
      { scope: 'node', atSeconds: 21, node: 'extract', status: 'failed', attempt: 1 },
      { scope: 'node', atSeconds: 21, node: 'process', status: 'skipped', attempt: 0 },
      { scope: 'node', atSeconds: 21, node: 'save', status: 'skipped', attempt: 0 },
      { scope: 'run', atSeconds: 21, status: 'failed' },
    ]);
  });

  test('specific type rate wins over the `*` rate', () => {
    const run = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { '*': 1, data_fetcher: 0, llm_processor: 0, data_saver: 0 },
    });

    expect(run.status).toBe('succeeded');
  });
});
