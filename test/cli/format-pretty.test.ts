import { describe, expect, test } from 'vitest';
import { formatPretty } from '../../engine/cli/format/pretty.ts';
import type { Diagnostic } from '../../engine/workflow/index.ts';

const source = 'workflow:\n  id: demo\n\tnodes: 🚀 x\n';

const unknownType: Diagnostic = {
  code: 'WF301',
  severity: 'error',
  message: 'unknown node type `data_fetchr`',
  file: 'flows/demo.yaml',
  line: 3,
  column: 9,
  endLine: 3,
  endColumn: 11,
  hint: 'did you mean `data_fetcher`?',
};

const options = {
  sources: new Map([['flows/demo.yaml', source]]),
  ruleNames: new Map([['WF301', 'unknown-node-type']]),
  color: false,
};

describe('formatPretty', () => {
  test('prints headline, frame, hint and docs link', () => {
    expect(formatPretty([unknownType], options)).toBe(
      [
        'flows/demo.yaml:3:9: error: unknown node type `data_fetchr` [WF301 unknown-node-type]',
        '  3 |     nodes: 🚀 x',
        '    |            ^^',
        '  hint: did you mean `data_fetcher`?',
        '  docs: /reference/error-codes/#wf301',
        '',
        '',
      ].join('\n'),
    );
  });

  test('prefixes the docs link with a base URL', () => {
    const output = formatPretty([unknownType], {
      ...options,
      docsBaseUrl: 'https://docs.example.com/portal/',
    });
    expect(output).toContain('  docs: https://docs.example.com/portal/reference/error-codes/#wf301\n');
  });

  test('shows the bare code for an unregistered rule', () => {
    const output = formatPretty([{ ...unknownType, code: 'WF999' }], options);
    expect(output.split('\n')[0]).toBe('flows/demo.yaml:3:9: error: unknown node type `data_fetchr` [WF999]');
  });

  test('omits the frame when the source is unknown', () => {
    const output = formatPretty([{ ...unknownType, file: 'other.yaml', hint: undefined }], options);
    expect(output).toBe(
      [
        'other.yaml:3:9: error: unknown node type `data_fetchr` [WF301 unknown-node-type]',
        '  docs: /reference/error-codes/#wf301',
        '',
        '',
      ].join('\n'),
    );
  });

  test('lists related locations', () => {
    const related = [{ file: 'template.yaml', line: 4, column: 7, message: 'parameter declared here' }];
    const output = formatPretty([{ ...unknownType, hint: undefined, related }], options);
    expect(output).toContain('\n  related: template.yaml:4:7: parameter declared here\n');
  });

  test('writes no escape codes without colour', () => {
    expect(formatPretty([unknownType], options)).not.toContain('\u001b');
  });

  test('colours severity and caret with colour on', () => {
    const output = formatPretty([unknownType], { ...options, color: true });
    expect(output).toContain('\u001b[31m\u001b[1merror:\u001b[22m\u001b[39m');
    expect(output).toContain('\u001b[31m\u001b[1m^^\u001b[22m\u001b[39m');
  });

  test('neutralises escape sequences in messages', () => {
    const output = formatPretty([{ ...unknownType, message: 'bad \u001b[2J value' }], options);
    expect(output.split('\n')[0]).toBe(
      'flows/demo.yaml:3:9: error: bad ␛[2J value [WF301 unknown-node-type]',
    );
  });

  test('returns an empty string for no diagnostics', () => {
    expect(formatPretty([], options)).toBe('');
  });
});
