import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_VIEWER_API_KEY } from '../../engine/api/index.ts';
import { issueToken } from '../../engine/security/index.ts';
import { type Adapter, demo, startDirect } from './adapters.ts';

// API clients such as Scalar send `X-API-Key:` with an empty value when the reader picked no credentials.
// Such a request carries no credentials, so it gets the same 401 as a request without the header.
const MISSING_CREDENTIALS =
  'missing credentials; send an `X-API-Key` header or `Authorization: Bearer <token>`';

describe('blank credential headers', () => {
  let api: Adapter;
  beforeEach(async () => {
    api = await startDirect();
  });
  afterEach(async () => {
    await api.close();
  });

  const blankHeaders: [string, Record<string, string>][] = [
    ['empty X-API-Key', { 'X-API-Key': '' }],
    ['whitespace X-API-Key', { 'X-API-Key': ' \t ' }],
    ['empty Authorization', { Authorization: '' }],
    ['whitespace Authorization', { Authorization: '   ' }],
    ['both empty', { 'X-API-Key': '', Authorization: '' }],
  ];

  for (const [name, headers] of blankHeaders) {
    test(`${name} gets missing credentials`, async () => {
      const response = await api.request('/workflows/runs', { headers });

      expect(response.status).toBe(401);
      expect((response.body as { detail: string }).detail).toBe(MISSING_CREDENTIALS);
    });
  }

  test('empty Authorization beside a key is ignored', async () => {
    const response = await api.request('/workflows/runs', {
      headers: { 'X-API-Key': DEMO_VIEWER_API_KEY, Authorization: '' },
    });

    expect(response.status).toBe(200);
  });

  test('empty X-API-Key beside a token is ignored', async () => {
    const token = await issueToken(
      { subject: 'demo-viewer', roles: ['viewer'], ttlSeconds: 3600, now: api.now() },
      (await demo()).tokens,
    );
    const response = await api.request('/workflows/runs', {
      headers: { 'X-API-Key': '', Authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(200);
  });

  test('non-blank unknown key still gets invalid API key', async () => {
    const response = await api.request('/workflows/runs', { headers: { 'X-API-Key': 'not-a-key' } });

    expect(response.status).toBe(401);
    expect((response.body as { detail: string }).detail).toBe('invalid API key');
  });
});
