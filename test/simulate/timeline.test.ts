import { describe, expect, test } from 'vitest';
import type { SimulatedRun } from '../../engine/workflow/simulate/index.ts';
import { simulateRun } from '../../engine/workflow/simulate/index.ts';
import { chain, diamond, steadyDurations } from './workflows.ts';

function timeline(run: SimulatedRun): string[] {
  return run.nodes.flatMap((node) =>
    node.attempts.map(
      (attempt) =>
        `${node.name}#${attempt.attempt} ${attempt.startSeconds}-${attempt.endSeconds} ${attempt.status}`,
    ),
  );
}

describe('chain timeline', () => {
  test('without jitter follows the listed order', () => {
    const run = simulateRun(chain, { seed: 1, durations: steadyDurations });

    expect(timeline(run)).toEqual([
      'extract#1 1-21 succeeded',
      'process#1 21-111 succeeded',
      'save#1 111-121 succeeded',
    ]);
    expect(run.status).toBe('succeeded');
    expect(run.startedSeconds).toBe(1);
    expect(run.finishedSeconds).toBe(121);
    expect(run.durationSeconds).toBe(121);
  });

  test('with seed 42 and default jitter', () => {
    const run = simulateRun(chain, { seed: 42 });

    expect(timeline(run)).toEqual([
      'extract#1 1-19.163 succeeded',
      'process#1 19.163-131.854 succeeded',
      'save#1 131.854-143.788 succeeded',
    ]);
    expect(run.durationSeconds).toBe(143.788);
  });

  test('records run and node transitions in time order', () => {
    const run = simulateRun(chain, { seed: 1, durations: steadyDurations, queueSeconds: 2 });

    expect(run.transitions).toEqual([
      { scope: 'run', atSeconds: 0, status: 'queued' },
      { scope: 'run', atSeconds: 2, status: 'running' },
      { scope: 'node', atSeconds: 2, node: 'extract', status: 'running', attempt: 1 },
      { scope: 'node', atSeconds: 22, node: 'extract', status: 'succeeded', attempt: 1 },
      { scope: 'node', atSeconds: 22, node: 'process', status: 'running', attempt: 1 },
      { scope: 'node', atSeconds: 112, node: 'process', status: 'succeeded', attempt: 1 },
      { scope: 'node', atSeconds: 112, node: 'save', status: 'running', attempt: 1 },
      { scope: 'node', atSeconds: 122, node: 'save', status: 'succeeded', attempt: 1 },
      { scope: 'run', atSeconds: 122, status: 'succeeded' },
    ]);
  });
});

describe('diamond timeline', () => {
  test('without jitter runs both branches at once', () => {
    const run = simulateRun(diamond, { seed: 1, durations: steadyDurations, queueSeconds: 0 });

    expect(timeline(run)).toEqual([
      'merge#1 110-120 succeeded',
      'fetch#1 0-20 succeeded',
      'enrich#1 20-110 succeeded',
      'score#1 20-40 succeeded',
    ]);
    expect(run.finishedSeconds).toBe(120);
  });

  test('with seed 42 and default jitter', () => {
    const run = simulateRun(diamond, { seed: 42 });

    expect(timeline(run)).toEqual([
      'merge#1 106.81-117.755 succeeded',
      'fetch#1 1-22.809 succeeded',
      'enrich#1 22.809-106.81 succeeded',
      'score#1 22.809-37.813 succeeded',
    ]);
    expect(run.durationSeconds).toBe(117.755);
  });

  test('keeps nodes in the listed order', () => {
    const run = simulateRun(diamond, { seed: 42 });

    expect(run.nodes.map((node) => node.name)).toEqual(['merge', 'fetch', 'enrich', 'score']);
  });
});

describe('seeds', () => {
  test('same seed gives the same run', () => {
    expect(simulateRun(diamond, { seed: 7 })).toEqual(simulateRun(diamond, { seed: 7 }));
  });

  test('different seed gives different jitter', () => {
    const first = simulateRun(chain, { seed: 7 });
    const second = simulateRun(chain, { seed: 8 });

    for (const [index, node] of first.nodes.entries()) {
      expect(node.attempts[0]?.endSeconds).not.toBe(second.nodes[index]?.attempts[0]?.endSeconds);
    }
  });

  test('jitter stays within the mean plus or minus its fraction', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const run = simulateRun(chain, {
        seed,
        durations: { llm_processor: { meanSeconds: 100, jitter: 0.5 } },
      });
      const process = run.nodes[1]?.attempts[0];
      const seconds = (process?.endSeconds ?? 0) - (process?.startSeconds ?? 0);

      expect(seconds).toBeGreaterThanOrEqual(50);
      expect(seconds).toBeLessThanOrEqual(150);
    }
  });

  test('a node draws the same durations whatever the concurrency', () => {
    const free = simulateRun(diamond, { seed: 3 });
    const serial = simulateRun(diamond, { seed: 3, concurrency: 1 });

    const lengths = (run: SimulatedRun) =>
      run.nodes.map((node) =>
        Math.round(((node.attempts[0]?.endSeconds ?? 0) - (node.attempts[0]?.startSeconds ?? 0)) * 1000),
      );
    expect(lengths(serial)).toEqual(lengths(free));
  });

  test('startAt is kept and shifts nothing in virtual seconds', () => {
    const run = simulateRun(chain, { seed: 1, durations: steadyDurations, startAt: 1_767_225_600_000 });

    expect(run.startAt).toBe(1_767_225_600_000);
    expect(run.finishedSeconds).toBe(121);
  });
});

describe('empty workflow', () => {
  test('succeeds as soon as it leaves the queue', () => {
    const run = simulateRun({ id: 'empty', type: 'airflow', nodes: [] }, { seed: 1 });

    expect(run.status).toBe('succeeded');
    expect(run.finishedSeconds).toBe(1);
    expect(run.criticalPath).toEqual({ nodes: [], seconds: 0 });
  });
});
