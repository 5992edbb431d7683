import { describe, expect, test } from 'vitest';
import { createPlatformApi, DEMO_ADMIN_API_KEY, DEMO_OPERATOR_API_KEY } from '../../engine/api/index.ts';
import { RunStore } from '../../engine/api/run-store.ts';
import { mulberry32, simulateRun } from '../../engine/workflow/simulate/index.ts';
import { catalog, demo, START } from './adapters.ts';

async function apiWith(options: { maxRuns?: number; failureRate?: number }) {
  const clock = { now: START };
  const api = createPlatformApi({
    ...(await demo()),
    now: () => clock.now,
    random: mulberry32(3),
    catalog,
    mode: 'demo',
    maxRuns: options.maxRuns,
    rateLimitExempt: ['demo-operator', 'demo-admin'],
    simulation: { retries: 0, failureRate: { '*': options.failureRate ?? 0 } },
  });
  const call = async (path: string, key: string, body?: unknown) => {
    const response = await api.handle(
      new Request(`http://api.test${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'X-API-Key': key },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return { clock, call };
}

const TRIGGER = { workflow_id: 'etl', parameters: { query: 'select * from fills', target: 'fills' } };

describe('run lifecycle', () => {
  test('failing node ends the run failed with the rest skipped', async () => {
    const { clock, call } = await apiWith({ failureRate: 1 });
    const { body } = await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, {
      workflow_id: 'eod-reconciliation',
      parameters: {},
    });

    clock.now += 600_000;
    const run = (await call(`/workflows/runs/${body.run_id}`, DEMO_OPERATOR_API_KEY)).body;

    expect(run.status).toBe('failed');
    expect(run.nodes.map((node: { status: string }) => node.status)).toEqual([
      'failed',
      'failed',
      'skipped',
      'skipped',
    ]);
    expect(run.simulation.within_budget).toBe(true);
    expect(run.links).toEqual({ self: `/workflows/runs/${body.run_id}` });
  });

  test('cancel freezes the run and marks unfinished nodes cancelled', async () => {
    const { clock, call } = await apiWith({});
    const { body } = await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, TRIGGER);

    clock.now += 5_000;
    const cancelled = (await call(`/workflows/runs/${body.run_id}/cancel`, DEMO_OPERATOR_API_KEY, {})).body;
    clock.now += 600_000;
    const later = (await call(`/workflows/runs/${body.run_id}`, DEMO_OPERATOR_API_KEY)).body;

    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.finished_at).toBe('2026-12-04T18:00:05.000Z');
    expect(cancelled.parameters).toEqual({ query: 'select * from fills', target: 'fills' });
    expect(cancelled.simulation).toBeUndefined();
    expect(later).toEqual(cancelled);
    for (const node of cancelled.nodes) {
      expect(node.status === 'cancelled' ? node.finished_at : '2026-12-04T18:00:05.000Z').toBe(
        '2026-12-04T18:00:05.000Z',
      );
    }
  });

  test('run list keeps at most maxRuns, dropping the oldest finished', async () => {
    const { clock, call } = await apiWith({ maxRuns: 2 });
    const first = (await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, TRIGGER)).body.run_id;
    clock.now += 600_000;
    const second = (await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, TRIGGER)).body.run_id;
    const third = (await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, TRIGGER)).body.run_id;

    const listed = (await call('/workflows/runs', DEMO_ADMIN_API_KEY)).body;

    expect(listed.items.map((item: { run_id: string }) => item.run_id)).toEqual([third, second]);
    expect((await call(`/workflows/runs/${first}`, DEMO_ADMIN_API_KEY)).status).toBe(404);
  });

  test('store drops the oldest run when none has finished', () => {
    const store = new RunStore(2);
    const simulated = simulateRun(
      { id: 'w', type: 'airflow', nodes: [{ name: 'a', type: 'data_fetcher', config: {} }] },
      { seed: 1 },
    );
    const add = (id: string) =>
      store.add(
        { id, workflowId: 'w', source: 'catalog', parameters: {}, triggeredBy: 'x', createdAt: 0, simulated },
        0,
      );

    add('run_a');
    add('run_b');
    add('run_c');

    expect(store.newestFirst().map((run) => run.id)).toEqual(['run_c', 'run_b']);
  });

  test('exempt identities are never limited and get no rate-limit headers', async () => {
    const { call } = await apiWith({});
    const statuses: number[] = [];
    for (let count = 0; count < 12; count++) {
      statuses.push((await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, TRIGGER)).status);
    }
    const last = await call('/workflows/trigger', DEMO_OPERATOR_API_KEY, TRIGGER);

    expect(statuses.every((status) => status === 202)).toBe(true);
    expect(last.headers.get('X-RateLimit-Limit')).toBeNull();
  });
});
