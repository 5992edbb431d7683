import { describe, expect, test } from 'vitest';
import { createPlatformApi, DEMO_OPERATOR_API_KEY, DEMO_VIEWER_API_KEY } from '../../engine/api/index.ts';
import { mulberry32 } from '../../engine/workflow/simulate/index.ts';
import { catalog, demo, START } from './adapters.ts';

async function trigger() {
  const clock = { now: START };
  const api = createPlatformApi({
    ...(await demo()),
    now: () => clock.now,
    random: mulberry32(5),
    catalog,
    mode: 'demo',
  });
  const send = async (headers: Record<string, string>, body: string) =>
    (
      await api.handle(new Request('http://api.test/workflows/trigger', { method: 'POST', headers, body }), {
        clientAddress: '203.0.113.9',
      })
    ).status;
  return { clock, send };
}

const VALID = JSON.stringify({ workflow_id: 'example_workflow', parameters: {} });

describe('what the rate limit counts', () => {
  test('forbidden requests count against the identity', async () => {
    const { send } = await trigger();
    const statuses: number[] = [];
    for (let count = 0; count < 11; count++) {
      statuses.push(await send({ 'X-API-Key': DEMO_VIEWER_API_KEY }, VALID));
    }

    expect(statuses).toEqual([...Array(10).fill(403), 429]);
  });

  test('unauthorized requests count against the address', async () => {
    const { send } = await trigger();
    const statuses: number[] = [];
    for (let count = 0; count < 11; count++) {
      statuses.push(await send({ 'X-API-Key': 'wfk_wrong' }, VALID));
    }

    expect(statuses).toEqual([...Array(10).fill(401), 429]);
  });

  test('malformed bodies count against the identity', async () => {
    const { send } = await trigger();
    const statuses: number[] = [];
    for (let count = 0; count < 11; count++) {
      statuses.push(await send({ 'X-API-Key': DEMO_OPERATOR_API_KEY }, '{'));
    }

    expect(statuses).toEqual([...Array(10).fill(422), 429]);
  });

  test('rejections by the limiter do not count', async () => {
    const { clock, send } = await trigger();
    const operator = { 'X-API-Key': DEMO_OPERATOR_API_KEY };
    for (let count = 0; count < 10; count++) await send(operator, VALID);

    // Retrying every second while limited: had these counted, the window would never empty.
    for (let second = 1; second < 60; second++) {
      clock.now = START + second * 1000;
      expect(await send(operator, VALID)).toBe(429);
    }
    clock.now = START + 60_000;

    expect(await send(operator, VALID)).toBe(202);
  });
});
