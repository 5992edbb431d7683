import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runWfProcess } from '../cli/run-wf-process.ts';
import { type Adapter, startProcess } from './adapters.ts';

// Each test may start a `wf serve` process; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const started: Adapter[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((adapter) => adapter.close()));
});

async function serve(args: string[] = []) {
  const adapter = await startProcess(args);
  started.push(adapter);
  return adapter;
}

function tempDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'wf-serve-'));
}

describe('wf serve process', () => {
  test('demo mode prints a banner', async () => {
    const server = await serve();

    expect(server.stderr()).toContain('DEMO MODE');
    expect(server.stderr()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(demo mode\)/);
  });

  test('configured mode without keys or users warns', async () => {
    const directory = tempDirectory();
    writeFileSync(join(directory, '.env'), 'WF_TOKEN_SECRET=0123456789abcdef0123456789abcdef0123456789\n');
    const server = await serve(['--dotenv', join(directory, '.env')]);

    expect(server.stderr()).not.toContain('DEMO MODE');
    expect(server.stderr()).toContain(
      'wf serve: warning: no API keys (WF_API_KEYS) and no users (WF_USERS) are configured, so every protected operation answers 401; add keys with `wf keys create` or users with `wf users hash-password`\n',
    );
  });

  test('request log names the subject but no credential', async () => {
    const server = await serve();
    const key = 'wfk_fbddf90bb019a610_ede04851bc25d9c27c9f643409cba532c7c919aeb8eb8dab3abf26743c6f1333';
    await server.request('/workflows/runs', { headers: { 'X-API-Key': key } });
    await server.close();

    const logLines = server
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('wf serve: '));
    expect(logLines).toContainEqual(
      expect.stringMatching(/^wf serve: GET \/workflows\/runs 200 \d+ms demo-operator$/),
    );
    expect(logLines.filter((line) => line.includes('wfk_'))).toEqual([]);
    expect(server.stderr()).toContain('wf serve: received SIGINT, stopping');
  });

  test('anonymous limit ignores X-Forwarded-For by default', async () => {
    const server = await serve();
    const statuses: number[] = [];
    for (let count = 0; count < 6; count++) {
      const response = await server.request('/auth/token', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Forwarded-For': `198.51.100.${count}`,
        },
        body: 'grant_type=client_credentials',
      });
      statuses.push(response.status);
    }

    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  test('anonymous limit follows X-Forwarded-For with --trust-proxy', async () => {
    const server = await serve(['--trust-proxy']);
    const statuses: number[] = [];
    for (let count = 0; count < 6; count++) {
      const response = await server.request('/auth/token', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Forwarded-For': `198.51.100.${count}`,
        },
        body: 'grant_type=client_credentials',
      });
      statuses.push(response.status);
    }

    expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
  });

  test('preflight allows the credential headers', async () => {
    const server = await serve();
    const address = /listening on (\S+)/.exec(server.stderr())?.[1] as string;
    const response = await fetch(`${address}/workflows/trigger`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://docs.example', 'Access-Control-Request-Method': 'POST' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe('POST, OPTIONS');
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe(
      'Authorization, X-API-Key, Content-Type',
    );
  });

  test('body over one MiB gets 413', async () => {
    const server = await serve();
    const address = /listening on (\S+)/.exec(server.stderr())?.[1] as string;
    const response = await fetch(`${address}/templates/validate`, {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
    });

    expect(response.status).toBe(413);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toBe(
      'the request body is larger than 1048576 bytes',
    );
  });
});

describe('wf serve configuration', () => {
  test('invalid key entry exits 2 naming variable and entry', async () => {
    const directory = tempDirectory();
    writeFileSync(join(directory, '.env'), 'WF_API_KEYS=0123456789abcdef,alice,root,nohash,,active\n');

    const result = await runWfProcess(['serve', '--port', '0'], directory);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('wf serve: WF_API_KEYS: entry 1 (`roles`): unknown role `root`');
    expect(result.stderr).toContain(
      'wf serve: invalid configuration; fix the variables above (see .env.example)',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('short token secret exits 2', async () => {
    const result = await runWfProcess(['serve', '--port', '0'], tempDirectory(), {
      WF_TOKEN_SECRET: 'short',
    });

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('wf serve: WF_TOKEN_SECRET: token secret is too short: 5 bytes');
  });

  test('users without a token secret exit 2', async () => {
    const result = await runWfProcess(['serve', '--port', '0'], tempDirectory(), {
      WF_USERS:
        'alice,operator,pbkdf2-sha256.1.00000000000000000000000000000000.0000000000000000000000000000000000000000000000000000000000000000',
    });

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('wf serve: WF_TOKEN_SECRET: missing');
  });

  test('missing --dotenv file exits 2', async () => {
    const result = await runWfProcess(['serve', '--dotenv', 'nope.env'], tempDirectory());

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`wf serve: env file \`nope.env\` not found\n`);
  });

  test('bad port is a usage error', async () => {
    const result = await runWfProcess(['serve', '--port', '70000'], tempDirectory());

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('wf: option `--port` needs a whole number from 0 to 65535, got `70000`');
  });
});

describe('wf keys create', () => {
  test('printed entry configures a server that accepts the key', async () => {
    const created = await runWfProcess(
      ['keys', 'create', '--owner', 'ci-bot', '--roles', 'operator,viewer'],
      tempDirectory(),
    );
    expect(created.status).toBe(0);
    const key = /^ {2}(wfk_[0-9a-f]{16}_[0-9a-f]{64})$/m.exec(created.stdout)?.[1] as string;
    const envLine = /^ {2}(WF_API_KEYS=".*")$/m.exec(created.stdout)?.[1] as string;
    expect(envLine).toMatch(
      /^WF_API_KEYS="[0-9a-f]{16},ci-bot,operator\+viewer,hmac-sha256\.[0-9a-f]{32}\.[0-9a-f]{64},,active"$/,
    );
    expect(envLine).not.toContain(key.slice(21));

    const directory = tempDirectory();
    writeFileSync(join(directory, 'server.env'), `${envLine}\n`);
    const server = await serve(['--dotenv', join(directory, 'server.env')]);
    const health = await server.request('/health');
    const runs = await server.request('/workflows/runs', { headers: { 'X-API-Key': key } });
    const demoKey = await server.request('/workflows/runs', {
      headers: {
        'X-API-Key': 'wfk_c869d47562d81a22_7c1e35e2e8a78a0e73111fb498cbd14282297fd4b8301b974cf0345873b97fd7',
      },
    });

    expect(server.stderr()).not.toContain('DEMO MODE');
    expect(health.body).toEqual({ status: 'ok', version: '1.0.0', mode: 'configured' });
    expect(runs.status).toBe(200);
    expect(demoKey.status).toBe(401);
  });

  test('expiry is written as a UTC time', async () => {
    const result = await runWfProcess(
      ['keys', 'create', '--owner', 'alice', '--roles', 'viewer', '--expires', '2027-01-01'],
      tempDirectory(),
    );

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/,alice,viewer,hmac-sha256\.[0-9a-f.]+,2027-01-01T00:00:00Z,active"/);
  });

  test('unknown role is a usage error', async () => {
    const result = await runWfProcess(
      ['keys', 'create', '--owner', 'alice', '--roles', 'root'],
      tempDirectory(),
    );

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'wf: unknown role `root` in `--roles`; expected `viewer`, `operator`, `admin`',
    );
  });
});
