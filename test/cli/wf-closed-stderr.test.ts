import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const wfEntry = fileURLToPath(new URL('../../engine/cli/wf.ts', import.meta.url));

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'wf-closed-stderr-'));
  for (let index = 0; index < 50; index += 1) {
    const workflow = `workflow:\n  id: w${index}\n  type: airflow\n  nodes:\n    - name: a\n      type: data_fetchr\n`;
    writeFileSync(join(cwd, `broken-${index}.yaml`), workflow);
  }
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/**
 * Starts `wf` with stderr connected to a pipe that is closed at once, as `wf ... 2>&1 | head -0` does, and
 * resolves with the exit status. A process that spins on its own failing error reports never exits, so the
 * test's timeout is what catches that regression.
 */
function runWithClosedStderr(args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wfEntry, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.destroy();
    child.on('error', reject);
    child.on('exit', (status) => resolve(status));
  });
}

describe('wf with a closed stderr', { timeout: 30_000 }, () => {
  test('validate exits with its own status', async () => {
    // Every file has an error, and pretty output goes to stdout, so the status is 1 as without the pipe
    expect(await runWithClosedStderr(['validate', '.'])).toBe(1);
  });

  test('serve exits instead of spinning', async () => {
    expect(await runWithClosedStderr(['serve', '--port', '0'])).toBe(0);
  });
});
