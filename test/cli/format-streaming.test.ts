import { describe, expect, test } from 'vitest';
import type { CliContext } from '../../engine/cli/cli-context.ts';
import { formatJson, jsonChunks } from '../../engine/cli/format/json.ts';
import { formatSarif, sarifChunks } from '../../engine/cli/format/sarif.ts';
import { writeReport } from '../../engine/cli/format/write-report.ts';
import { writeChunks } from '../../engine/cli/write-chunks.ts';
import type { Diagnostic, DiagnosticRule } from '../../engine/workflow/index.ts';

const rules: DiagnosticRule[] = [
  { code: 'WF303', name: 'self-dependency', severity: 'error', summary: 's', description: 'd "quoted" []' },
];

function diagnostic(index: number, file = 'big.yaml'): Diagnostic {
  return {
    code: 'WF303',
    severity: 'error',
    message: `node \`a\` depends on itself\n"${index}"`,
    file,
    line: 8,
    column: index + 1,
    endLine: 8,
    endColumn: index + 2,
    ...(index % 2 === 0 ? { hint: 'remove it' } : {}),
    ...(index === 1 ? { related: [{ file, line: 1, column: 1, message: 'here' }] } : {}),
  };
}

function bufferContext(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd: '/repo',
    env: {},
    stdoutIsTty: false,
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    out,
    err,
  };
}

const sarifOptions = { rules, toolVersion: '1.0.0', srcRoot: '/repo' };

describe('jsonChunks', () => {
  test('matches JSON.stringify with two-space indent', () => {
    for (const count of [0, 1, 3]) {
      const diagnostics = Array.from({ length: count }, (_, index) => diagnostic(index));
      expect(formatJson(diagnostics)).toBe(`${JSON.stringify(diagnostics, null, 2)}\n`);
    }
  });

  test('yields one chunk per diagnostic and a closing one', () => {
    expect(Array.from(jsonChunks([diagnostic(0), diagnostic(1)]))).toHaveLength(3);
  });
});

describe('sarifChunks', () => {
  test('matches one JSON.stringify of the whole log', () => {
    for (const count of [0, 1, 3]) {
      const diagnostics = Array.from({ length: count }, (_, index) => diagnostic(index));
      const text = formatSarif(diagnostics, sarifOptions);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(JSON.parse(text).runs[0].results).toHaveLength(count);
    }
  });

  test('keeps results in order with their rule index', () => {
    const log = JSON.parse(Array.from(sarifChunks([diagnostic(0), diagnostic(1)], sarifOptions)).join(''));
    expect(
      log.runs[0].results.map((result: { ruleIndex: number; message: { text: string } }) => result),
    ).toEqual([
      expect.objectContaining({
        ruleIndex: 0,
        message: { text: 'node `a` depends on itself\n"0"\nhint: remove it' },
      }),
      expect.objectContaining({ ruleIndex: 0, message: { text: 'node `a` depends on itself\n"1"' } }),
    ]);
  });
});

describe('writeChunks', () => {
  test('batches small chunks into one write', () => {
    const context = bufferContext();
    writeChunks(context.stdout, ['a', 'b', 'c']);
    expect(context.out).toEqual(['abc']);
  });

  test('writes nothing for no chunks', () => {
    const context = bufferContext();
    writeChunks(context.stdout, []);
    expect(context.out).toEqual([]);
  });
});

// Spreading 125,000 or more values into push() overflowed the call stack and lost every file's result
describe('writeReport with 250,000 diagnostics', { timeout: 60_000 }, () => {
  const count = 250_000;
  const diagnostics = Array.from({ length: count }, (_, index) => diagnostic(index));
  const inputs = { sources: new Map<string, string>(), rules, docsBaseUrl: undefined };

  test('json lists every diagnostic', () => {
    const context = bufferContext();
    writeReport('json', diagnostics, inputs, context);
    const parsed = JSON.parse(context.out.join(''));
    expect(parsed).toHaveLength(count);
    expect(parsed[count - 1]).toEqual(diagnostic(count - 1));
    expect(context.err).toEqual([]);
  });

  test('sarif lists every result', () => {
    const context = bufferContext();
    writeReport('sarif', diagnostics, inputs, context);
    expect(JSON.parse(context.out.join('')).runs[0].results).toHaveLength(count);
  });

  test('pretty shows 1,001 and a note for the rest', () => {
    const context = bufferContext();
    writeReport('pretty', diagnostics, inputs, context);
    const lines = context.out.join('').split('\n');
    expect(lines.filter((line) => line.startsWith('big.yaml:8:'))).toHaveLength(1001);
    expect(lines.at(-3)).toBe(
      '... and 248999 more diagnostics in `big.yaml`, not shown: `--format json` lists every one the engine returned',
    );
    expect(context.err).toEqual([]);
  });

  test('github shows 1,001 and notes the rest on stderr', () => {
    const context = bufferContext();
    writeReport('github', diagnostics, inputs, context);
    expect(context.out.join('').split('\n')).toHaveLength(1002);
    expect(context.err).toEqual([
      'wf: ... and 248999 more diagnostics in `big.yaml`, not shown: `--format json` lists every one the engine returned\n',
    ]);
  });
});
