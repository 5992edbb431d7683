import { describe, expect, test } from 'vitest';
import { validateWorkflow, workflowEdges } from '../../engine/workflow/index.ts';

const twoFeeds = `workflow:
  id: two_feeds
  type: airflow
  nodes:
    - include: fetch_and_normalize
      as: equities
      with: { location: https://feed.example.com/equities }
    - include: fetch_and_normalize
      as: futures
      depends_on: []
      with: { location: https://feed.example.com/futures, source: api }
    - name: store
      type: data_saver
      depends_on: [equities, futures]
      config: { destination: s3 }
`;

describe('components', () => {
  test('two inclusions get distinct prefixed names', () => {
    const result = validateWorkflow(twoFeeds);

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow?.nodes.map((node) => node.name)).toEqual([
      'equities__fetch',
      'equities__normalize',
      'futures__fetch',
      'futures__normalize',
      'store',
    ]);
  });

  test('depending on a prefix waits for the last nodes', () => {
    const result = validateWorkflow(twoFeeds);

    expect(workflowEdges(result.workflow as NonNullable<typeof result.workflow>)).toEqual([
      { from: 'equities__fetch', to: 'equities__normalize' },
      { from: 'futures__fetch', to: 'futures__normalize' },
      { from: 'equities__normalize', to: 'store' },
      { from: 'futures__normalize', to: 'store' },
    ]);
  });

  test('include dependencies go to the first nodes', () => {
    const source = twoFeeds.replace('      depends_on: []\n', '      depends_on: [equities]\n');
    const result = validateWorkflow(source);
    const futuresFetch = result.workflow?.nodes.find((node) => node.name === 'futures__fetch');

    expect(futuresFetch?.dependsOn).toEqual(['equities__normalize']);
  });

  test('chain of includes runs in listed order', () => {
    const source = `workflow:
  id: chained
  type: airflow
  nodes:
    - name: start
      type: kafka_trigger
      config: { topic: prices, consumer_group: ingest }
    - include: fetch_and_normalize
      with: { location: prices }
    - name: store
      type: data_saver
      config: { destination: s3 }
`;
    const result = validateWorkflow(source);

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow?.nodes.map((node) => [node.name, node.dependsOn])).toEqual([
      ['start', undefined],
      ['fetch_and_normalize__fetch', ['start']],
      ['fetch_and_normalize__normalize', ['fetch_and_normalize__fetch']],
      ['store', ['fetch_and_normalize__normalize']],
    ]);
  });

  test('missing component parameter points at the include', () => {
    const source = twoFeeds.replace('      with: { location: https://feed.example.com/equities }\n', '');
    const result = validateWorkflow(source, { file: 'feeds.yaml' });

    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['WF504', 5, 7, 'missing value for required parameter `location` of component `fetch_and_normalize`'],
    ]);
    expect(result.diagnostics[0]?.related?.[0]?.file).toBe('components/fetch_and_normalize.yaml');
  });

  test('self-including component names the chain', () => {
    const source = `components:
  again:
    nodes:
      - include: again
workflow:
  id: loop
  type: airflow
  nodes:
    - include: again
`;
    const messages = validateWorkflow(source).diagnostics.map((d) => d.message);

    expect(messages).toEqual(['component `again` includes itself: `again -> again`']);
  });

  test('unknown include field is reported', () => {
    const source = twoFeeds.replace('      as: equities\n', '      as: equities\n      wiht: {}\n');
    const result = validateWorkflow(source);

    expect(result.diagnostics.map((d) => [d.code, d.hint])).toEqual([['WF202', 'did you mean `with`?']]);
  });
});
