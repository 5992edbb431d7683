import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DEMO_ADMIN_API_KEY,
  DEMO_EXPIRED_API_KEY,
  DEMO_OPERATOR_API_KEY,
  DEMO_REVOKED_API_KEY,
  DEMO_VIEWER_API_KEY,
} from '../../engine/api/index.ts';
import { issueToken } from '../../engine/security/index.ts';
import { ADAPTERS, type Adapter, demo } from './adapters.ts';

// Each test may start a `wf serve` process; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const json = (key: string, body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'X-API-Key': key, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const asKey = (key: string): RequestInit => ({ headers: { 'X-API-Key': key } });
const trigger = (key: string, workflowId = 'eod-reconciliation') =>
  json(key, { workflow_id: workflowId, parameters: {} });

const BAD_INLINE = [
  'workflow:',
  '  id: adhoc_price_check',
  '  type: langgraph',
  '  nodes:',
  '    - name: extract',
  '      type: data_fetch',
  '      config:',
  '        source: database',
  '',
].join('\n');

async function tokenFor(
  subject: string,
  roles: ('viewer' | 'operator' | 'admin')[],
  now: number,
): Promise<string> {
  return issueToken({ subject, roles, ttlSeconds: 3600, now }, (await demo()).tokens);
}

describe.each(ADAPTERS)('platform API through $name', ({ name, start }) => {
  let api: Adapter;
  beforeEach(async () => {
    api = await start();
  }, 20_000);
  afterEach(async () => {
    await api.close();
  });

  test('health is public', async () => {
    const response = await api.request('/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', version: '1.0.0', mode: 'demo' });
    expect(response.headers.get('X-RateLimit-Limit')).toBe('100');
  });

  test('missing credentials get 401 with both challenges', async () => {
    const response = await api.request('/workflows/runs');

    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(response.headers.get('WWW-Authenticate')).toBe(
      'Bearer realm="trading-workflows", ApiKey realm="trading-workflows"',
    );
    expect(response.body).toMatchObject({
      type: 'tag:trading-workflows,2026:problem/unauthorized',
      status: 401,
      detail: 'missing credentials; send an `X-API-Key` header or `Authorization: Bearer <token>`',
    });
  });

  test('viewer key on trigger gets 403 naming operator', async () => {
    const response = await api.request('/workflows/trigger', trigger(DEMO_VIEWER_API_KEY));

    expect(response.status).toBe(403);
    expect((response.body as { detail: string }).detail).toBe(
      'role `viewer` cannot call `triggerWorkflow`, which requires role `operator`',
    );
  });

  test('operator run goes from queued through running to succeeded', async () => {
    const triggered = await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY));
    expect(triggered.status).toBe(202);
    const run = triggered.body as { run_id: string; status: string; links: { self: string } };
    expect(run.status).toBe('queued');
    expect(run.run_id).toMatch(/^run_[a-z0-9]{12}$/);
    expect(triggered.headers.get('Location')).toBe(run.links.self);

    const selfPath = run.links.self.replace(/^\/mockapi/, '');
    const seen: string[] = [];
    for (let poll = 0; poll < 200; poll++) {
      const read = await api.request(selfPath, asKey(DEMO_VIEWER_API_KEY));
      expect(read.status).toBe(200);
      const status = (read.body as { status: string }).status;
      if (seen.at(-1) !== status) seen.push(status);
      if (status === 'succeeded' || status === 'failed') break;
      await api.advance(api.hasVirtualClock ? 20_000 : 50);
    }

    // The process cannot hold its clock at 0, so its first read may already be past `queued`.
    expect(api.hasVirtualClock ? seen : ['queued', ...seen.filter((status) => status !== 'queued')]).toEqual([
      'queued',
      'running',
      'succeeded',
    ]);
  }, 30_000);

  test('inline workflow with an unknown type gets 422 with positions', async () => {
    const response = await api.request(
      '/workflows/trigger',
      json(DEMO_OPERATOR_API_KEY, { workflow_id: 'adhoc_price_check', parameters: {}, workflow: BAD_INLINE }),
    );

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ detail: 'the inline workflow has 1 error' });
    // The message lists every registered node type, which grows with the registry, so only its start is pinned.
    expect((response.body as { diagnostics: unknown[] }).diagnostics).toEqual([
      {
        code: 'WF205',
        severity: 'error',
        message: expect.stringMatching(/^unknown node type `data_fetch`, expected `data_fetcher`/),
        file: 'workflow',
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 23,
        hint: 'did you mean `data_fetcher`?',
      },
    ]);
  });

  test('malformed trigger body gets 422 naming the field', async () => {
    const response = await api.request('/workflows/trigger', json(DEMO_OPERATOR_API_KEY, { parameters: {} }));

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      detail: 'missing field `workflow_id` in the request body',
      diagnostics: [],
    });
  });

  test('eleventh trigger within a minute gets 429', async () => {
    for (let count = 1; count <= 10; count++) {
      const response = await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY));
      expect(response.status).toBe(202);
      expect(response.headers.get('X-RateLimit-Remaining')).toBe(String(10 - count));
    }

    const limited = await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY));

    expect(limited.status).toBe(429);
    expect(limited.headers.get('RateLimit-Policy')).toBe('"10-per-minute";q=10;w=60');
    expect(limited.headers.get('X-RateLimit-Limit')).toBe('10');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    if (api.hasVirtualClock) {
      expect(limited.headers.get('Retry-After')).toBe('60');
      expect(limited.headers.get('RateLimit')).toBe('"10-per-minute";r=0;t=60');
      expect(limited.headers.get('X-RateLimit-Reset')).toBe(String(Date.UTC(2026, 11, 4, 18, 1, 0) / 1000));
      expect((limited.body as { detail: string }).detail).toBe(
        'rate limit `10/minute` exceeded; retry in 60 seconds',
      );
    } else {
      const retryAfter = Number(limited.headers.get('Retry-After'));
      expect(retryAfter).toBeGreaterThanOrEqual(55);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.headers.get('RateLimit')).toBe(`"10-per-minute";r=0;t=${retryAfter}`);
    }
  });

  test.skipIf(name === 'process')('trigger limit frees up after exactly one minute', async () => {
    for (let count = 1; count <= 10; count++)
      await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY));

    await api.advance(59_999);
    expect((await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY))).status).toBe(429);
    await api.advance(1);
    expect((await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY))).status).toBe(202);
  });

  test('burst of fifteen concurrent triggers lets exactly ten through', async () => {
    const responses = await Promise.all(
      Array.from({ length: 15 }, () => api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY))),
    );
    const statuses = responses.map((response) => response.status);

    expect(statuses.filter((status) => status === 202)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  test('revoked key gets 401', async () => {
    const response = await api.request('/workflows/runs', asKey(DEMO_REVOKED_API_KEY));

    expect(response.status).toBe(401);
    expect((response.body as { detail: string }).detail).toBe(
      'the API key was revoked; ask an administrator for a new key',
    );
  });

  test('expired key gets 401', async () => {
    const response = await api.request('/workflows/runs', asKey(DEMO_EXPIRED_API_KEY));

    expect(response.status).toBe(401);
    expect((response.body as { detail: string }).detail).toBe(
      'the API key expired at `2025-01-01T00:00:00Z`; ask an administrator for a new key',
    );
  });

  test('unknown key gets 401 without saying why', async () => {
    const unknown = `wfk_0123456789abcdef_${'0'.repeat(64)}`;
    const response = await api.request('/workflows/runs', asKey(unknown));

    expect(response.status).toBe(401);
    expect((response.body as { detail: string }).detail).toBe('invalid API key');
  });

  test('expired token gets 401 with invalid_token', async () => {
    const token = await tokenFor('demo-operator', ['operator'], api.now() - 2 * 3600 * 1000);
    const response = await api.request('/workflows/runs', { headers: { Authorization: `Bearer ${token}` } });

    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe(
      'Bearer realm="trading-workflows", error="invalid_token", error_description="the token expired", ApiKey realm="trading-workflows"',
    );
    expect((response.body as { detail: string }).detail).toMatch(
      /^the bearer token expired at `\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`/,
    );
  });

  test('token with viewer scope on trigger gets 403', async () => {
    const token = await tokenFor('demo-viewer', ['viewer'], api.now());
    const response = await api.request('/workflows/trigger', {
      ...trigger(DEMO_OPERATOR_API_KEY),
      headers: { authorization: `bEaReR ${token}`, 'Content-Type': 'application/json' },
    });

    expect(response.status).toBe(403);
    expect((response.body as { detail: string }).detail).toBe(
      'role `viewer` cannot call `triggerWorkflow`, which requires role `operator`',
    );
  });

  test('key and token together get 401', async () => {
    const token = await tokenFor('demo-operator', ['operator'], api.now());
    const response = await api.request('/workflows/runs', {
      headers: { 'X-API-Key': DEMO_OPERATOR_API_KEY, Authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(401);
  });

  test('token endpoint issues a working operator token', async () => {
    const response = await api.request('/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=demo-operator&password=demo-operator-password',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = response.body as {
      access_token: string;
      token_type: string;
      expires_in: number;
      scope: string;
    };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    expect(body.scope).toBe('workflows:read workflows:operate');

    const triggered = await api.request('/workflows/trigger', {
      method: 'POST',
      headers: { Authorization: `Bearer ${body.access_token}` },
      body: JSON.stringify({ workflow_id: 'example_workflow', parameters: {} }),
    });
    expect(triggered.status).toBe(202);
  });

  test('token endpoint rejects a wrong password with invalid_grant', async () => {
    const response = await api.request('/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=demo-operator&password=wrong',
    });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_grant',
      error_description: 'invalid user name or password',
    });
  });

  test('token endpoint rejects a scope above the role', async () => {
    const response = await api.request('/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=demo-viewer&password=demo-viewer-password&scope=workflows:admin',
    });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_scope',
      error_description: 'scope `workflows:admin` is not allowed for role `viewer`',
    });
  });

  test('cancel rules for operators and admins', async () => {
    const triggered = await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY));
    const runId = (triggered.body as { run_id: string }).run_id;
    const cancelPath = `/workflows/runs/${runId}/cancel`;
    const otherOperator = await tokenFor('other-operator', ['operator'], api.now());

    const byViewer = await api.request(cancelPath, { method: 'POST', ...asKey(DEMO_VIEWER_API_KEY) });
    expect(byViewer.status).toBe(403);

    const byOther = await api.request(cancelPath, {
      method: 'POST',
      headers: { Authorization: `Bearer ${otherOperator}` },
    });
    expect(byOther.status).toBe(403);
    expect((byOther.body as { detail: string }).detail).toBe(
      `run \`${runId}\` was triggered by another identity; cancelling it requires role \`admin\``,
    );

    const byAdmin = await api.request(cancelPath, { method: 'POST', ...asKey(DEMO_ADMIN_API_KEY) });
    expect(byAdmin.status).toBe(200);
    expect((byAdmin.body as { status: string }).status).toBe('cancelled');

    const again = await api.request(cancelPath, { method: 'POST', ...asKey(DEMO_OPERATOR_API_KEY) });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(byAdmin.body);

    const missing = await api.request('/workflows/runs/run_000000000000/cancel', {
      method: 'POST',
      ...asKey(DEMO_ADMIN_API_KEY),
    });
    expect(missing.status).toBe(404);
  });

  test('cancelling a finished run gets 409', async () => {
    const triggered = await api.request(
      '/workflows/trigger',
      trigger(DEMO_OPERATOR_API_KEY, 'example_workflow'),
    );
    const run = triggered.body as { run_id: string; links: { self: string } };

    let status = 'queued';
    for (let poll = 0; poll < 200 && status !== 'succeeded'; poll++) {
      await api.advance(api.hasVirtualClock ? 600_000 : 100);
      const read = await api.request(`/workflows/runs/${run.run_id}`, asKey(DEMO_OPERATOR_API_KEY));
      status = (read.body as { status: string }).status;
    }
    expect(status).toBe('succeeded');

    const response = await api.request(`/workflows/runs/${run.run_id}/cancel`, {
      method: 'POST',
      ...asKey(DEMO_OPERATOR_API_KEY),
    });
    expect(response.status).toBe(409);
    expect((response.body as { detail: string }).detail).toBe(
      `run \`${run.run_id}\` already ended \`succeeded\` and cannot be cancelled`,
    );
  }, 30_000);

  test('runs list filters by workflow and pages', async () => {
    await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY));
    await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY, 'example_workflow'));
    await api.request('/workflows/trigger', trigger(DEMO_OPERATOR_API_KEY, 'example_workflow'));

    const first = await api.request(
      '/workflows/runs?workflow_id=example_workflow&limit=1',
      asKey(DEMO_VIEWER_API_KEY),
    );
    const page = first.body as {
      items: { workflow_id: string }[];
      next_cursor: string;
      links: { next: string };
    };
    expect(page.items.map((item) => item.workflow_id)).toEqual(['example_workflow']);
    expect(page.next_cursor).toEqual(expect.any(String));

    const second = await api.request(
      `/workflows/runs?workflow_id=example_workflow&limit=1&cursor=${page.next_cursor}`,
      asKey(DEMO_VIEWER_API_KEY),
    );
    const secondPage = second.body as { items: unknown[]; next_cursor: string | null };
    expect(secondPage.items).toHaveLength(1);
    expect(secondPage.next_cursor).toBeNull();

    const wrongFilters = await api.request(
      `/workflows/runs?cursor=${page.next_cursor}`,
      asKey(DEMO_VIEWER_API_KEY),
    );
    expect(wrongFilters.status).toBe(422);
  });

  test('templates list and read the catalog', async () => {
    const list = await api.request('/templates', asKey(DEMO_VIEWER_API_KEY));
    expect((list.body as { items: { template_id: string }[] }).items.map((item) => item.template_id)).toEqual(
      ['eod-reconciliation', 'example_workflow'],
    );

    const missing = await api.request('/templates/eod-reconcilation', asKey(DEMO_VIEWER_API_KEY));
    expect(missing.status).toBe(404);
    expect((missing.body as { detail: string }).detail).toBe(
      'no template `eod-reconcilation`; did you mean `eod-reconciliation`?',
    );
  });

  test('validate returns diagnostics for a broken file', async () => {
    const response = await api.request(
      '/templates/validate',
      json(DEMO_OPERATOR_API_KEY, { yaml: BAD_INLINE, file: 'price.yaml' }),
    );

    expect(response.status).toBe(200);
    const body = response.body as { valid: boolean; diagnostics: { file: string; line: number }[] };
    expect(body.valid).toBe(false);
    expect(body.diagnostics.map((item) => [item.file, item.line])).toEqual([['price.yaml', 6]]);
  });

  test('unknown path gets 404 and wrong method 405', async () => {
    const unknown = await api.request('/nothing-here', asKey(DEMO_VIEWER_API_KEY));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe('application/problem+json');

    const wrongMethod = await api.request('/health', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET');
  });

  test('responses carry CORS headers', async () => {
    const response = await api.request('/health');

    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });
});
