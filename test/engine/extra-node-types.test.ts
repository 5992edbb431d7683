import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { NodeTypeDefinition } from '../../engine/workflow/index.ts';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import { workflowSource } from './workflow-source.ts';

const fxRateFetcher: NodeTypeDefinition = {
  name: 'fx_rate_fetcher',
  summary: 'reads the latest rate of a currency pair',
  description: 'Fetches one FX rate.',
  configSchema: z.strictObject({
    pair: z.string(),
    provider: z.enum(['ecb', 'bloomberg']),
    max_age_minutes: z.number().optional(),
  }),
  exampleConfig: { pair: 'EURUSD', provider: 'ecb' },
};

function sourceWithRate(config: string, secondType = 'data_saver'): string {
  return workflowSource([
    { name: 'rate', type: 'fx_rate_fetcher', config },
    { name: 'store', type: secondType, dependsOn: ['rate'] },
  ]);
}

function summaries(source: string, extraNodeTypes?: readonly NodeTypeDefinition[]) {
  return validateWorkflow(source, extraNodeTypes ? { extraNodeTypes } : {}).diagnostics.map(
    ({ code, line, column, message, hint }) => ({ code, line, column, message, ...(hint ? { hint } : {}) }),
  );
}

describe('validateWorkflow with extraNodeTypes', () => {
  test('an extra type is known, and a config it accepts passes', () => {
    const source = sourceWithRate('{ pair: EURUSD, provider: ecb, max_age_minutes: 15 }');

    expect(summaries(source, [fxRateFetcher])).toEqual([]);
    expect(summaries(source).map((item) => item.code)).toEqual(['WF205']);
  });

  test("an extra type's config is checked with the codes of registered types", () => {
    const source = sourceWithRate('{ pair: EURUSD, provider: reuters, source: api }', 'fx_rate_fetchr');

    expect(summaries(source, [fxRateFetcher])).toEqual([
      {
        code: 'WF206',
        line: 7,
        column: 41,
        message:
          'invalid value `reuters` for `config.provider` of node `rate`, expected `ecb` or `bloomberg`',
      },
      {
        code: 'WF207',
        line: 7,
        column: 50,
        message:
          'unknown config key `source` in `config` of node `rate`, expected `pair`, `provider` or `max_age_minutes`',
      },
      {
        code: 'WF205',
        line: 9,
        column: 13,
        message:
          'unknown node type `fx_rate_fetchr`, expected `data_fetcher`, `llm_processor`, `data_saver`, `transform`, `router`, `human_approval`, `notifier`, `kafka_trigger` or `fx_rate_fetcher`',
        hint: 'did you mean `fx_rate_fetcher`?',
      },
    ]);
  });

  test('an extra type cannot replace a registered one', () => {
    const looseSaver: NodeTypeDefinition = {
      ...fxRateFetcher,
      name: 'data_saver',
      configSchema: z.looseObject({}),
    };
    const source = workflowSource([{ name: 'store', type: 'data_saver', config: '{ destination: tape }' }]);

    expect(summaries(source, [looseSaver])).toEqual(summaries(source));
    expect(summaries(source).map((item) => item.code)).toEqual(['WF206']);
  });

  test('first definition of a name applies', () => {
    const strictRate: NodeTypeDefinition = {
      ...fxRateFetcher,
      configSchema: z.strictObject({ pair: z.string() }),
    };
    const source = sourceWithRate('{ pair: EURUSD, provider: ecb }');

    expect(summaries(source, [fxRateFetcher, strictRate])).toEqual([]);
    expect(summaries(source, [strictRate, fxRateFetcher]).map((item) => item.code)).toEqual(['WF207']);
  });

  test('entries that are not definitions are ignored', () => {
    const source = sourceWithRate('{ pair: EURUSD, provider: ecb }');
    const broken = [null, 42, { name: 'no_schema' }, fxRateFetcher] as unknown as NodeTypeDefinition[];

    expect(summaries(source, broken)).toEqual([]);
  });
});
