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

  test('templates list the workflows and the library', async () => {
    const list = await api.request('/templates', asKey(DEMO_VIEWER_API_KEY));
    const items = (list.body as { items: { template_id: string; kind: string }[] }).items;

    expect(items.map((item) => [item.template_id, item.kind])).toEqual([
      ['data_processing', 'template'],
      ['eod-reconciliation', 'workflow'],
      ['eod_trade_reconciliation', 'template'],
      ['etl', 'template'],
      ['example_workflow', 'workflow'],
      ['kafka_event_processing', 'template'],
      ['llm_analysis', 'template'],
      ['market_data_ingestion', 'template'],
      ['risk_report_generation', 'template'],
      ['surveillance_alert_triage', 'template'],
    ]);

    const missing = await api.request('/templates/eod-reconcilation', asKey(DEMO_VIEWER_API_KEY));
    expect(missing.status).toBe(404);
    expect((missing.body as { detail: string }).detail).toBe(
      'no template `eod-reconcilation`; did you mean `eod-reconciliation`?',
    );
  });

  test('template detail describes typed parameters', async () => {
    const response = await api.request('/templates/llm_analysis', asKey(DEMO_VIEWER_API_KEY));
    const body = response.body as { kind: string; parameters: unknown[]; source: string };

    expect(response.status).toBe(200);
    expect(body.kind).toBe('template');
    expect(body.source).toMatch(/^template:\n {2}name: llm_analysis\n/);
    expect(body.parameters).toEqual([
      {
        name: 'source_url',
        type: 'string',
        description: 'the HTTPS endpoint that returns the records to analyse',
        required: true,
        pattern: 'https://.+',
      },
      {
        name: 'model',
        type: 'enum',
        description: 'the model provider',
        required: false,
        default: 'ollama',
        values: ['ollama', 'openai', 'anthropic'],
      },
      {
        name: 'model_name',
        type: 'string',
        description: 'the model the provider serves',
        required: false,
        default: 'llama3',
      },
      {
        name: 'prompt',
        type: 'string',
        description: 'the instruction sent with the records',
        required: true,
      },
      {
        name: 'temperature',
        type: 'number',
        description: 'how varied the answers are, from 0 to 2',
        required: false,
        default: 0.2,
        minimum: 0,
        maximum: 2,
      },
      {
        name: 'bucket',
        type: 'string',
        description: 'the S3 bucket the analysis is written to',
        required: true,
      },
    ]);
  });

  test('workflow detail has no parameters', async () => {
    const response = await api.request('/templates/example_workflow', asKey(DEMO_VIEWER_API_KEY));

    expect(response.body).toMatchObject({ kind: 'workflow', parameter_names: [], parameters: [] });
  });

  test('template trigger queues a run with its parameters', async () => {
    const parameters = { statement_bucket: 'broker-statements', match_keys: ['trade_id', 'symbol'] };
    const triggered = await api.request(
      '/workflows/trigger',
      json(DEMO_OPERATOR_API_KEY, { workflow_id: 'eod_trade_reconciliation', parameters }),
    );
    expect(triggered.status).toBe(202);

    const runId = (triggered.body as { run_id: string }).run_id;
    const run = await api.request(`/workflows/runs/${runId}`, asKey(DEMO_VIEWER_API_KEY));
    const body = run.body as { workflow_id: string; parameters: unknown; nodes: { name: string }[] };
    expect(body.workflow_id).toBe('eod_trade_reconciliation');
    expect(body.parameters).toEqual(parameters);
    expect(body.nodes.map((node) => node.name)).toEqual([
      'extract_fills',
      'extract_statement',
      'match_trades',
      'explain_breaks',
      'report__record',
      'report__notify',
    ]);
  });

  test('template parameter out of range gets 422 with a pointer', async () => {
    const response = await api.request(
      '/workflows/trigger',
      json(DEMO_OPERATOR_API_KEY, {
        workflow_id: 'llm_analysis',
        parameters: {
          source_url: 'https://news.test/feed',
          prompt: 'summarise',
          bucket: 'b',
          temperature: 3,
        },
      }),
    );

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ detail: 'the parameters of template `llm_analysis` have 1 error' });
    expect((response.body as { diagnostics: unknown[] }).diagnostics).toEqual([
      {
        code: 'WF503',
        severity: 'error',
        message:
          'invalid value for parameter `temperature` of template `llm_analysis`: expected at most 2, found `3`',
        file: 'parameters.yaml',
        line: 8,
        column: 20,
        endLine: 8,
        endColumn: 21,
        related: [
          {
            file: 'templates/llm_analysis.yaml',
            line: expect.any(Number),
            column: 5,
            message: 'parameter `temperature` is declared here',
          },
        ],
        pointer: '/parameters/temperature',
      },
    ]);
  });

  test('template without required parameters lists each one', async () => {
    const response = await api.request(
      '/workflows/trigger',
      json(DEMO_OPERATOR_API_KEY, { workflow_id: 'etl', parameters: { querry: 'select 1' } }),
    );
    const diagnostics = (response.body as { diagnostics: { code: string; pointer: string }[] }).diagnostics;

    expect(response.status).toBe(422);
    expect(diagnostics.map((item) => [item.code, item.pointer])).toEqual([
      ['WF504', '/parameters'],
      ['WF504', '/parameters'],
      ['WF502', '/parameters/querry'],
    ]);
  });

  test('workflow with parameters gets 422', async () => {
    const response = await api.request(
      '/workflows/trigger',
      json(DEMO_OPERATOR_API_KEY, { workflow_id: 'example_workflow', parameters: { desk: 'rates' } }),
    );

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      detail:
        'workflow `example_workflow` takes no parameters, got `desk`; send `"parameters": {}` or trigger a template',
      diagnostics: [],
    });
  });

  test('validate accepts a raw YAML template', async () => {
    const template = [
      'template:',
      '  name: desk_copy',
      '  title: Desk copy',
      '  summary: copies positions',
      '  description: Copies the positions of one desk.',
      '  parameters:',
      '    desk: { type: enum, values: [rates, fx], description: the desk, default: rates }',
      'workflow:',
      '  type: airflow',
      '  nodes:',
      '    - name: fetch',
      '      type: data_fetcher',
      '      config: { source: database, query: "${{ params.desk }}" }',
      '',
    ].join('\n');
    const response = await api.request('/templates/validate', {
      method: 'POST',
      headers: { 'X-API-Key': DEMO_OPERATOR_API_KEY, 'Content-Type': 'application/yaml' },
      body: template,
    });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ valid: true, diagnostics: [] });
  });

  test('body over one mebibyte gets 413', async () => {
    const response = await api.request(
      '/templates/validate',
      json(DEMO_OPERATOR_API_KEY, { yaml: 'x'.repeat(1024 * 1024) }),
    );

    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      type: 'tag:trading-workflows,2026:problem/body-too-large',
      detail: 'the request body is larger than 1048576 bytes',
    });
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
