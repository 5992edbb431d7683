import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { libraryTemplates, templateSource } from '../../engine/templates/index.ts';
import { runWfProcess } from '../cli/run-wf-process.ts';

const chain = `workflow:
  id: chain
  type: langgraph
  nodes:
    - name: extract
      type: data_fetcher
      config: { source: api }
    - name: save
      type: data_saver
      config: { destination: s3 }
`;

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'wf-commands-'));
  writeFileSync(join(cwd, 'chain.yaml'), chain);
  writeFileSync(join(cwd, 'broken.yaml'), 'workflow:\n  id: x\n  template: etl\n');
  writeFileSync(join(cwd, 'taken.yaml'), 'keep me\n');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// Each test starts a Node process, which takes a second or more on a loaded two-core machine
describe.concurrent('wf commands', { timeout: 30_000 }, () => {
  test('render prints mermaid text', async () => {
    expect(await runWfProcess(['render', 'chain.yaml', '--direction', 'LR'], cwd)).toEqual({
      status: 0,
      stdout:
        'flowchart LR\n  n0["extract<br/><small>data_fetcher</small>"]\n' +
        '  n1["save<br/><small>data_saver</small>"]\n  n0 --> n1\n',
      stderr: '',
    });
  });

  test('export writes the module to --out', async () => {
    const result = await runWfProcess(
      ['export', '--to', 'langgraph', 'chain.yaml', '--out', 'chain.py'],
      cwd,
    );
    expect(result.status).toBe(0);
    expect(readFileSync(join(cwd, 'chain.py'), 'utf8')).toContain('builder.add_edge("extract", "save")\n');
  });

  test('export of an invalid file exits 1 without writing', async () => {
    const result = await runWfProcess(
      ['export', '--to', 'airflow', 'broken.yaml', '--out', 'broken.py'],
      cwd,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.yaml:3:3: error: missing value for required parameter `query`');
    expect(existsSync(join(cwd, 'broken.py'))).toBe(false);
  });

  test('export without --to is a usage error', async () => {
    const result = await runWfProcess(['export', 'chain.yaml'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('wf: missing option `--to`: choose `airflow` or `langgraph`');
  });

  test('export of a missing file exits 2', async () => {
    const result = await runWfProcess(['export', '--to', 'airflow', 'nope.yaml'], cwd);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'wf: cannot read `nope.yaml`: file not found\n',
    });
  });

  test('templates lists every template with a summary', async () => {
    const result = await runWfProcess(['templates'], cwd);
    const names = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect(names).toEqual(libraryTemplates().map((template) => template.name));
  });

  test('templates --show prints the library yaml', async () => {
    const result = await runWfProcess(['templates', '--show', 'etl'], cwd);
    expect(result.stdout).toBe(templateSource('etl'));
  });

  test('new scaffolds a valid workflow file', async () => {
    const created = await runWfProcess(
      ['new', '--template', 'risk_report_generation', '--out', 'risk.yaml'],
      cwd,
    );
    const validated = await runWfProcess(['validate', 'risk.yaml'], cwd);
    expect(created.status).toBe(0);
    expect(readFileSync(join(cwd, 'risk.yaml'), 'utf8')).toContain('  template: risk_report_generation\n');
    expect(validated.status).toBe(0);
  });

  test('new refuses to overwrite a file', async () => {
    const result = await runWfProcess(['new', '--template', 'etl', '--out', 'taken.yaml'], cwd);
    expect(result.status).toBe(2);
    expect(readFileSync(join(cwd, 'taken.yaml'), 'utf8')).toBe('keep me\n');
  });

  test('new with an unknown template suggests one', async () => {
    const result = await runWfProcess(['new', '--template', 'etll'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('wf: unknown template `etll`, did you mean `etl`?');
  });
});
