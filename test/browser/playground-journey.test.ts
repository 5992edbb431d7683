import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  graphLabels,
  openPlayground,
  typeOver,
  workflowMarkers,
  workflowSettled,
  workflowText,
} from './support/playground-page.ts';
import { launchChromium, type PreviewServer, startPreview } from './support/preview-server.ts';

// Runs against the built site in dist/: `npm test` builds it before this project starts.
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Monaco's `MarkerSeverity.Error`. */
const errorSeverity = 8;

describe('playground journey', () => {
  test('template, break, fix, share, reopen', async () => {
    const { context, page } = await openPlayground(browser, server.origin);

    // Pick a template: its instance opens without problems and its graph is drawn.
    await page.locator('#playground-templates button[data-template="eod_trade_reconciliation"]').click();
    await workflowSettled(page);
    expect(await workflowMarkers(page)).toEqual([]);
    await page.locator('#playground-graph[data-state="drawn"] svg g.node').first().waitFor();
    const labels = await graphLabels(page);
    expect(labels.length).toBeGreaterThan(3);

    // Break it: a misspelt template name is marked on its line, with the hint.
    await typeOver(
      page,
      'workflow',
      'template: eod_trade_reconciliation',
      'template: eod_trade_reconcilation',
    );
    await workflowSettled(page);
    expect(
      (await workflowMarkers(page)).map(({ code, severity, line, column }) => [code, severity, line, column]),
    ).toEqual([['WF501', errorSeverity, 4, 13]]);
    expect((await workflowMarkers(page))[0]?.message).toContain('did you mean `eod_trade_reconciliation`?');

    // Fix it: the marker clears and the same graph comes back.
    await typeOver(
      page,
      'workflow',
      'template: eod_trade_reconcilation',
      'template: eod_trade_reconciliation',
    );
    await workflowSettled(page);
    expect(await workflowMarkers(page)).toEqual([]);
    await expect.poll(() => graphLabels(page), { timeout: 15_000 }).toEqual(labels);

    // Share it: another browser context opens the link and shows the same text and graph.
    const text = await workflowText(page);
    await page.locator('#playground-share').click();
    await expect.poll(() => page.url()).toContain('#code=');
    const recipient = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const reopened = await recipient.newPage();
    await reopened.goto(page.url());
    await reopened.locator('#playground[data-state="ready"]').waitFor();
    await workflowSettled(reopened);

    expect(await workflowText(reopened)).toBe(text);
    expect(await workflowMarkers(reopened)).toEqual([]);
    await expect.poll(() => graphLabels(reopened), { timeout: 15_000 }).toEqual(labels);
    await recipient.close();
    await context.close();
  });
});
