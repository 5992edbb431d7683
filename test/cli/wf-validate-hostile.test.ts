import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { maxWorkflowFileBytes } from '../../engine/cli/files/read-workflow-file.ts';
import { type Diagnostic, validateWorkflow } from '../../engine/workflow/index.ts';
import { limits } from '../../engine/workflow/limits.ts';
import { runWfProcess } from './run-wf-process.ts';

const header = 'workflow:\n  id: w\n  type: airflow\n  nodes:\n';
const validWorkflow = `${header}    - name: fetch\n      type: data_fetcher\n      config: { source: api }\n`;
const repeatedDependencies = `${header}    - name: a\n      type: data_fetcher\n      config: { source: api }\n      depends_on: [${Array(80_000).fill('a').join(',')}]\n`;
const validateUsage =
  'usage: wf validate FILES... [--format pretty|json|sarif|github] [--max-warnings N] [--quiet]';

let cwd: string;
let repeatedDiagnostics: Diagnostic[];

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'wf-hostile-'));
  writeFileSync(join(cwd, 'repeated.yaml'), repeatedDependencies);
  writeFileSync(join(cwd, 'valid.yaml'), validWorkflow);
  writeFileSync(join(cwd, 'at-byte-limit.yaml'), 'x'.repeat(maxWorkflowFileBytes));
  writeFileSync(join(cwd, 'over-byte-limit.yaml'), 'x'.repeat(maxWorkflowFileBytes + 1));
  mkdirSync(join(cwd, 'flows'));
  writeFileSync(join(cwd, 'flows/valid.yaml'), validWorkflow);
  symlinkSync('flows', join(cwd, 'linked'));
  symlinkSync('/nonexistent/target.yaml', join(cwd, 'flows/dangling.yaml'));
  symlinkSync('loop-b.yaml', join(cwd, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(cwd, 'loop-b.yaml'));
  repeatedDiagnostics = validateWorkflow(repeatedDependencies, { file: 'repeated.yaml' }).diagnostics;
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// Each test starts a Node process; the 80,000-entry file alone takes seconds to validate
describe('wf validate on hostile input', { timeout: 60_000 }, () => {
  test('80,000 repeated depends_on entries no longer crash', async () => {
    const errors = repeatedDiagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = repeatedDiagnostics.length - errors;
    expect(repeatedDiagnostics).toHaveLength(1001);
    expect(repeatedDiagnostics.at(-1)?.code).toBe('WF602');

    const result = await runWfProcess(['validate', 'repeated.yaml', 'valid.yaml'], cwd, { NO_COLOR: '1' });
    const lines = result.stdout.split('\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(lines.filter((line) => line.startsWith('repeated.yaml:'))).toHaveLength(1001);
    expect(result.stdout).not.toContain('not shown');
    expect(lines.slice(-2)).toEqual([
      `${errors} errors, ${warnings} warnings in 1 file (2 files checked)`,
      '',
    ]);
  });

  test('80,000 repeated depends_on entries match the engine as JSON', async () => {
    const result = await runWfProcess(['validate', '-f', 'json', 'repeated.yaml', 'valid.yaml'], cwd);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(repeatedDiagnostics);
    expect(result.stderr).not.toContain('internal error');
  });

  test('file sizes on both sides of the byte limit fail alike', async () => {
    const result = await runWfProcess(
      ['validate', '-f', 'json', 'at-byte-limit.yaml', 'over-byte-limit.yaml'],
      cwd,
    );
    const [code, severity, hint] = ['WF601', 'error', 'split the workflow into several files'];
    const position = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    expect(result).toEqual({
      status: 1,
      stdout: `${JSON.stringify(
        [
          {
            code,
            severity,
            message: `the file has ${maxWorkflowFileBytes} characters, the maximum is ${limits.maxSourceLength}`,
            hint,
            file: 'at-byte-limit.yaml',
            ...position,
          },
          {
            code,
            severity,
            message: `the file has ${maxWorkflowFileBytes + 1} bytes, more than the maximum of ${limits.maxSourceLength} characters`,
            hint,
            file: 'over-byte-limit.yaml',
            ...position,
          },
        ],
        null,
        2,
      )}\n`,
      stderr: '2 errors in 2 files (2 files checked)\n',
    });
  });

  test('symbolic link loop is described in words', async () => {
    expect(await runWfProcess(['validate', 'loop-a.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: cannot read `loop-a.yaml`: symbolic link loop\n',
    });
  });

  test('directory reports a dangling link and checks the rest', async () => {
    expect(await runWfProcess(['validate', 'flows'], cwd)).toEqual({
      status: 2,
      stdout: 'no problems in 1 file\n',
      stderr: 'wf: cannot read `flows/dangling.yaml`: symbolic link to a missing file\n',
    });
  });

  test('file reached through a linked directory is checked once', async () => {
    expect(
      await runWfProcess(['validate', 'flows/valid.yaml', 'linked/valid.yaml', 'linked/*.yml'], cwd),
    ).toEqual({
      status: 2,
      stdout: 'no problems in 1 file\n',
      stderr: 'wf: no files match `linked/*.yml`\n',
    });
  });

  test('escape sequences in a file name stay visible on stderr', async () => {
    // Without brackets, which would make the argument a glob pattern
    expect(await runWfProcess(['validate', 'x\u001bc\u0007.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: cannot read `x\u241bc\u2407.yaml`: file not found\n',
    });
  });

  test('escape sequences in an unknown option stay visible on stderr', async () => {
    expect(await runWfProcess(['validate', '--\u001b[2J', 'valid.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: `wf: unknown option \`--\u241b[2J\`\n${validateUsage}\nrun \`wf validate --help\` for details\n`,
    });
  });

  test('repeated --format is a usage error', async () => {
    expect(await runWfProcess(['validate', '--format', 'json', '-f', 'sarif', 'valid.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: `wf: option \`--format\` (or \`-f\`) can be given only once\n${validateUsage}\nrun \`wf validate --help\` for details\n`,
    });
  });
});
