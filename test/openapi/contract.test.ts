import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { authenticateChallenge } from '../../engine/api/challenge.ts';
import type { RequestDiagnostic } from '../../engine/api/instantiate-template.ts';
import type { ParameterView } from '../../engine/api/parameter-view.ts';
import {
  createRateLimiter,
  rateLimitHeaders as engineRateLimitHeaders,
  parseRateLimits,
  type Role,
  SCOPE_ROLES,
  scopeForRole,
} from '../../engine/security/index.ts';
import { parameterTypes } from '../../engine/templates/parameter.ts';
import type { NodeStatus, RunStatus } from '../../engine/workflow/simulate/index.ts';
import { strictValidator } from './strict-schema.ts';

type Json = Record<string, unknown>;

const root = fileURLToPath(new URL('../../', import.meta.url));
const contract = parse(readFileSync(`${root}openapi/openapi.yaml`, 'utf8')) as Json;
const components = contract.components as Record<string, Record<string, Json>>;
const componentSchemas = components.schemas as Record<string, unknown>;

interface ExpectedOperation {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  role: 'viewer' | 'operator' | 'admin' | undefined;
  rateLimit: string;
}

const expectedOperations: ExpectedOperation[] = [
  {
    method: 'post',
    path: '/workflows/trigger',
    operationId: 'triggerWorkflow',
    role: 'operator',
    rateLimit: '10/minute',
  },
  {
    method: 'get',
    path: '/workflows/runs',
    operationId: 'listRuns',
    role: 'viewer',
    rateLimit: '100/minute',
  },
  {
    method: 'get',
    path: '/workflows/runs/{run_id}',
    operationId: 'getRun',
    role: 'viewer',
    rateLimit: '100/minute',
  },
  {
    method: 'post',
    path: '/workflows/runs/{run_id}/cancel',
    operationId: 'cancelRun',
    role: 'operator',
    rateLimit: '10/minute',
  },
  {
    method: 'get',
    path: '/templates',
    operationId: 'listTemplates',
    role: 'viewer',
    rateLimit: '100/minute',
  },
  {
    method: 'get',
    path: '/templates/{template_id}',
    operationId: 'getTemplate',
    role: 'viewer',
    rateLimit: '100/minute',
  },
  {
    method: 'post',
    path: '/templates/validate',
    operationId: 'validateTemplate',
    role: 'operator',
    rateLimit: '30/minute',
  },
  { method: 'post', path: '/auth/token', operationId: 'createToken', role: undefined, rateLimit: '5/minute' },
  { method: 'get', path: '/health', operationId: 'getHealth', role: undefined, rateLimit: '100/minute' },
];

const rateLimitHeaders = [
  'RateLimit-Policy',
  'RateLimit',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

function operation(method: string, path: string): Json {
  const item = (contract.paths as Record<string, Json>)[path];
  return (item?.[method] ?? {}) as Json;
}

// Resolves one level of `$ref` into `components`, which is all the contract uses outside schemas.
function resolve(value: unknown): Json {
  const reference = (value as Json).$ref;
  if (typeof reference !== 'string') return value as Json;
  const [, , section, name] = reference.split('/');
  return (components[section ?? '']?.[name ?? ''] ?? {}) as Json;
}

interface ResponseEntry {
  where: string;
  status: string;
  response: Json;
  /** The name under `components/responses`, for a shared response. */
  component: string | undefined;
}

function allResponses(): ResponseEntry[] {
  return expectedOperations.flatMap(({ method, path, operationId }) =>
    Object.entries(operation(method, path).responses as Json).map(([status, response]) => ({
      where: `${operationId} ${status}`,
      status,
      response: resolve(response),
      component: ((response as Json).$ref as string | undefined)?.split('/').at(-1),
    })),
  );
}

interface ExampleEntry {
  where: string;
  schema: unknown;
  value: unknown;
}

function examplesOf(where: string, content: Json): ExampleEntry[] {
  return Object.entries(content).flatMap(([mediaType, media]) => {
    const { schema, example, examples } = media as Json;
    const named = Object.entries((examples ?? {}) as Record<string, Json>).map(([name, entry]) => ({
      where: `${where} ${mediaType} ${name}`,
      schema,
      value: resolve(entry).value,
    }));
    return example === undefined
      ? named
      : [...named, { where: `${where} ${mediaType}`, schema, value: example }];
  });
}

function allExamples(): ExampleEntry[] {
  const fromResponses = allResponses().flatMap(({ where, response }) =>
    examplesOf(where, (response.content ?? {}) as Json),
  );
  const fromRequests = expectedOperations.flatMap(({ method, path, operationId }) => {
    const body = operation(method, path).requestBody as Json | undefined;
    return body === undefined ? [] : examplesOf(`${operationId} request`, body.content as Json);
  });
  const fromHeaders = Object.entries(components.headers ?? {}).map(([name, header]) => ({
    where: `header ${name}`,
    schema: header.schema,
    value: header.example,
  }));
  return [...fromResponses, ...fromRequests, ...fromHeaders];
}

describe('operations', () => {
  test.each(expectedOperations)('$operationId exists with its role and rate limit', (expected) => {
    const found = operation(expected.method, expected.path);

    expect(found.operationId).toBe(expected.operationId);
    expect(found['x-required-role']).toBe(expected.role);
    expect(found['x-rate-limit']).toBe(expected.rateLimit);
    expect(found.description).toContain(`Rate limit: \`${expected.rateLimit}\``);
    if (expected.role !== undefined) expect(found.description).toContain(`role \`${expected.role}\``);
  });

  test('no operation beyond the expected ones', () => {
    const declared = Object.entries(contract.paths as Record<string, Json>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );

    expect(declared.sort()).toEqual(expectedOperations.map(({ method, path }) => `${method} ${path}`).sort());
  });

  test.each(expectedOperations.filter(({ role }) => role !== undefined))(
    '$operationId accepts an API key or an OAuth2 token',
    ({ method, path }) => {
      const alternatives = (operation(method, path).security as Json[]).map((entry) => Object.keys(entry));

      expect(alternatives).toEqual([['ApiKeyAuth'], ['OAuth2']]);
    },
  );

  test.each(expectedOperations.filter(({ role }) => role !== undefined))(
    '$operationId names the engine scope of its role',
    ({ method, path, role }) => {
      const scope = scopeForRole(role as Role);
      const found = operation(method, path);

      expect((found.security as Json[])[1]).toEqual({ OAuth2: [scope] });
      expect(found.description).toContain(`(scope \`${scope}\`)`);
    },
  );

  test.each(expectedOperations.filter(({ role }) => role === undefined))(
    '$operationId is public',
    ({ method, path }) => {
      expect(operation(method, path).security).toEqual([]);
    },
  );

  test('rate limits follow the `count/period` syntax', () => {
    for (const { method, path } of expectedOperations) {
      expect(operation(method, path)['x-rate-limit']).toMatch(
        /^\d+\/(second|minute|hour|day)(;\d+\/(second|minute|hour|day))*$/,
      );
    }
  });

  test('trigger answers 202 with a Location header', () => {
    const responses = operation('post', '/workflows/trigger').responses as Json;

    expect(Object.keys(responses)).toContain('202');
    expect(Object.keys(resolve(responses['202']).headers as Json)).toContain('Location');
  });

  test('token endpoint takes a form body', () => {
    const body = operation('post', '/auth/token').requestBody as Json;

    expect(Object.keys(body.content as Json)).toEqual(['application/x-www-form-urlencoded']);
  });
});

describe('security schemes', () => {
  test('API key in the X-API-Key header', () => {
    expect(components.securitySchemes?.ApiKeyAuth).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
    });
  });

  test('OAuth2 password flow with three scopes', () => {
    const flows = (components.securitySchemes?.OAuth2?.flows ?? {}) as Json;
    const password = (flows.password ?? {}) as Json;

    expect(password.tokenUrl).toBe('/auth/token');
    expect(Object.keys(password.scopes as Json)).toEqual(Object.keys(SCOPE_ROLES));
  });

  test('scope descriptions name the role the engine grants', () => {
    const flows = (components.securitySchemes?.OAuth2?.flows ?? {}) as Json;
    const scopes = (flows.password as Json).scopes as Record<string, string>;

    for (const [scope, role] of Object.entries(SCOPE_ROLES)) {
      expect(scopes[scope]).toContain(`(role \`${role}\`)`);
    }
  });

  test('no scope outside the engine appears anywhere', () => {
    const text = readFileSync(`${root}openapi/openapi.yaml`, 'utf8');
    const mentioned = new Set(text.match(/workflows:[a-z-]+/g));

    expect([...mentioned].sort()).toEqual(Object.keys(SCOPE_ROLES).sort());
  });

  test('servers are the mock and wf serve', () => {
    expect((contract.servers as Json[]).map((server) => server.url)).toEqual([
      '/mockapi',
      'http://127.0.0.1:8000',
    ]);
  });
});

describe('responses', () => {
  test.each(allResponses())('$where documents an example', ({ response }) => {
    const examples = examplesOf('', (response.content ?? {}) as Json);

    expect(Object.keys(response.content ?? {}).length).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThan(0);
  });

  // `wf serve` rejects a malformed request target before the API, and so before the rate limiter, runs.
  test.each(allResponses().filter(({ component }) => component !== 'MalformedRequestTarget'))(
    '$where documents the rate-limit headers',
    ({ response, status }) => {
      const headers = Object.keys((response.headers ?? {}) as Json);

      expect(headers).toEqual(expect.arrayContaining(rateLimitHeaders));
      if (status === '401') expect(headers).toContain('WWW-Authenticate');
      if (status === '429') expect(headers).toContain('Retry-After');
    },
  );

  test('every operation documents 400 and 413', () => {
    for (const { method, path } of expectedOperations) {
      expect(Object.keys(operation(method, path).responses as Json)).toEqual(
        expect.arrayContaining(['400', '413']),
      );
    }
  });

  test.each(allResponses().filter(({ status }) => status.startsWith('4') && !status.startsWith('400')))(
    '$where is a problem document',
    ({ response, status }) => {
      const media = (response.content as Json)['application/problem+json'] as Json;
      const expected = status === '422' ? 'ValidationProblem' : 'Problem';

      expect(media.schema).toEqual({ $ref: `#/components/schemas/${expected}` });
    },
  );

  test('every operation documents 429', () => {
    for (const { method, path } of expectedOperations) {
      expect(Object.keys(operation(method, path).responses as Json)).toContain('429');
    }
  });

  test('every protected operation documents 401 and 403', () => {
    for (const { method, path, role } of expectedOperations) {
      if (role === undefined) continue;
      expect(Object.keys(operation(method, path).responses as Json)).toEqual(
        expect.arrayContaining(['401', '403']),
      );
    }
  });
});

describe('examples', () => {
  test.each(allExamples())('$where matches its schema', ({ schema, value }) => {
    expect(schema).toBeDefined();
    const result = strictValidator(schema, componentSchemas).safeParse(value);

    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('checker rejects a wrong status', () => {
    const validator = strictValidator({ $ref: '#/components/schemas/TriggerResponse' }, componentSchemas);

    expect(
      validator.safeParse({
        run_id: 'run_1',
        workflow_id: 'a',
        status: 'running',
        created_at: '2026-12-04T18:00:00.000Z',
        links: { self: '/workflows/runs/run_1' },
      }).success,
    ).toBe(false);
  });

  test('checker rejects an undeclared field inside allOf', () => {
    const validator = strictValidator({ $ref: '#/components/schemas/ValidationProblem' }, componentSchemas);
    const problem = {
      type: 'tag:trading-workflows,2026:problem/validation-failed',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'x',
      instance: '/workflows/trigger',
      diagnostics: [],
    };

    expect(validator.safeParse(problem).success).toBe(true);
    expect(validator.safeParse({ ...problem, diagnostic: [] }).success).toBe(false);
  });
});

describe('header examples', () => {
  // The eleventh request within one minute under `10/minute`, the first ten sent 18 seconds earlier.
  const resetAt = Number((components.headers?.['X-RateLimit-Reset'] as Json).example);
  const now = (resetAt - 42) * 1000;
  const limiter = createRateLimiter({ limits: parseRateLimits('10/minute'), now: () => now });
  for (let count = 0; count < 10; count++) limiter.check('client', now - 18_000);
  const emitted = engineRateLimitHeaders(limiter.check('client', now));

  test('engine rejects the eleventh request', () => {
    expect(Object.keys(emitted).sort()).toEqual([...rateLimitHeaders, 'Retry-After'].sort());
  });

  test.each(Object.entries(emitted))('%s example is what the engine emits', (name, value) => {
    expect(String((components.headers?.[name] as Json).example)).toBe(value);
  });

  test('WWW-Authenticate example is what the engine emits', () => {
    expect((components.headers?.['WWW-Authenticate'] as Json).example).toBe(
      authenticateChallenge('the token expired'),
    );
  });
});

describe('schemas match the engine', () => {
  test('Diagnostic has the engine type fields and the request pointer', () => {
    const full: Required<RequestDiagnostic> = {
      code: 'WF301',
      severity: 'warning',
      message: 'm',
      file: 'f.yaml',
      line: 1,
      column: 2,
      endLine: 3,
      endColumn: 4,
      hint: 'h',
      related: [{ file: 'g.yaml', line: 5, column: 6, message: 'n' }],
      pointer: '/parameters/desk',
    };
    const schema = componentSchemas.Diagnostic as Json;

    expect(Object.keys(schema.properties as Json).sort()).toEqual(Object.keys(full).sort());
    expect(strictValidator(schema, componentSchemas).safeParse(full).success).toBe(true);
  });

  test('TemplateParameter has the engine parameter fields', () => {
    const full: Required<ParameterView> = {
      name: 'keys',
      type: 'list',
      description: 'd',
      required: false,
      default: ['a'],
      values: ['a'],
      pattern: 'a+',
      minimum: 0,
      maximum: 1,
      items: 'string',
    };
    const schema = componentSchemas.TemplateParameter as Json;
    const type = (schema.properties as Record<string, Json>).type as Json;

    expect(Object.keys(schema.properties as Json).sort()).toEqual(Object.keys(full).sort());
    expect(strictValidator(schema, componentSchemas).safeParse(full).success).toBe(true);
    expect(type.enum).toEqual([...parameterTypes]);
  });

  test('RunStatus lists the simulator run statuses', () => {
    const statuses: Record<RunStatus, true> = {
      queued: true,
      running: true,
      succeeded: true,
      failed: true,
      cancelled: true,
    };

    expect((componentSchemas.RunStatus as Json).enum).toEqual(Object.keys(statuses));
  });

  test('NodeStatus lists the simulator node statuses and cancelled', () => {
    const statuses: Record<NodeStatus, true> = {
      pending: true,
      running: true,
      retrying: true,
      succeeded: true,
      failed: true,
      skipped: true,
    };

    expect((componentSchemas.NodeStatus as Json).enum).toEqual([...Object.keys(statuses), 'cancelled']);
  });
});

describe('redocly lint', () => {
  test('recommended rules report no error and no warning', () => {
    const result = spawnSync(
      process.execPath,
      [
        `${root}node_modules/@redocly/cli/bin/cli.js`,
        'lint',
        'openapi/openapi.yaml',
        '--config',
        'openapi/redocly.yaml',
        '--format',
        'json',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );

    expect(result.stderr).toContain('validating openapi/openapi.yaml');
    expect(JSON.parse(result.stdout).totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(result.status).toBe(0);
  }, 60_000);
});
