import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { runWfProcess } from './run-wf-process.ts';

const cwd = tmpdir();
const validateUsage =
  'usage: wf validate FILES... [--format pretty|json|sarif|github] [--max-warnings N] [--quiet]';

// Each test starts a Node process, which takes a second or more on a loaded two-core machine
describe.concurrent('wf usage', { timeout: 30_000 }, () => {
  test('--version prints the package version', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await runWfProcess(['--version'], cwd)).toEqual({
      status: 0,
      stdout: `wf ${manifest.version}\n`,
      stderr: '',
    });
  });

  test('--help lists the commands', async () => {
    const result = await runWfProcess(['--help'], cwd);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('usage: wf COMMAND [options]');
    expect(result.stdout).toContain('\n  validate    check workflow files and report problems\n');
    expect(result.stderr).toBe('');
  });

  test('help validate and validate --help print the same text', async () => {
    const viaHelp = await runWfProcess(['help', 'validate'], cwd);
    const viaFlag = await runWfProcess(['validate', '--help'], cwd);
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stdout.split('\n')[0]).toBe(validateUsage);
    expect(viaFlag).toEqual(viaHelp);
  });

  test('no command exits 2 with usage', async () => {
    expect(await runWfProcess([], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: missing command\nusage: wf COMMAND [options]\nrun `wf --help` for details\n',
    });
  });

  test('unknown command exits 2 with a suggestion', async () => {
    expect(await runWfProcess(['valdate', 'a.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'wf: unknown command `valdate`, did you mean `validate`?\nusage: wf COMMAND [options]\nrun `wf --help` for details\n',
    });
  });

  test('unknown flag exits 2 naming it', async () => {
    expect(await runWfProcess(['validate', '--formt', 'json', 'a.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: `wf: unknown option \`--formt\`, did you mean \`--format\`?\n${validateUsage}\nrun \`wf validate --help\` for details\n`,
    });
  });

  test('unknown format exits 2 naming it', async () => {
    expect(await runWfProcess(['validate', '--format', 'xml', 'a.yaml'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: `wf: unknown format \`xml\`, expected one of \`pretty\`, \`json\`, \`sarif\`, \`github\`\n${validateUsage}\nrun \`wf validate --help\` for details\n`,
    });
  });

  test('misspelt format exits 2 with a suggestion', async () => {
    const result = await runWfProcess(['validate', '-f', 'jsn', 'a.yaml'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('wf: unknown format `jsn`, did you mean `json`?');
  });

  test('bad --max-warnings exits 2', async () => {
    const result = await runWfProcess(['validate', '--max-warnings', '-1', 'a.yaml'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('wf: option `--max-warnings` needs a value');
  });

  test('validate without files exits 2', async () => {
    const result = await runWfProcess(['validate'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'wf: missing FILES: name at least one workflow file, directory or glob pattern',
    );
  });

  test('internal error prints one line, no stack', async () => {
    // Breaks a global the pretty formatter needs while its modules load, to reach the crash path
    const breakSegmenter = 'data:text/javascript,Intl.Segmenter=function(){throw new Error("boom")}';
    expect(await runWfProcess(['validate', 'a.yaml'], cwd, {}, ['--import', breakSegmenter])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: internal error: boom\n',
    });
  });
});
