import { describe, expect, test } from 'vitest';
import { epochMsAt, runSnapshotAt, runStatusAt, simulateRun } from '../../engine/workflow/simulate/index.ts';
import { chain, steadyDurations } from './workflows.ts';

const run = simulateRun(chain, { seed: 1, durations: steadyDurations, queueSeconds: 2 });
const failing = simulateRun(chain, { seed: 1, durations: steadyDurations, failureRate: { data_saver: 1 } });

describe('runStatusAt', () => {
  test.each([
    [-5, 'queued'],
    [0, 'queued'],
    [1.999, 'queued'],
    [2, 'running'],
    [121.999, 'running'],
    [122, 'succeeded'],
    [10_000, 'succeeded'],
    [Number.POSITIVE_INFINITY, 'succeeded'],
  ] as const)('at %s s is %s', (seconds, status) => {
    expect(runStatusAt(run, seconds)).toBe(status);
  });

  test('failed run ends failed', () => {
    expect(runStatusAt(failing, 120.999)).toBe('running');
    expect(runStatusAt(failing, 121)).toBe('failed');
  });

  test('NaN is rejected', () => {
    expect(() => runStatusAt(run, Number.NaN)).toThrow(RangeError);
  });
});

describe('runSnapshotAt', () => {
  test('before the start every node is pending', () => {
    expect(runSnapshotAt(run, 0)).toEqual({
      status: 'queued',
      elapsedSeconds: 0,
      startedSeconds: null,
      finishedSeconds: null,
      nodes: [
        { name: 'extract', status: 'pending', attempt: 0, startedSeconds: null, finishedSeconds: null },
        { name: 'process', status: 'pending', attempt: 0, startedSeconds: null, finishedSeconds: null },
        { name: 'save', status: 'pending', attempt: 0, startedSeconds: null, finishedSeconds: null },
      ],
    });
  });

  test('midway shows finished, running and pending nodes', () => {
    const snapshot = runSnapshotAt(run, 50);

    expect(snapshot.status).toBe('running');
    expect(snapshot.startedSeconds).toBe(2);
    expect(snapshot.finishedSeconds).toBeNull();
    expect(snapshot.nodes).toEqual([
      { name: 'extract', status: 'succeeded', attempt: 1, startedSeconds: 2, finishedSeconds: 22 },
      { name: 'process', status: 'running', attempt: 1, startedSeconds: 22, finishedSeconds: null },
      { name: 'save', status: 'pending', attempt: 0, startedSeconds: null, finishedSeconds: null },
    ]);
  });

  test('at a hand-over instant the next node is already running', () => {
    expect(runSnapshotAt(run, 22).nodes.map((node) => node.status)).toEqual([
      'succeeded',
      'running',
      'pending',
    ]);
  });

  test('after a failure shows the failed node', () => {
    expect(runSnapshotAt(failing, 200)).toEqual({
      status: 'failed',
      elapsedSeconds: 200,
      startedSeconds: 1,
      finishedSeconds: 121,
      nodes: [
        { name: 'extract', status: 'succeeded', attempt: 1, startedSeconds: 1, finishedSeconds: 21 },
        { name: 'process', status: 'succeeded', attempt: 1, startedSeconds: 21, finishedSeconds: 111 },
        { name: 'save', status: 'failed', attempt: 1, startedSeconds: 111, finishedSeconds: 121 },
      ],
    });
  });

  test('retried node keeps its first start', () => {
    const retried = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { data_saver: 1 },
      retries: 1,
      retryDelaySeconds: 5,
    });

    expect(runSnapshotAt(retried, 130).nodes[2]).toEqual({
      name: 'save',
      status: 'running',
      attempt: 2,
      startedSeconds: 111,
      finishedSeconds: null,
    });
  });

  test('skipped node has no start', () => {
    const skipped = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { data_fetcher: 1 },
    });

    expect(runSnapshotAt(skipped, 30).nodes[2]).toEqual({
      name: 'save',
      status: 'skipped',
      attempt: 0,
      startedSeconds: null,
      finishedSeconds: 21,
    });
  });
});

describe('epochMsAt', () => {
  test('adds virtual seconds to startAt', () => {
    const anchored = simulateRun(chain, { seed: 1, durations: steadyDurations, startAt: 1_767_225_600_000 });

    expect(epochMsAt(anchored, anchored.finishedSeconds)).toBe(1_767_225_721_000);
  });
});
