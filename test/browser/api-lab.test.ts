import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignUrls, openRecordedPage, type PreviewSite, startPreviewSite } from './api-browser-support.ts';

// Runs against the built site in dist/ (`npx astro build` first). The lab runs on its own virtual clock, so
// every count below is exact.
let site: PreviewSite;

beforeAll(async () => {
  site = await startPreviewSite();
});

afterAll(async () => {
  await site?.close();
});

async function openLab() {
  const visit = await openRecordedPage(site);
  await visit.page.goto(`${site.origin}/api/lab/`, { waitUntil: 'networkidle' });
  return visit;
}

async function fire(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fire burst' }).click();
  await page.locator('[data-rate-limit-lab][data-lab-state="done"]').waitFor({ timeout: 30_000 });
}

async function summary(page: Page): Promise<{ allowed: string | null; rejected: string | null }> {
  const element = page.locator('[data-lab="summary"]');
  return {
    allowed: await element.getAttribute('data-allowed'),
    rejected: await element.getAttribute('data-rejected'),
  };
}

function dots(page: Page, outcome: string) {
  return page.locator(`[data-lab="chart"] circle[data-outcome="${outcome}"]`).count();
}

/** Clicks a preset, which fires its burst, and waits until that burst is shown. */
async function runPreset(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.locator('[data-rate-limit-lab][data-lab-state="done"]').waitFor({ timeout: 30_000 });
}

describe('api lab', () => {
  test('boundary burst preset runs under a fixed window', async () => {
    const { context, page } = await openLab();

    await runPreset(page, 'Boundary burst');

    expect(await page.locator('[data-lab="strategy"]').inputValue()).toBe('fixed-window');
    expect(await page.locator('[data-lab="preset-description"] code').allTextContents()).toEqual([
      'fixed-window',
      '10/minute',
      'moving-window',
    ]);
    expect(await summary(page)).toEqual({ allowed: '20', rejected: '0' });
    expect(await dots(page, 'allowed')).toBe(20);
    expect(await dots(page, 'rejected')).toBe(0);
    expect(await page.locator('[data-lab="chart"] line[data-window-start]').count()).toBe(1);
    await context.close();
  });

  test('status line shows the strategy as code', async () => {
    const { context, page } = await openLab();

    await runPreset(page, 'Boundary burst');

    const status = page.locator('[data-lab="status"]');
    expect(await status.textContent()).toBe(
      'Sent 20 requests with fixed-window: 20 passed the limit, 0 got 429.',
    );
    expect(await status.locator('code').allTextContents()).toEqual(['fixed-window']);
    await context.close();
  });

  test('form controls do not overlap at 1366 pixels', async () => {
    const { context, page } = await openLab();
    await page.setViewportSize({ width: 1366, height: 900 });

    const boxes = await page.locator('[data-lab="form"] :is(select, input)').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          name: element.getAttribute('data-lab'),
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
        };
      }),
    );
    const overlaps: string[] = [];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        if (!apart) overlaps.push(`${a.name} and ${b.name}`);
      }
    }
    expect(boxes).toHaveLength(7);
    expect(overlaps).toEqual([]);
    await context.close();
  });

  test('boundary burst rejects ten under a moving window', async () => {
    const { context, page } = await openLab();
    await runPreset(page, 'Boundary burst');
    await page.locator('[data-lab="strategy"]').selectOption('moving-window');

    await fire(page);

    expect(await summary(page)).toEqual({ allowed: '10', rejected: '10' });
    expect(await dots(page, 'rejected')).toBe(10);
    const statuses = await page
      .locator('[data-lab="responses"] tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.status));
    expect(statuses).toEqual([...Array(10).fill('202'), ...Array(10).fill('429')]);
    await context.close();
  });

  test('compare gives exact counts per strategy', async () => {
    const { context, page } = await openLab();
    await page.getByRole('button', { name: 'Boundary burst' }).click();

    await page.getByRole('button', { name: 'Compare strategies' }).click();
    await page.locator('[data-rate-limit-lab][data-lab-state="done"]').waitFor({ timeout: 30_000 });

    const rows = await page.locator('[data-lab="comparison"] tr').evaluateAll((elements) =>
      elements.map((row) => {
        const data = (row as HTMLElement).dataset;
        return [data.strategy, data.allowed, data.rejected];
      }),
    );
    expect(rows).toEqual([
      ['fixed-window', '20', '0'],
      ['moving-window', '10', '10'],
      ['sliding-window-counter', '11', '9'],
    ]);
    await context.close();
  });

  test('eleventh trigger row shows 429 with retry-after', async () => {
    const { context, page } = await openLab();

    await runPreset(page, 'Eleven triggers in a minute');
    await page.locator('[data-lab="responses"] tr').nth(10).click();

    expect(await summary(page)).toEqual({ allowed: '10', rejected: '1' });
    expect(await page.locator('[data-lab="details-title"]').textContent()).toBe('Response #11: 429');
    const headers = await page.locator('[data-lab="details-headers"]').textContent();
    // Ten triggers at 10:00:00 to 10:00:09; the first frees a slot at 10:01:00, 50 seconds after the eleventh.
    expect(headers).toContain('retry-after: 50');
    expect(headers).toContain('x-ratelimit-remaining: 0');
    expect(await page.locator('[data-lab="details-body"]').textContent()).toContain('"status": 429');
    await context.close();
  });

  test('identities get 401 and 403 before any 429', async () => {
    const { context, page } = await openLab();
    await page.getByRole('button', { name: 'Eleven triggers in a minute' }).click();
    await page.locator('[data-lab="count"]').fill('3');

    const cases: [string, string][] = [
      ['none', '401'],
      ['expired-token', '401'],
      ['revoked', '401'],
      ['viewer', '403'],
      ['admin', '202'],
    ];
    for (const [identity, status] of cases) {
      await page.locator('[data-lab="identity"]').selectOption(identity);
      await fire(page);
      const statuses = await page
        .locator('[data-lab="responses"] tr')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.status));
      expect(statuses, identity).toEqual([status, status, status]);
    }
    await context.close();
  });

  test('concurrent waves share one instant', async () => {
    const { context, page } = await openLab();

    await runPreset(page, 'Concurrent reads');

    expect(await summary(page)).toEqual({ allowed: '100', rejected: '20' });
    const times = await page
      .locator('[data-lab="responses"] tr td:nth-child(2)')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));
    expect(times.slice(0, 11)).toEqual([...Array(10).fill('+0.000 s'), '+2.500 s']);
    await context.close();
  });

  test('lab requests stay on 127.0.0.1', async () => {
    const { context, page, urls } = await openLab();

    await runPreset(page, 'Boundary burst');

    expect(foreignUrls(urls)).toEqual([]);
    expect(urls.filter((url) => url.includes('/mockapi/'))).toEqual([]);
    await context.close();
  });
});
