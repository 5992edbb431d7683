import { describe, expect, test } from 'vitest';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import { parseSource } from '../../engine/workflow/yaml/parse-source.ts';
import { nodeLocations } from '../../playground/validation/node-locations.ts';

/** Validates `source` and returns each workflow node's place as the playground's graph uses it. */
function placesOf(source: string) {
  const names = validateWorkflow(source).workflow?.nodes.map((node) => node.name) ?? [];
  const { doc, lineCounter } = parseSource(source);
  return nodeLocations(doc, lineCounter, names);
}

describe('nodeLocations', () => {
  test('written nodes point at their name', () => {
    const source = [
      'workflow:',
      '  id: flow',
      '  type: airflow',
      '  nodes:',
      '    - name: fetch',
      '      type: data_fetcher',
      '      config: { source: api }',
      '    - type: data_saver',
      '      name: save',
      '      config: { destination: s3 }',
      '',
    ].join('\n');

    expect(placesOf(source)).toEqual([
      { name: 'fetch', line: 5, firstLine: 5, lastLine: 7 },
      { name: 'save', line: 9, firstLine: 8, lastLine: 10 },
    ]);
  });

  test('included nodes point at their include item', () => {
    const source = [
      'components:',
      '  fetch_and_save:',
      '    nodes:',
      '      - name: fetch',
      '        type: data_fetcher',
      '        config: { source: api }',
      '      - name: save',
      '        type: data_saver',
      '        config: { destination: s3 }',
      'workflow:',
      '  id: flow',
      '  type: airflow',
      '  nodes:',
      '    - name: start',
      '      type: data_fetcher',
      '      config: { source: api }',
      '    - include: fetch_and_save',
      '      as: equities',
      '',
    ].join('\n');

    expect(validateWorkflow(source).diagnostics).toEqual([]);
    expect(placesOf(source)).toEqual([
      { name: 'start', line: 14, firstLine: 14, lastLine: 16 },
      { name: 'equities__fetch', line: 17, firstLine: 17, lastLine: 18 },
      { name: 'equities__save', line: 17, firstLine: 17, lastLine: 18 },
    ]);
  });

  test('template nodes point at the template key', () => {
    const source = [
      'workflow:',
      '  id: eod',
      '  template: eod_trade_reconciliation',
      '  parameters:',
      '    statement_bucket: broker-statements',
      '',
    ].join('\n');
    const places = placesOf(source);

    expect(places.length).toBeGreaterThan(2);
    expect(places.map(({ line, firstLine, lastLine }) => [line, firstLine, lastLine])).toEqual(
      places.map(() => [3, 3, 3]),
    );
  });
});
