import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../engine/workflow/index.ts';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import { aliasedBrokenConfigs, mergedBrokenNode, repeatedUnknownDependencies } from './perf-inputs.ts';

const header = 'workflow:\n  id: w\n  type: airflow\n  nodes:\n';
const node = '    - name: a\n      type: data_fetcher\n';

/** Formats each diagnostic as `code line:column-endLine:endColumn message`, with the hint after ` | `. */
function brief(source: string): string[] {
  return validateWorkflow(source).diagnostics.map(
    (d) =>
      `${d.code} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}${d.hint ? ` | ${d.hint}` : ''}`,
  );
}

function only(source: string): Diagnostic | undefined {
  const { diagnostics } = validateWorkflow(source);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0];
}

const mergeHint =
  'write `<<: *name`, where `&name` marks a mapping, or `<<: [*first, *second]` to merge several';
const mergeMessage = 'merge key `<<` takes a mapping, an alias of a mapping or a list of them, found';

describe('diagnostic cap', () => {
  test('repeated unknown dependencies stop at the cap', () => {
    // 100 nodes with 20 entries each: 2,000 unknown dependencies and 1,900 repeats.
    const { diagnostics } = validateWorkflow(repeatedUnknownDependencies(100, 20));

    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.slice(0, 1000).every((d) => d.code === 'WF302' || d.code === 'WF305')).toBe(true);
    expect(diagnostics.at(-1)).toEqual({
      code: 'WF602',
      severity: 'error',
      message:
        '2,900 more problems were found from here on and left out, a file gets at most 1,000 diagnostics',
      hint: 'fix the problems reported above and validate again',
      file: 'workflow.yaml',
      line: 108,
      column: 46,
      endLine: 108,
      endColumn: 46,
    });
  });

  test('cap note takes the level of the problems left out', () => {
    const list = Array.from({ length: 1002 }, () => 'a').join(', ');
    const source = `${header}${node}      config: { source: api }\n    - name: b\n      type: data_fetcher\n      config: { source: api }\n      depends_on: [${list}]\n`;
    const { diagnostics } = validateWorkflow(source);

    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.at(-1)?.severity).toBe('warning');
    expect(diagnostics.at(-1)?.message).toBe(
      '1 more problems were found from here on and left out, a file gets at most 1,000 diagnostics',
    );
  });

  test('anchored configs used twice give one diagnostic each', () => {
    const { diagnostics } = validateWorkflow(aliasedBrokenConfigs());

    expect(diagnostics).toHaveLength(1000);
    expect(diagnostics.every((d) => d.code === 'WF206' && d.related?.length === 1)).toBe(true);
  });

  test('merged anchor with two mistakes gives two diagnostics', () => {
    const diagnostics = validateWorkflow(mergedBrokenNode()).diagnostics;

    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.related?.length])).toEqual([
      ['WF206', 1, 49, 1000],
      ['WF207', 1, 55, 1000],
    ]);
  });
});

describe('merge sources', () => {
  test.each([
    [
      'alias of a scalar',
      `x-s: &s hello\n${header}    - { <<: *s, name: a }\n`,
      '6:13-6:15',
      'alias `*s` of the scalar `hello`',
    ],
    ['number', `${header}    - { <<: 5, name: a }\n`, '5:13-5:14', 'the scalar `5`'],
    ['null', `${header}    - name: a\n      <<: null\n`, '6:11-6:15', 'an empty value'],
    [
      'list with a scalar',
      `x-a: &a { type: data_fetcher }\n${header}    - { <<: [*a, 1], name: a }\n`,
      '6:18-6:19',
      'the scalar `1`',
    ],
    ['list of lists', `${header}    - { <<: [[a]], name: a }\n`, '5:14-5:17', 'a list'],
    [
      'anchored list of scalars',
      `x-l: &l [1, 2]\n${header}    - { <<: *l, name: a }\n`,
      '1:10-1:11',
      'the scalar `1`',
    ],
  ])('merge source that is a %s gets a diagnostic on the value', (_, source, range, found) => {
    expect(brief(source)).toEqual([`WF101 ${range} ${mergeMessage} ${found} | ${mergeHint}`]);
  });

  test('anchored list of mappings merges', () => {
    const source = `x-a: &a { type: data_fetcher }\nx-l: &l [*a]\n${header}    - { <<: *l, name: a, config: { source: api } }\n`;
    expect(validateWorkflow(source).diagnostics).toEqual([]);
  });
});

describe('deep nesting', () => {
  test.each([
    ['flow lists', `workflow: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, '1:75-1:76'],
    ['flow mappings', `workflow: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, '1:264-1:265'],
    ['explicit keys', `${'? '.repeat(5000)}a\n`, '1:131-1:132'],
    ['block lists', `${'- '.repeat(3000)}a\n`, '1:131-1:132'],
  ])('%s nested thousands deep give one WF601', (_, source, range) => {
    expect(brief(source)).toEqual([
      `WF601 ${range} collections nested more than 64 levels deep | a workflow needs only a few levels, so this file is probably generated or corrupted`,
    ]);
  });

  test('exception text never reaches a message', () => {
    const sources = [
      `workflow: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
      `${header}    - { <<: 5, name: a }\n`,
      `${header}${node}      config: { source: !!binary "%%%" }\n`,
      '%TAG !e! tag:example.com,2000:%E0%A4%A\n---\nworkflow: !e!x 1\n',
    ];
    const messages = sources.flatMap((source) => validateWorkflow(source).diagnostics.map((d) => d.message));

    for (const message of messages) {
      expect(message).not.toMatch(/call stack|regular expression|URI malformed|Merge sources|Error/);
    }
  });
});

describe('non-string keys', () => {
  test('list key points at the key and names it as written', () => {
    expect(brief(`[a]: b\n${header}${node}      config: { source: api }\n`)).toEqual([
      'WF101 1:1-1:4 key `[a]` is a list or a mapping, a key in a workflow file must be a scalar such as a name | a key that starts with `[`, `{` or `? ` is read as a list or mapping, so quote it or write a plain name',
    ]);
  });

  test('null config key is named as written at the key', () => {
    const diagnostic = only(`${header}${node}      config: { source: api, null: 1 }\n`);

    expect([diagnostic?.code, diagnostic?.line, diagnostic?.column, diagnostic?.endColumn]).toEqual([
      'WF207',
      7,
      30,
      34,
    ]);
    expect(diagnostic?.message).toMatch(/^unknown config key `null` in `config` of node `a`, expected /);
  });

  test('explicit mapping key stays on one line in the message', () => {
    const messages = validateWorkflow(`? [a]: b\n: c\n${header}`).diagnostics.map((d) => d.message);

    expect(messages).toEqual([
      'key `[a]: b` is a list or a mapping, a key in a workflow file must be a scalar such as a name',
      'key `[a]` is a list or a mapping, a key in a workflow file must be a scalar such as a name',
    ]);
  });

  test('keys that become one key are both reported', () => {
    const diagnostic = only(`${header}${node}      config: { source: api, ~: 1, "": 2 }\n`);

    expect(diagnostic).toEqual({
      code: 'WF102',
      severity: 'error',
      message:
        'duplicate key: `""` and `~` are read as the same key, a key may appear only once in a mapping',
      hint: 'remove one of the two entries or merge their values',
      file: 'workflow.yaml',
      line: 7,
      column: 36,
      endLine: 7,
      endColumn: 38,
      related: [{ file: 'workflow.yaml', line: 7, column: 30, message: 'first defined here' }],
    });
  });
});

describe('prototype keys', () => {
  const expectedKeys =
    'expected `source`, `connection`, `query`, `table`, `url`, `path`, `bucket`, `prefix`, `topic`, `format`, `batch_size` or `timeout_seconds`';

  test('__proto__ config key is an unknown key', () => {
    expect(brief(`${header}${node}      config: { source: api, __proto__: { bogus: 1 } }\n`)).toEqual([
      `WF207 7:30-7:39 unknown config key \`__proto__\` in \`config\` of node \`a\`, ${expectedKeys}`,
    ]);
  });

  test('__proto__ cannot supply a config field', () => {
    expect(brief(`${header}${node}      config: { __proto__: { source: api } }\n`)).toEqual([
      'WF206 7:7-7:13 missing required field `source` in `config` of node `a`',
      `WF207 7:17-7:26 unknown config key \`__proto__\` in \`config\` of node \`a\`, ${expectedKeys}`,
    ]);
  });

  test('__proto__ node and top-level fields are unknown fields', () => {
    const source = `__proto__: { workflow: 1 }\n${header}${node}      __proto__: { name: b }\n      config: { source: api }\n`;
    expect(brief(source)).toEqual([
      'WF202 1:1-1:10 unknown field `__proto__` at the top level, expected `workflow` (keys starting with `x-` are ignored)',
      'WF202 8:7-8:16 unknown field `__proto__` in node `a`, expected `name`, `type`, `depends_on` or `config`',
    ]);
  });
});

describe('numbers', () => {
  const configWith = (value: string) =>
    `${header}${node}      config: { source: api, batch_size: ${value} }\n`;

  test.each(['.inf', '-.inf', '.nan', '1e400'])('%s is shown as written', (value) => {
    expect(brief(configWith(value))).toEqual([
      `WF206 7:42-7:${42 + value.length} \`config.batch_size\` of node \`a\` must be a finite number, found \`${value}\``,
    ]);
  });

  test('huge integer gives one diagnostic with the field limit', () => {
    expect(brief(configWith('99999999999999999999999999999'))).toEqual([
      'WF206 7:42-7:71 invalid value `99999999999999999999999999999` for `config.batch_size` of node `a`, expected at most 1000000',
    ]);
  });

  test('huge negative integer gives one diagnostic with the field limit', () => {
    expect(brief(configWith('-99999999999999999999999999999'))).toEqual([
      'WF206 7:42-7:72 invalid value `-99999999999999999999999999999` for `config.batch_size` of node `a`, expected at least 1',
    ]);
  });
});

describe('unquoted schedule', () => {
  const withSchedule = (value: string) =>
    `workflow:\n  id: w\n  type: airflow\n  schedule: ${value}\n  nodes: []\n`;

  test('star fields give one diagnostic with a quoting hint', () => {
    expect(brief(withSchedule('* * * * *'))).toEqual([
      'WF101 4:13-4:22 unquoted schedule `* * * * *`, YAML reads a value that starts with `*` as an alias | quote the schedule: "* * * * *"',
    ]);
  });

  test('step in the first field gives one diagnostic', () => {
    expect(brief(withSchedule('*/5 * * * *  # every five minutes'))).toEqual([
      'WF101 4:13-4:24 unquoted schedule `*/5 * * * *`, YAML reads a value that starts with `*` as an alias | quote the schedule: "*/5 * * * *"',
    ]);
  });

  test('lone step is an alias with a quoting hint', () => {
    expect(brief(withSchedule('*/5'))).toEqual([
      'WF104 4:13-4:16 unresolved alias `*/5`, no anchor `&/5` is defined before it | quote the value: "*/5", because YAML reads a value that starts with `*` as an alias',
    ]);
  });

  test('number schedule gets a hint', () => {
    expect(brief(withSchedule('0')).at(0)).toBe(
      'WF203 4:13-4:14 `workflow.schedule` must be a string, found the number `0` | write the schedule as a quoted string: five cron fields such as `"0 18 * * 1-5"`, or a preset such as `"@daily"`',
    );
  });
});

describe('anchored nodes', () => {
  test('node repeated through aliases is reported at the alias', () => {
    const source = `x-n: &n {name: a, type: data_fetcher, config: {source: api}}\n${header}    - *n\n    - *n\n`;
    const diagnostic = only(source);

    expect([diagnostic?.code, diagnostic?.line, diagnostic?.column, diagnostic?.endColumn]).toEqual([
      'WF301',
      7,
      7,
      9,
    ]);
    expect(diagnostic?.related).toEqual([
      { file: 'workflow.yaml', line: 6, column: 7, message: 'first defined here' },
    ]);
  });

  test('dependency repeated through an alias is reported at the alias', () => {
    const source = `x-d: &d a\n${header}${node}      config: { source: api }\n    - name: b\n      type: data_fetcher\n      config: { source: api }\n      depends_on: [*d, *d]\n`;
    expect(brief(source)).toEqual([
      'WF305 12:24-12:26 dependency `a` is listed more than once in node `b` | remove the repeated entry',
    ]);
  });

  test('config mistake shared by three nodes is one diagnostic', () => {
    const source = `x-c: &c { source: nope }\n${header}${node}      config: *c\n    - name: b\n      type: data_fetcher\n      config: *c\n    - name: c\n      type: data_fetcher\n      config: *c\n`;
    const diagnostic = only(source);

    expect([diagnostic?.line, diagnostic?.column, diagnostic?.message]).toEqual([
      1,
      19,
      'invalid value `nope` for `config.source` of node `a`, expected `database`, `api`, `file`, `s3` or `kafka`',
    ]);
    expect(diagnostic?.related).toEqual([
      { file: 'workflow.yaml', line: 8, column: 15, message: 'reached through this alias' },
      { file: 'workflow.yaml', line: 11, column: 15, message: 'reached through this alias' },
      { file: 'workflow.yaml', line: 14, column: 15, message: 'reached through this alias' },
    ]);
  });
});

describe('byte order mark', () => {
  test('columns on the first line ignore the byte order mark', () => {
    const diagnostics = validateWorkflow('\uFEFFworkflw:\n  id: w\n').diagnostics;
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['WF201', 1, 1],
      ['WF202', 1, 1],
    ]);
  });
});

describe('minor wording', () => {
  test('empty node list says an empty list', () => {
    expect(brief(`${header.replace('nodes:\n', 'nodes: []\n')}`)).toEqual([
      'WF204 4:10-4:12 `workflow.nodes` must have at least 1 item, found an empty list',
    ]);
  });

  test('empty workflow type says an empty value', () => {
    expect(brief(`workflow:\n  id: w\n  type:\n  nodes:\n${node}      config: { source: api }\n`)).toEqual([
      'WF204 3:3-3:7 `workflow.type` must be `langgraph` or `airflow`, found an empty value',
    ]);
  });

  test('binary value is named binary data', () => {
    expect(brief(`${header}${node}      config: { source: !!binary aGVsbG8= }\n`)).toEqual([
      'WF206 7:34-7:42 `config.source` of node `a` must be `database`, `api`, `file`, `s3` or `kafka`, found binary data',
    ]);
  });

  test('value that breaks its tag names the tag', () => {
    expect(brief(`${header}${node}      config: { source: api, batch_size: !!int abc }\n`)).toEqual([
      'WF101 7:42-7:47 the value does not match its tag `!!int`, or the tag is unknown | remove the tag: a workflow file needs no YAML tags',
    ]);
  });

  test('tab indent gives one diagnostic', () => {
    expect(brief('workflow:\n\tid: w\n  type: airflow\n')).toEqual([
      'WF103 2:1-2:2 tab character used for indentation, YAML allows only spaces | replace the tab with spaces',
    ]);
  });

  test('one wrongly typed depends_on keeps the graph rules', () => {
    const source = `${header}${node}      depends_on: b\n      config: { source: api }\n    - name: c\n      type: data_fetcher\n      depends_on: [zz]\n      config: { source: api }\n`;
    const result = validateWorkflow(source);

    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['WF203', 7],
      ['WF302', 11],
    ]);
    expect(result.workflow).toBeUndefined();
  });

  test('file option that throws is reported without its text', () => {
    const options = {
      get file(): string {
        throw new Error('boom');
      },
    };
    expect(validateWorkflow('a: 1\n', options).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['WF101', 'the file could not be validated because of an internal error of the validator'],
    ]);
  });
});
