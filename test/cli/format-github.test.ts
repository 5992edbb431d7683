import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../engine/cli/format/github.ts';
import type { Diagnostic } from '../../engine/workflow/index.ts';

const base: Diagnostic = {
  code: 'WF301',
  severity: 'error',
  message: 'unknown node type `data_fetchr`',
  file: 'flows/demo.yaml',
  line: 3,
  column: 9,
  endLine: 3,
  endColumn: 20,
};
const ruleNames = new Map([['WF301', 'unknown-node-type']]);

describe('formatGithub', () => {
  test('writes one error command per diagnostic', () => {
    expect(formatGithub([base], ruleNames)).toBe(
      '::error file=flows/demo.yaml,line=3,col=9,endLine=3,endColumn=20,title=WF301 unknown-node-type::unknown node type `data_fetchr`\n',
    );
  });

  test('maps warning to warning and info to notice', () => {
    const output = formatGithub(
      [
        { ...base, severity: 'warning' },
        { ...base, severity: 'info' },
      ],
      ruleNames,
    );
    expect(output.split('\n').map((line) => line.slice(0, line.indexOf(' ')))).toEqual([
      '::warning',
      '::notice',
      '',
    ]);
  });

  test('puts the hint on an escaped second line', () => {
    const output = formatGithub([{ ...base, hint: 'did you mean `data_fetcher`?' }], ruleNames);
    expect(output).toBe(
      '::error file=flows/demo.yaml,line=3,col=9,endLine=3,endColumn=20,title=WF301 unknown-node-type::unknown node type `data_fetchr`%0Ahint: did you mean `data_fetcher`?\n',
    );
  });

  test('escapes percent, newlines, colon and comma in properties', () => {
    const output = formatGithub([{ ...base, file: 'a:b,c%d.yaml', message: '50% done\r\nnext' }], new Map());
    expect(output).toBe(
      '::error file=a%3Ab%2Cc%25d.yaml,line=3,col=9,endLine=3,endColumn=20,title=WF301::50%25 done%0D%0Anext\n',
    );
  });

  test('leaves colon and comma alone in the message', () => {
    expect(escapeData('a: b, c')).toBe('a: b, c');
    expect(escapeProperty('a: b, c')).toBe('a%3A b%2C c');
  });

  test('escapes percent before the others', () => {
    expect(escapeProperty('%0A\n')).toBe('%250A%0A');
  });
});
