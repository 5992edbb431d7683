import { describe, expect, test } from 'vitest';
import { escapeGanttText, simulateRun, toMermaidGantt } from '../../engine/workflow/simulate/index.ts';
import { chain, steadyDurations } from './workflows.ts';

describe('toMermaidGantt', () => {
  test('draws one bar per attempt', () => {
    const run = simulateRun(chain, { seed: 1, durations: steadyDurations, startAt: 1_767_225_600_000 });

    expect(toMermaidGantt(run)).toBe(
      [
        'gantt',
        '  title eod_chain simulated with seed 1, succeeded in 121 s',
        '  dateFormat x',
        '  axisFormat %M:%S',
        '  section extract (data_fetcher)',
        '    attempt 1 succeeded :done, n0a1, 1767225601000, 20000ms',
        '  section process (llm_processor)',
        '    attempt 1 succeeded :done, n1a1, 1767225621000, 90000ms',
        '  section save (data_saver)',
        '    attempt 1 succeeded :done, n2a1, 1767225711000, 10000ms',
        '',
      ].join('\n'),
    );
  });

  test('marks failed attempts and skipped nodes', () => {
    const run = simulateRun(chain, {
      seed: 1,
      durations: steadyDurations,
      failureRate: { llm_processor: 1 },
      retries: 1,
      retryDelaySeconds: 5,
    });

    expect(toMermaidGantt(run).split('\n').slice(7, 12)).toEqual([
      '    attempt 1 failed :crit, n1a1, 21000, 90000ms',
      '    attempt 2 failed :crit, n1a2, 116000, 90000ms',
      '  section save (data_saver)',
      '    skipped :milestone, n2skip, 206000, 0ms',
      '',
    ]);
  });

  test('escapes characters that end a label', () => {
    const run = simulateRun(
      { id: 'odd', type: 'airflow', nodes: [{ name: 'a:b', type: 'x#1;\ny', config: {} }] },
      { seed: 1, durations: steadyDurations },
    );

    expect(toMermaidGantt(run)).toContain('  section a#58;b (x#35;1#59; y)\n');
  });
});

describe('escapeGanttText', () => {
  test('escapes each character once', () => {
    expect(escapeGanttText('a#b:c;d')).toBe('a#35;b#58;c#59;d');
  });

  test('leaves plain names alone', () => {
    expect(escapeGanttText('extract_prices-2')).toBe('extract_prices-2');
  });
});
