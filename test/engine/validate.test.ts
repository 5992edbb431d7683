import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import { workflowSource } from './workflow-source.ts';

const examples = join(import.meta.dirname, '../../examples/workflows');

describe('validateWorkflow', () => {
  test('seed example is valid and a chain', () => {
    const result = validateWorkflow(readFileSync(join(examples, 'workflow_config.yaml'), 'utf8'));

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow).toEqual({
      id: 'example_workflow',
      type: 'langgraph',
      schedule: '0 18 * * 1-5',
      nodes: [
        { name: 'extract', type: 'data_fetcher', dependsOn: [], config: { source: 'database' } },
        { name: 'process', type: 'llm_processor', config: { model: 'ollama' } },
        { name: 'save', type: 'data_saver', config: { destination: 's3' } },
      ],
    });
  });

  test('etl example is valid with merged config', () => {
    const result = validateWorkflow(readFileSync(join(examples, 'etl.yaml'), 'utf8'));

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow?.nodes.at(-1)?.config).toEqual({
      destination: 's3',
      bucket: 'eod-reports',
      format: 'parquet',
      prefix: 'reconciliation/',
    });
  });

  test('file defaults to workflow.yaml', () => {
    const [diagnostic] = validateWorkflow('- a\n').diagnostics;
    expect(diagnostic?.file).toBe('workflow.yaml');
  });

  test('file option is copied into diagnostics', () => {
    const [diagnostic] = validateWorkflow('- a\n', { file: 'flows/a.yaml' }).diagnostics;
    expect(diagnostic?.file).toBe('flows/a.yaml');
  });

  test('empty source reports WF106 at the start', () => {
    expect(validateWorkflow('').diagnostics).toEqual([
      {
        code: 'WF106',
        severity: 'error',
        message: 'the document is empty, expected a mapping with a `workflow` key',
        file: 'workflow.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ]);
  });

  test('comment-only source is empty', () => {
    expect(validateWorkflow('# nothing yet\n').diagnostics.map((d) => d.code)).toEqual(['WF106']);
  });

  test('scalar document is not a mapping', () => {
    const [diagnostic] = validateWorkflow('hello\n').diagnostics;
    expect(diagnostic?.message).toBe(
      'the document is the scalar `hello`, expected a mapping with a `workflow` key',
    );
  });

  test('second document is a syntax error', () => {
    const source = `${workflowSource([{ name: 'a' }])}---\nother: 1\n`;
    const codes = validateWorkflow(source).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['WF101']);
  });

  test('workflow is kept when graph rules fail', () => {
    const result = validateWorkflow(workflowSource([{ name: 'a', dependsOn: ['a'] }]));

    expect(result.diagnostics.map((d) => d.code)).toEqual(['WF303']);
    expect(result.workflow?.nodes.map((node) => node.name)).toEqual(['a']);
  });

  test('workflow is kept when a node type is unknown', () => {
    const result = validateWorkflow(workflowSource([{ name: 'a', type: 'mystery', config: '{}' }]));

    expect(result.diagnostics.map((d) => d.code)).toEqual(['WF205']);
    expect(result.workflow?.nodes[0]?.type).toBe('mystery');
  });

  test('workflow is absent when nodes is not a list', () => {
    const result = validateWorkflow('workflow:\n  id: a\n  type: airflow\n  nodes: extract\n');

    expect(result.diagnostics.map((d) => d.code)).toEqual(['WF203']);
    expect(result.workflow).toBeUndefined();
  });

  test('workflow is absent when type is invalid but graph rules still run', () => {
    const source = workflowSource([{ name: 'a', dependsOn: ['b'] }]).replace('langgraph', 'langgrah');
    const result = validateWorkflow(source);

    expect(result.diagnostics.map((d) => [d.code, d.hint])).toEqual([
      ['WF204', 'did you mean `langgraph`?'],
      ['WF302', undefined],
    ]);
    expect(result.workflow).toBeUndefined();
  });

  test('diagnostics are sorted by line, column and code', () => {
    const source = [
      'workflow:',
      '  id: Bad Id',
      '  type: airflow',
      '  nodes:',
      '    - name: b',
      '      type: data_saver',
      '      depends_on: [a, a, zz]',
      '      config: { destination: s3, colour: red }',
      '    - name: a',
      '      type: data_fetchr',
      '',
    ].join('\n');
    const positions = validateWorkflow(source).diagnostics.map((d) => [d.line, d.column, d.code]);

    expect(positions).toEqual([
      [2, 7, 'WF204'],
      [7, 23, 'WF305'],
      [7, 26, 'WF302'],
      [8, 34, 'WF207'],
      [10, 13, 'WF205'],
    ]);
  });

  test('duplicate key carries the first definition as related', () => {
    const [diagnostic] = validateWorkflow('workflow:\n  id: a\n  id: b\n').diagnostics;

    expect(diagnostic?.related).toEqual([
      { file: 'workflow.yaml', line: 2, column: 3, message: 'first defined here' },
    ]);
  });

  test('duplicate node name carries the first definition as related', () => {
    const source = workflowSource([{ name: 'a' }, { name: 'a' }]);
    const [diagnostic] = validateWorkflow(source).diagnostics;

    expect([diagnostic?.line, diagnostic?.related]).toEqual([
      8,
      [{ file: 'workflow.yaml', line: 5, column: 13, message: 'first defined here' }],
    ]);
  });

  test('source over the size limit reports WF601 without parsing', () => {
    const source = `# ${'x'.repeat(1_000_000)}\n`;
    const diagnostics = validateWorkflow(source).diagnostics;

    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['WF601', 'the file has 1000003 characters, the maximum is 1000000'],
    ]);
  });

  test('source at the size limit is parsed', () => {
    const source = `# ${'x'.repeat(1_000_000 - 3)}\n`;
    expect(validateWorkflow(source).diagnostics.map((d) => d.code)).toEqual(['WF106']);
  });

  test('more than 2000 nodes reports WF601', () => {
    const nodes = Array.from({ length: 2001 }, (_, i) => ({ name: `n${i}` }));
    const diagnostics = validateWorkflow(workflowSource(nodes)).diagnostics;

    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['WF601', 4, 'the workflow has 2001 nodes, the maximum is 2000'],
    ]);
  });

  test('exactly 2000 nodes is accepted', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ name: `n${i}` }));
    expect(validateWorkflow(workflowSource(nodes)).diagnostics).toEqual([]);
  });
});

describe('positions', () => {
  test('columns count UTF-16 code units after astral characters', () => {
    const source = workflowSource([{ name: 'a', config: '{ prompt: "𝄞😀", model: olama }' }]).replace(
      'data_fetcher',
      'llm_processor',
    );
    const [diagnostic] = validateWorkflow(source).diagnostics;

    // The opening quote is column 25; the two astral characters take columns 26 to 29, so `olama` is 40-44.
    expect([diagnostic?.line, diagnostic?.column, diagnostic?.endColumn]).toEqual([7, 40, 45]);
  });

  test('value reached through an alias points at the anchor', () => {
    const source = [
      'workflow:',
      '  id: shared',
      '  type: airflow',
      '  nodes:',
      '    - name: a',
      '      type: data_saver',
      '      config: &saver { destination: ftp }',
      '    - name: b',
      '      type: data_saver',
      '      config: *saver',
      '',
    ].join('\n');
    const diagnostics = validateWorkflow(source).diagnostics;

    // Both nodes use the broken value, which is written once, on line 7, where `ftp` is columns 37-39.
    // The second use is one related entry at its alias rather than a second diagnostic on the same text.
    expect(diagnostics.map((d) => [d.message, d.line, d.column, d.endColumn, d.related])).toEqual([
      [
        'invalid value `ftp` for `config.destination` of node `a`, expected `database`, `s3`, `file` or `api`',
        7,
        37,
        40,
        [{ file: 'workflow.yaml', line: 10, column: 15, message: 'reached through this alias' }],
      ],
    ]);
  });

  test('missing config field points at the config key', () => {
    const source = workflowSource([{ name: 'a', config: '{ query: x }' }]);
    const [diagnostic] = validateWorkflow(source).diagnostics;

    expect([diagnostic?.message, diagnostic?.line, diagnostic?.column, diagnostic?.endColumn]).toEqual([
      'missing required field `source` in `config` of node `a`',
      7,
      7,
      13,
    ]);
  });

  test('missing node field points at the first line of the item', () => {
    const source = 'workflow:\n  id: a\n  type: airflow\n  nodes:\n    - type: data_fetcher\n';
    const [diagnostic] = validateWorkflow(source).diagnostics;

    expect([diagnostic?.message, diagnostic?.line, diagnostic?.column, diagnostic?.endColumn]).toEqual([
      'missing required field `name` in `workflow.nodes[0]`',
      5,
      7,
      25,
    ]);
  });

  test('self-referencing anchor is reported instead of expanded', () => {
    const [diagnostic] = validateWorkflow('x-loop: &loop [a, *loop]\nworkflow: {}\n').diagnostics;
    expect([diagnostic?.code, diagnostic?.column]).toEqual(['WF105', 19]);
  });
});
