import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_OPERATOR_API_KEY, DEMO_VIEWER_API_KEY } from '../../engine/api/demo-credentials.ts';
import { foreignUrls, openRecordedPage, type PreviewSite, startPreviewSite } from './api-browser-support.ts';

// Runs against the built site in dist/ (`npx astro build` first). The mock's clock is stopped at the start of
// a minute with `?clock=`, so no rate-limit window can end in the middle of a test.
const CLOCK = '2026-01-05T10:00:00Z';
const REFERENCE = `/api/reference/?clock=${CLOCK}`;
const TRIGGER_ANCHOR = 'platform-api/tag/runs/POST/workflows/trigger';
const OPERATION_IDS = [
  'triggerWorkflow',
  'listRuns',
  'getRun',
  'cancelRun',
  'listTemplates',
  'getTemplate',
  'validateTemplate',
  'createToken',
  'getHealth',
];

let site: PreviewSite;

beforeAll(async () => {
  site = await startPreviewSite();
});

afterAll(async () => {
  await site?.close();
});

async function openReference(path = REFERENCE) {
  const visit = await openRecordedPage(site);
  await visit.page.goto(`${site.origin}${path}`);
  await visit.page.locator('[data-api-reference][data-mock-state="ready"]').waitFor({ timeout: 30_000 });
  await visit.page.locator(`[id="${TRIGGER_ANCHOR}"]`).waitFor({ timeout: 30_000 });
  return visit;
}

interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends a request from the page, so that it goes through the page's service worker like Scalar's. */
function send(
  page: Page,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, init);
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: await response.text(),
      } satisfies MockResponse;
    },
    { path, init },
  );
}

function trigger(page: Page, apiKey: string) {
  return send(page, '/mockapi/workflows/trigger', {
    method: 'POST',
    headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ workflow_id: 'example_workflow', parameters: {} }),
  });
}

/** Opens Scalar's client on the trigger operation with the inline example body, sends it and waits for a status. */
async function sendTriggerFromScalar(page: Page): Promise<void> {
  const section = page.locator(`[id="${TRIGGER_ANCHOR}"]`);
  // Scalar renders a section's content only near the viewport, and a remount after a credential choice can
  // leave the page at the introduction, so the section is scrolled into view first.
  await section.scrollIntoViewIfNeeded();
  await section.locator('button', { hasText: 'A workflow from the catalog' }).click();
  await page.getByRole('option', { name: 'An ad-hoc workflow sent inline' }).click();
  await section
    .locator('button', { hasText: /Test Request/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Send/ }).first().click();
}

describe('api reference page', () => {
  test('lists every operation of the contract', async () => {
    const { context, page } = await openReference();

    for (const operationId of OPERATION_IDS) {
      expect(await page.getByText(operationId, { exact: true }).count(), operationId).toBeGreaterThan(0);
    }
    const anchors = await page
      .locator('[id^="platform-api/tag/"]')
      .evaluateAll((elements) => elements.map((element) => element.id));
    expect(anchors).toContain(TRIGGER_ANCHOR);
    expect(anchors).toContain('platform-api/tag/health/GET/health');
    await context.close();
  });

  test('scalar sends a trigger with the operator key and gets 202', async () => {
    const { context, page, urls } = await openReference(`${REFERENCE}#${TRIGGER_ANCHOR}`);

    await sendTriggerFromScalar(page);

    await page.getByText('202 Accepted').first().waitFor({ timeout: 15_000 });
    expect(await page.getByText(/"run_[0-9a-z]+"/).count()).toBeGreaterThan(0);
    expect(urls.filter((url) => url.endsWith('/mockapi/workflows/trigger'))).toHaveLength(1);
    expect(foreignUrls(urls)).toEqual([]);
    await context.close();
  });

  test('scalar without credentials gets 401', async () => {
    const { context, page } = await openReference(`${REFERENCE}#${TRIGGER_ANCHOR}`);

    await page.locator('input[name="demo-credential"][value="none"]').check();
    await page.locator(`[id="${TRIGGER_ANCHOR}"]`).waitFor({ timeout: 30_000 });
    await sendTriggerFromScalar(page);

    await page.getByText('401 Unauthorized').first().waitFor({ timeout: 15_000 });
    // Scalar sends an empty `X-API-Key:` header, which the mock reads as missing rather than invalid credentials.
    await page
      .getByText('missing credentials; send an `X-API-Key` header')
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText('invalid API key').count()).toBe(0);
    // Scalar's own placeholder for an empty key looks like a real key, so the page hides it.
    const keyField = page.locator('input[placeholder^="QUxMIFlPVVIg"]').first();
    expect(await keyField.inputValue()).toBe('');
    expect(await keyField.evaluate((input) => getComputedStyle(input, '::placeholder').color)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await context.close();
  });

  test('chosen credential survives a reload', async () => {
    const { context, page } = await openReference();

    await page.locator('input[name="demo-credential"][value="viewer"]').check();
    await page.reload();
    await page.locator('[data-api-reference][data-mock-state="ready"]').waitFor({ timeout: 30_000 });

    expect(await page.locator('input[name="demo-credential"][value="viewer"]').isChecked()).toBe(true);
    await context.close();
  });

  test('operator trigger returns 202 with a run id', async () => {
    const { context, page } = await openReference();

    const response = await trigger(page, DEMO_OPERATOR_API_KEY);

    expect(response.status).toBe(202);
    expect(JSON.parse(response.body).run_id).toMatch(/^run_[0-9a-z]+$/);
    expect(response.headers.location).toMatch(/^\/mockapi\/workflows\/runs\/run_[0-9a-z]+$/);
    await context.close();
  });

  test('viewer trigger returns 403', async () => {
    const { context, page } = await openReference();

    const response = await trigger(page, DEMO_VIEWER_API_KEY);

    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toBe('application/problem+json');
    await context.close();
  });

  test('eleventh trigger in a minute returns 429 with retry-after', async () => {
    const { context, page } = await openReference();

    const statuses: number[] = [];
    for (let count = 0; count < 10; count++) {
      await page.evaluate(() => window.__portalMockClock?.advance(1000));
      statuses.push((await trigger(page, DEMO_OPERATOR_API_KEY)).status);
    }
    const eleventh = await trigger(page, DEMO_OPERATOR_API_KEY);

    expect(statuses).toEqual(Array(10).fill(202));
    expect(eleventh.status).toBe(429);
    // The first trigger was at 10:00:01 and the clock reads 10:00:10, so one frees up in 51 seconds.
    expect(eleventh.headers['retry-after']).toBe('51');
    expect(eleventh.headers['x-ratelimit-remaining']).toBe('0');
    await context.close();
  });

  test('mock state starts over on reload', async () => {
    const { context, page } = await openReference();

    for (let count = 0; count < 10; count++) await trigger(page, DEMO_OPERATOR_API_KEY);
    expect((await trigger(page, DEMO_OPERATOR_API_KEY)).status).toBe(429);
    await page.reload();
    await page.locator('[data-api-reference][data-mock-state="ready"]').waitFor({ timeout: 30_000 });

    expect((await trigger(page, DEMO_OPERATOR_API_KEY)).status).toBe(202);
    await context.close();
  });

  test('page requests stay on 127.0.0.1', async () => {
    const { context, page, urls } = await openReference();

    await send(page, '/mockapi/health');
    await page.waitForLoadState('networkidle');

    expect(urls.length).toBeGreaterThan(0);
    expect(foreignUrls(urls)).toEqual([]);
    await context.close();
  });
});

describe('mock service worker', () => {
  test('registers with the site base as its scope', async () => {
    const { context, page } = await openReference();

    const scopes = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    );

    expect(scopes).toEqual([`${site.origin}/`]);
    await context.close();
  });

  test('other pages register no worker', async () => {
    const { context, page } = await openRecordedPage(site);

    for (const path of ['/', '/api/endpoints/', '/api/lab/']) {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      const count = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistrations()).length,
      );
      expect(count, path).toBe(0);
    }
    await context.close();
  });

  test('pages and search still load under the worker', async () => {
    const { context, page } = await openReference();

    const html = await page.evaluate(async () => (await fetch('/api/endpoints/')).status);
    const search = await page.evaluate(async () => (await fetch('/pagefind/pagefind.js')).status);
    const unknown = await send(page, '/mockapi/no-such-path');

    expect(html).toBe(200);
    expect(search).toBe(200);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/problem+json');
    await context.close();
  });
});

describe('endpoints page', () => {
  test('links each operation to its reference anchor', async () => {
    const { context, page } = await openRecordedPage(site);
    await page.goto(`${site.origin}/api/endpoints/`);

    const rows = page.locator('table.endpoint-table tbody tr');
    expect(await rows.count()).toBe(OPERATION_IDS.length);
    expect(await page.locator('tr[data-operation-id="triggerWorkflow"] a').getAttribute('href')).toBe(
      `/api/reference/#${TRIGGER_ANCHOR}`,
    );
    await context.close();
  });
});
