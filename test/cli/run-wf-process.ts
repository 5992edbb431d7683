import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const wfEntry = fileURLToPath(new URL('../../engine/cli/wf.ts', import.meta.url));

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `wf` command (`node engine/cli/wf.ts ARGS`) in `cwd` with the Node that runs the tests. The
 * environment is only PATH plus `env`, so colour variables of the test runner do not leak in. `nodeArgs` go
 * to Node itself, before the script.
 */
export function runWfProcess(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, wfEntry, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
