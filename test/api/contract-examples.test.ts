import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_OPERATOR_API_KEY, DEMO_VIEWER_API_KEY, ROUTES } from '../../engine/api/index.ts';
import { type Adapter, startMsw } from './adapters.ts';
import { contract } from './contract-check.ts';

type Json = Record<string, unknown>;

interface RequestExample {
  operationId: string;
  name: string;
  method: string;
  path: string;
  mediaType: string;
  value: unknown;
  expectedStatus: unknown;
}

const paths = contract.paths as Record<string, Record<string, Json>>;

const requestExamples: RequestExample[] = Object.entries(paths).flatMap(([path, methods]) =>
  Object.entries(methods).flatMap(([method, operation]) => {
    const content = ((operation.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
    return Object.entries(content).flatMap(([mediaType, media]) =>
      Object.entries((media.examples ?? {}) as Record<string, Json>).map(([name, example]) => ({
        operationId: operation.operationId as string,
        name,
        method: method.toUpperCase(),
        path,
        mediaType,
        value: example.value,
        expectedStatus: example['x-expected-status'],
      })),
    );
  }),
);

function encodeBody(mediaType: string, value: unknown): string {
  if (mediaType === 'application/json') return JSON.stringify(value);
  if (mediaType === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(value as Record<string, string>).toString();
  }
  return value as string;
}

/** Collects the values of `workflow_id` and `template_id` fields, and the ids in `/templates/ID` links. */
function catalogIds(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) catalogIds(item, found);
    return found;
  }
  if (typeof value !== 'object' || value === null) return found;

  for (const [key, child] of Object.entries(value)) {
    if ((key === 'workflow_id' || key === 'template_id') && typeof child === 'string') found.push(child);
    if (key === 'self' && typeof child === 'string' && child.startsWith('/templates/')) {
      found.push(child.slice('/templates/'.length));
    }
    catalogIds(child, found);
  }
  return found;
}

/** Collects the contract's example values that name catalog entries, each with where it is. */
function examplesNamingTheCatalog(): { where: string; ids: string[] }[] {
  const entries: { where: string; ids: string[] }[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      for (const parameter of (operation.parameters ?? []) as Json[]) {
        if (parameter.name === 'workflow_id' || parameter.name === 'template_id') {
          entries.push({ where: `${method} ${path} ${parameter.name}`, ids: [parameter.example as string] });
        }
      }
    }
  }

  // An inline workflow and a deliberate misspelling are not in the catalog by design.
  const notInCatalog = (example: Json) =>
    typeof (example.value as Json | undefined)?.workflow === 'string' || example['x-expected-status'] === 404;
  // `where` reads like `triggerWorkflow 202 queued` or `ValidationFailed templateParameter`.
  const walk = (node: unknown, where: string) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const owner =
      typeof (node as Json).operationId === 'string' ? ((node as Json).operationId as string) : where;
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'examples' || typeof child !== 'object' || child === null || Array.isArray(child)) {
        const step = key === 'requestBody' || /^\d{3}$/.test(key) ? `${owner} ${key}` : owner;
        walk(child, step);
        continue;
      }
      for (const [name, example] of Object.entries(child as Record<string, Json>)) {
        if (typeof example !== 'object' || example === null || !('value' in example)) continue;
        if (notInCatalog(example)) continue;
        entries.push({ where: `${owner} ${name}`.trim(), ids: catalogIds(example.value) });
      }
    }
  };
  walk(contract.paths, '');
  for (const [name, response] of Object.entries((contract.components as Json).responses as Json)) {
    walk(response, name);
  }
  return entries.filter((entry) => entry.ids.length > 0);
}

describe('contract request examples against the mock', () => {
  let mock: Adapter;
  beforeEach(async () => {
    mock = await startMsw();
  });
  afterEach(async () => {
    await mock.close();
  });

  test('every operation with a body has examples', () => {
    const withBody = ROUTES.filter((route) => route.method === 'POST' && route.operationId !== 'cancelRun');

    expect([...new Set(requestExamples.map((example) => example.operationId))].sort()).toEqual(
      withBody.map((route) => route.operationId).sort(),
    );
  });

  test.each(requestExamples)('$operationId $name documents its status', ({ expectedStatus }) => {
    expect(expectedStatus).toEqual(expect.any(Number));
  });

  test.each(requestExamples)(
    '$operationId $name gets its documented status',
    async ({ method, path, mediaType, value, expectedStatus }) => {
      const route = ROUTES.find((candidate) => candidate.path === path && candidate.method === method);
      const headers: Record<string, string> = { 'Content-Type': mediaType };
      if (route?.permission !== undefined) headers['X-API-Key'] = DEMO_OPERATOR_API_KEY;

      // `mock.request` also checks the response against the contract and throws when it breaks it.
      const response = await mock.request(path, { method, headers, body: encodeBody(mediaType, value) });

      expect(response.status).toBe(expectedStatus);
    },
  );
});

describe('contract example ids', () => {
  let mock: Adapter;
  let served: string[];
  beforeEach(async () => {
    mock = await startMsw();
    const list = await mock.request('/templates', { headers: { 'X-API-Key': DEMO_VIEWER_API_KEY } });
    served = (list.body as { items: { template_id: string }[] }).items.map((item) => item.template_id);
  });
  afterEach(async () => {
    await mock.close();
  });

  test('examples name catalog entries somewhere', () => {
    expect(examplesNamingTheCatalog().length).toBeGreaterThan(10);
  });

  test.each(examplesNamingTheCatalog())('$where names only catalog entries', ({ ids }) => {
    for (const id of ids) expect(served).toContain(id);
  });
});
