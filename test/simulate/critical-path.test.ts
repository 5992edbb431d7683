import { describe, expect, test } from 'vitest';
import { simulateRun } from '../../engine/workflow/simulate/index.ts';
import { chain, diamond, node, steadyDurations } from './workflows.ts';

describe('critical path', () => {
  test('diamond goes through the slower branch', () => {
    const run = simulateRun(diamond, { seed: 1, durations: steadyDurations });

    expect(run.criticalPath).toEqual({ nodes: ['fetch', 'enrich', 'merge'], seconds: 120 });
  });

  test('diamond follows the other branch when it is slower', () => {
    const run = simulateRun(diamond, {
      seed: 1,
      durations: { ...steadyDurations, data_fetcher: { meanSeconds: 100, jitter: 0 } },
    });

    expect(run.criticalPath).toEqual({ nodes: ['fetch', 'score', 'merge'], seconds: 210 });
  });

  test('chain is the whole chain and excludes the queue', () => {
    const run = simulateRun(chain, { seed: 42 });

    expect(run.criticalPath.nodes).toEqual(['extract', 'process', 'save']);
    expect(run.criticalPath.seconds).toBe(142.788);
    expect(run.finishedSeconds - run.startedSeconds).toBeCloseTo(run.criticalPath.seconds, 9);
  });

  test('tie goes to the branch listed first', () => {
    const even = {
      id: 'even',
      type: 'airflow' as const,
      nodes: [
        node('root', 'x', []),
        node('right', 'x', ['root']),
        node('left', 'x', ['root']),
        node('end', 'x', ['left', 'right']),
      ],
    };
    const run = simulateRun(even, { seed: 1, durations: steadyDurations });

    expect(run.criticalPath).toEqual({ nodes: ['root', 'right', 'end'], seconds: 90 });
  });

  test('retries and their pauses count on the path', () => {
    const run = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { data_saver: 1 },
      retries: 1,
      retryDelaySeconds: 5,
    });

    expect(run.criticalPath).toEqual({ nodes: ['extract', 'process', 'save'], seconds: 135 });
  });

  test('skipped nodes are left out', () => {
    const run = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { llm_processor: 1 },
    });

    expect(run.criticalPath).toEqual({ nodes: ['extract', 'process'], seconds: 110 });
  });
});
