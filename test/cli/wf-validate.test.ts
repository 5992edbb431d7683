import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Diagnostic, diagnosticRules, validateWorkflow } from '../../engine/workflow/index.ts';
import { runWfProcess } from './run-wf-process.ts';

const seedExample = `workflow:
  id: example_workflow
  type: langgraph
  schedule: "0 18 * * 1-5"
  nodes:
    - name: extract
      type: data_fetcher
      config:
        source: database
    - name: process
      type: llm_processor
      config: { model: ollama }
    - name: save
      type: data_saver
      config: { destination: s3 }
`;

const fixtures: Record<string, string> = {
  'flows/good.yaml': seedExample,
  'flows/also-good.yml': seedExample.replace('example_workflow', 'second_workflow'),
  'broken.yaml': 'workflow:\n  id: [unclosed\n',
  'tab-emoji.yaml': seedExample.replace('id: example_workflow', 'id: "🚀\tbad id"'),
  'warning.yaml': seedExample.replace(
    '      config: { destination: s3 }',
    '      depends_on: [process, process]\n      config: { destination: s3 }',
  ),
  'bom.yaml': `\ufeff${seedExample}`,
};

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'wf-validate-'));
  mkdirSync(join(cwd, 'flows'));
  mkdirSync(join(cwd, 'empty'));
  for (const [name, text] of Object.entries(fixtures)) writeFileSync(join(cwd, name), text);
  writeFileSync(join(cwd, 'latin1.yaml'), Buffer.from('workflow:\n  id: caf\xe9\n', 'latin1'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** The engine's own diagnostics for a fixture, as the command should print them. */
function engineDiagnostics(file: string): Diagnostic[] {
  return validateWorkflow(fixtures[file] ?? '', { file }).diagnostics;
}

function ruleName(code: string): string {
  return diagnosticRules.find((rule) => rule.code === code)?.name ?? '';
}

// Each test starts a Node process, which takes a second or more on a loaded two-core machine
describe.concurrent('wf validate', { timeout: 30_000 }, () => {
  test('valid files exit 0 with a clean summary', async () => {
    expect(await runWfProcess(['validate', 'flows/good.yaml', 'flows/also-good.yml'], cwd)).toEqual({
      status: 0,
      stdout: 'no problems in 2 files\n',
      stderr: '',
    });
  });

  test('a directory validates its YAML files', async () => {
    expect(await runWfProcess(['validate', 'flows'], cwd)).toEqual({
      status: 0,
      stdout: 'no problems in 2 files\n',
      stderr: '',
    });
  });

  test('a quoted glob is expanded by wf', async () => {
    expect(await runWfProcess(['validate', 'flows/*.{yaml,yml}', '--format', 'json'], cwd)).toEqual({
      status: 0,
      stdout: '[]\n',
      stderr: 'no problems in 2 files\n',
    });
  });

  test('a broken file exits 1 with the exact JSON', async () => {
    const expected = engineDiagnostics('broken.yaml');
    expect(expected.map(({ code, severity, line, column }) => ({ code, severity, line, column }))).toEqual([
      { code: 'WF101', severity: 'error', line: 3, column: 1 },
    ]);

    expect(await runWfProcess(['validate', '--format', 'json', 'broken.yaml'], cwd)).toEqual({
      status: 1,
      stdout: `${JSON.stringify(expected, null, 2)}\n`,
      stderr: '1 error in 1 file (1 file checked)\n',
    });
  });

  test('a missing file exits 2 naming it', async () => {
    expect(await runWfProcess(['validate', 'missing.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: cannot read `missing.yaml`: file not found\n',
    });
  });

  test('a glob without matches exits 2 naming the pattern', async () => {
    expect(await runWfProcess(['validate', 'flows/*.json', 'flows/good.yaml'], cwd)).toEqual({
      status: 2,
      stdout: 'no problems in 1 file\n',
      stderr: 'wf: no files match `flows/*.json`\n',
    });
  });

  test('a directory without YAML files exits 2', async () => {
    const result = await runWfProcess(['validate', 'empty'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('wf: no `.yaml` or `.yml` files in directory `empty`\n');
  });

  test('missing and broken together exit 2 and still report the broken file', async () => {
    const result = await runWfProcess(['validate', '-f', 'json', 'missing.yaml', 'broken.yaml'], cwd);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual(engineDiagnostics('broken.yaml'));
    expect(result.stderr).toBe(
      'wf: cannot read `missing.yaml`: file not found\n1 error in 1 file (1 file checked)\n',
    );
  });

  test('invalid UTF-8 exits 2 naming the file and line', async () => {
    expect(await runWfProcess(['validate', 'latin1.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: `latin1.yaml` is not valid UTF-8: invalid byte sequence on line 2 (byte offset 19)\n',
    });
  });

  test('a byte order mark is dropped silently', async () => {
    expect(await runWfProcess(['validate', 'bom.yaml'], cwd)).toEqual({
      status: 0,
      stdout: 'no problems in 1 file\n',
      stderr: '',
    });
  });

  test('pretty output frames a line with a tab and an emoji', async () => {
    const [diagnostic] = engineDiagnostics('tab-emoji.yaml');
    expect(diagnostic).toMatchObject({ code: 'WF204', line: 2, column: 7, endLine: 2, endColumn: 18 });
    if (diagnostic === undefined) return;

    expect(await runWfProcess(['validate', 'tab-emoji.yaml'], cwd, { NO_COLOR: '1' })).toEqual({
      status: 1,
      stdout: [
        `tab-emoji.yaml:2:7: error: ${diagnostic.message} [WF204 ${ruleName('WF204')}]`,
        '  2 |   id: "🚀   bad id"',
        '    |       ^^^^^^^^^^^^^',
        '  docs: /reference/error-codes/#wf204',
        '',
        '1 error in 1 file (1 file checked)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('FORCE_COLOR colours pretty output off a terminal', async () => {
    const result = await runWfProcess(['validate', 'tab-emoji.yaml'], cwd, { FORCE_COLOR: '1' });
    expect(result.stdout).toContain('\u001b[31m\u001b[1merror:\u001b[22m\u001b[39m');
  });

  test('piped pretty output has no colour', async () => {
    expect((await runWfProcess(['validate', 'tab-emoji.yaml'], cwd)).stdout).not.toContain('\u001b');
  });

  test('github format prints exact annotation lines', async () => {
    const [diagnostic] = engineDiagnostics('warning.yaml');
    expect(diagnostic).toMatchObject({
      code: 'WF305',
      severity: 'warning',
      line: 15,
      column: 29,
      endColumn: 36,
    });
    if (diagnostic === undefined) return;

    const message = `${diagnostic.message}%0Ahint: ${diagnostic.hint}`;
    expect(
      await runWfProcess(['validate', '--format', 'github', 'warning.yaml', 'broken.yaml'], cwd),
    ).toEqual({
      status: 1,
      stdout: [
        `::warning file=warning.yaml,line=15,col=29,endLine=15,endColumn=36,title=WF305 duplicate-dependency::${message}`,
        `::error file=broken.yaml,line=3,col=1,endLine=3,endColumn=2,title=WF101 yaml-syntax::${engineDiagnostics('broken.yaml')[0]?.message}`,
        '',
      ].join('\n'),
      stderr: '1 error, 1 warning in 2 files (2 files checked)\n',
    });
  });

  test('warnings alone exit 0', async () => {
    const result = await runWfProcess(['validate', 'warning.yaml'], cwd);
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('\n1 warning in 1 file (1 file checked)\n')).toBe(true);
  });

  test('--quiet leaves warnings out', async () => {
    expect(await runWfProcess(['validate', '--quiet', 'warning.yaml'], cwd)).toEqual({
      status: 0,
      stdout: 'no errors in 1 file\n',
      stderr: '',
    });
  });

  test('--max-warnings fails a run with more warnings', async () => {
    expect(
      await runWfProcess(['validate', '--max-warnings', '0', '-f', 'json', 'warning.yaml'], cwd),
    ).toEqual({
      status: 1,
      stdout: `${JSON.stringify(engineDiagnostics('warning.yaml'), null, 2)}\n`,
      stderr:
        '1 warning in 1 file (1 file checked)\nwf: too many warnings: found 1, `--max-warnings` allows 0\n',
    });
  });

  test('--max-warnings passes a run at the limit', async () => {
    expect((await runWfProcess(['validate', '--max-warnings', '1', 'warning.yaml'], cwd)).status).toBe(0);
  });

  test('sarif output has the 2.1.0 shape', async () => {
    const result = await runWfProcess(
      ['validate', '--format', 'sarif', 'broken.yaml', 'flows/good.yaml'],
      cwd,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('1 error in 1 file (2 files checked)\n');

    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json',
    );
    expect(log.runs).toHaveLength(1);

    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('wf');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
      diagnosticRules.map((rule) => rule.code),
    );
    expect(run.results).toHaveLength(1);

    const [result0] = run.results;
    expect(result0.ruleId).toBe('WF101');
    expect(run.tool.driver.rules[result0.ruleIndex].id).toBe('WF101');
    expect(result0.level).toBe('error');
    expect(result0.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 },
    });
  });

  test('--docs-url sets the base of sarif help links', async () => {
    const result = await runWfProcess(
      ['validate', '-f', 'sarif', '--docs-url', 'https://docs.example.com/', 'broken.yaml'],
      cwd,
    );
    const rule = JSON.parse(result.stdout).runs[0].tool.driver.rules.find(
      (entry: { id: string }) => entry.id === 'WF101',
    );
    expect(rule.helpUri).toBe('https://docs.example.com/reference/error-codes/#wf101');
  });
});
