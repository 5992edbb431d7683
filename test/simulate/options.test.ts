import { describe, expect, test } from 'vitest';
import { simulateRun } from '../../engine/workflow/simulate/index.ts';
import { chain, node } from './workflows.ts';

describe('options', () => {
  test.each([
    [{ seed: 1.5 }, 'invalid `seed`: expected an integer of at least -9007199254740991, got `1.5`'],
    [{ seed: 1, retries: -1 }, 'invalid `retries`: expected an integer of at least 0, got `-1`'],
    [{ seed: 1, concurrency: 0 }, 'invalid `concurrency`: expected an integer of at least 1, got `0`'],
    [
      { seed: 1, retryDelaySeconds: -2 },
      'invalid `retryDelaySeconds`: expected a finite number of seconds, 0 or more, got `-2`',
    ],
    [
      { seed: 1, queueSeconds: Number.NaN },
      'invalid `queueSeconds`: expected a finite number of seconds, 0 or more, got `NaN`',
    ],
    [
      { seed: 1, failureRate: { data_saver: 1.5 } },
      'invalid `failureRate.data_saver`: expected a number from 0 to 1, got `1.5`',
    ],
    [
      { seed: 1, durations: { data_saver: { jitter: 2 } } },
      'invalid `durations.data_saver.jitter`: expected a number from 0 to 1, got `2`',
    ],
    [
      { seed: 1, durations: { report: { meanSeconds: -1 } } },
      'invalid `durations.report.meanSeconds`: expected a finite number of seconds, 0 or more, got `-1`',
    ],
  ])('rejects %o', (options, message) => {
    expect(() => simulateRun(chain, options)).toThrow(new RangeError(message));
  });

  test('partial duration override keeps the default jitter', () => {
    const run = simulateRun(chain, { seed: 42, durations: { data_fetcher: { meanSeconds: 20 } } });

    expect(run.nodes[0]?.attempts[0]?.endSeconds).toBe(19.163);
  });

  test('unknown node type falls back to the `*` duration', () => {
    const single = { id: 'single', type: 'airflow' as const, nodes: [node('only', 'risk_report')] };
    const run = simulateRun(single, {
      seed: 1,
      queueSeconds: 0,
      durations: { '*': { meanSeconds: 42, jitter: 0 } },
    });

    expect(run.finishedSeconds).toBe(42);
  });

  test('node type named like an Object member falls back too', () => {
    const single = { id: 'single', type: 'airflow' as const, nodes: [node('only', 'constructor')] };
    const run = simulateRun(single, {
      seed: 1,
      queueSeconds: 0,
      durations: { '*': { meanSeconds: 7, jitter: 0 } },
    });

    expect(run.finishedSeconds).toBe(7);
  });
});

describe('invalid workflows', () => {
  test('cycle is rejected with its nodes', () => {
    const cyclic = {
      id: 'loop',
      type: 'airflow' as const,
      nodes: [node('a', 'x', ['b']), node('b', 'x', ['a']), node('c', 'x', [])],
    };

    expect(() => simulateRun(cyclic, { seed: 1 })).toThrow(
      new TypeError('cannot simulate `loop`: nodes `a`, `b` are in or behind a cycle'),
    );
  });

  test('unknown dependency is left out', () => {
    // Validation reports the unknown name; the workflow's edges leave it out, so `b` runs as a root.
    const dangling = {
      id: 'dangling',
      type: 'airflow' as const,
      nodes: [node('a', 'x'), node('b', 'x', ['ghost'])],
    };
    const run = simulateRun(dangling, {
      seed: 1,
      queueSeconds: 0,
      durations: { x: { meanSeconds: 5, jitter: 0 } },
    });

    expect(run.nodes.map((item) => item.attempts[0]?.startSeconds)).toEqual([0, 0]);
  });

  test('duplicate node names are rejected', () => {
    const twice = { id: 'twice', type: 'airflow' as const, nodes: [node('a', 'x'), node('a', 'x')] };

    expect(() => simulateRun(twice, { seed: 1 })).toThrow(
      new TypeError('cannot simulate `twice`: node names are not unique'),
    );
  });
});
