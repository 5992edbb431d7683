import { describe, expect, test } from 'vitest';
import { validateWorkflow } from '../../engine/workflow/index.ts';

function instance(parameters: string): string {
  return `workflow:\n  id: risk_daily\n  template: kafka_event_processing\n  parameters:\n${parameters}`;
}

const required = '    topic: trades.executions\n    consumer_group: processor\n    table: executions\n';

describe('template instantiation', () => {
  test('whole-scalar placeholder keeps the number type', () => {
    const result = validateWorkflow(instance(`${required}    max_batch_size: 250\n`));

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow?.nodes[0]?.config.max_batch_size).toBe(250);
  });

  test('default fills a parameter without a value', () => {
    const result = validateWorkflow(instance(required));

    expect(result.workflow?.nodes[0]?.config.start_from).toBe('latest');
    expect(result.workflow?.nodes[1]?.config.keys).toEqual(['event_id']);
  });

  test('placeholder inside a longer string is interpolated', () => {
    const source =
      'workflow:\n  id: prices\n  template: market_data_ingestion\n  parameters:\n' +
      '    feed_url: https://feed.example.com\n    symbols: [AAPL, MSFT]\n';
    const result = validateWorkflow(source);
    const filter = result.workflow?.nodes.find((node) => node.name === 'keep_symbols');

    expect(filter?.config.expression).toBe('symbol in (AAPL, MSFT)');
  });

  test('id comes from the instance', () => {
    expect(validateWorkflow(instance(required)).workflow?.id).toBe('risk_daily');
  });

  test('optional placeholder without value drops its key', () => {
    const source = `template:
  name: optional_schedule
  title: Optional schedule
  summary: a template whose schedule is optional
  description: Shows that a placeholder without a value leaves its key out.
  parameters:
    schedule:
      type: string
      description: when to run
workflow:
  type: airflow
  schedule: \${{ params.schedule }}
  nodes:
    - name: read
      type: data_fetcher
      config: { source: api }
`;
    const result = validateWorkflow(source);

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow).toBeDefined();
    expect(result.workflow && 'schedule' in result.workflow).toBe(false);
  });

  test('config error from a value points at the value', () => {
    const result = validateWorkflow(instance(`${required}    max_batch_size: 2.5\n`), { file: 'flow.yaml' });

    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'WF206',
      file: 'flow.yaml',
      line: 8,
      column: 21,
      related: [
        {
          file: 'templates/kafka_event_processing.yaml',
          line: 52,
          column: 25,
          message: '`${{ params.max_batch_size }}` in template `kafka_event_processing` is used here',
        },
        {
          file: 'flow.yaml',
          line: 3,
          column: 13,
          message: 'instantiated from template `kafka_event_processing` here',
        },
      ],
    });
  });

  test('template field outside instance fields is reported', () => {
    const source = `workflow:\n  id: a\n  template: etl\n  type: airflow\n  parameters: { query: q, target: t }\n`;
    const result = validateWorkflow(source);

    expect(result.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'WF202',
        4,
        'unknown field `type` in a workflow that uses a template, expected `id`, `template` or `parameters`',
      ],
    ]);
  });

  test('list item of the wrong type is reported', () => {
    const result = validateWorkflow(instance(`${required}    dedup_keys: [event_id, 7]\n`));

    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'invalid value for parameter `dedup_keys` of template `kafka_event_processing`: expected a list whose item 2 is a string but is the number `7`',
    ]);
  });

  test.each([
    [0.5, []],
    [1, []],
    [1.01, ['WF503']],
    [-0.01, ['WF503']],
  ])('number range boundary %d gives %j', (threshold, codes) => {
    const source =
      'workflow:\n  id: triage\n  template: surveillance_alert_triage\n  parameters:\n' +
      `    pagerduty_service: oncall\n    review_threshold: ${threshold}\n`;

    expect(validateWorkflow(source).diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
