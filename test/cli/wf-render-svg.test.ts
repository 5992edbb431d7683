import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runWfProcess } from './run-wf-process.ts';

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
  cwd = mkdtempSync(join(tmpdir(), 'wf-render-svg-'));
  writeFileSync(join(cwd, 'chain.yaml'), chain);
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// Starting Chromium takes seconds on a loaded two-core machine
describe('wf render --svg', { timeout: 60_000 }, () => {
  test('prints one svg with both node labels', async () => {
    const result = await runWfProcess(['render', 'chain.yaml', '--svg'], cwd);

    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('<svg id="workflow-graph"')).toBe(true);
    expect(result.stdout.endsWith('</svg>\n')).toBe(true);
    expect(result.stdout).toContain('extract');
    expect(result.stdout).toContain('save');
  });

  test('missing chromium exits 2 with the fix', async () => {
    const result = await runWfProcess(['render', 'chain.yaml', '--svg'], cwd, {
      PORTAL_CHROMIUM_PATH: join(cwd, 'no-chromium'),
    });

    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `wf: cannot draw SVG: Chromium did not start from \`${join(cwd, 'no-chromium')}\`; install Debian's chromium package or set PORTAL_CHROMIUM_PATH, or drop --svg for Mermaid text\n`,
    });
  });
});
