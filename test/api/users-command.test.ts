import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseUserRegistry, verifyPassword } from '../../engine/security/index.ts';

const wfEntry = fileURLToPath(new URL('../../engine/cli/wf.ts', import.meta.url));

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `wf` process with `stdin` piped in, as a shell redirect from a file would give it. */
function runWf(args: string[], stdin: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wfEntry, ...args], {
      cwd: '/tmp',
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
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
    child.stdin.end(stdin);
  });
}

const HASH_ARGS = ['users', 'hash-password', '--username', 'alice', '--roles', 'operator'];

describe('wf users hash-password', () => {
  test('prints a WF_USERS line that verifies the password', async () => {
    const result = await runWf(HASH_ARGS, 'correct horse battery staple\n');

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^WF_USERS="alice,operator,pbkdf2-sha256\.600000\.[0-9a-f]{32}\.[0-9a-f]{64}"\n$/,
    );
    expect(result.stderr).toBe(
      'add this line to .env; to keep other users, join their entries to it with `;`:\n',
    );

    const entry = (/^WF_USERS="(.*)"$/m.exec(result.stdout) as RegExpExecArray)[1] as string;
    const parsed = parseUserRegistry(entry);
    if (!parsed.ok) throw new Error(`entry does not parse: ${JSON.stringify(parsed.issues)}`);
    expect(await verifyPassword(parsed.registry, 'alice', 'correct horse battery staple')).toMatchObject({
      ok: true,
      identity: { subject: 'alice', roles: ['operator'] },
    });
    expect(await verifyPassword(parsed.registry, 'alice', 'correct horse battery staple\n')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  }, 30_000);

  test('output never contains the password', async () => {
    const result = await runWf(HASH_ARGS, 'tell-no-one-42');

    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('tell-no-one-42');
  }, 30_000);

  test('several roles join with a plus', async () => {
    const result = await runWf(
      ['users', 'hash-password', '--username', 'bob', '--roles', 'viewer,admin'],
      'pw',
    );

    expect(result.stdout).toMatch(/^WF_USERS="bob,viewer\+admin,pbkdf2-sha256\./);
  }, 30_000);

  test('empty stdin exits 2', async () => {
    const result = await runWf(HASH_ARGS, '');

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('wf: no password on stdin; pipe in a non-empty password\n');
  });

  test('password argument is rejected', async () => {
    const result = await runWf([...HASH_ARGS, 'hunter2'], 'pw');

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'wf: unexpected argument `hunter2`; the password is read from stdin, never from the arguments\n',
    );
  });

  test('unknown role exits 2', async () => {
    const result = await runWf(['users', 'hash-password', '--username', 'alice', '--roles', 'root'], 'pw');

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'wf: unknown role `root` in `--roles`; expected `viewer`, `operator`, `admin`\n',
    );
  });

  test('missing username exits 2', async () => {
    const result = await runWf(['users', 'hash-password', '--roles', 'operator'], 'pw');

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('wf: missing option `--username`\n');
  });
});
