import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  lineOf,
  openPlayground,
  typeOver,
  typeScriptMarkers,
  workflowMarkers,
  workflowSettled,
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
const typeScriptUrl = /typescript/i;

/** Opens the TypeScript tab and waits for the first check of the starter node type. */
async function openTypeScriptTab(page: Page): Promise<void> {
  await page.locator('#playground-tab-typescript').click();
  await page.waitForFunction(() => (window.playground?.typeScript?.checkedVersion ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
}

/** Waits until the TypeScript markers belong to the current text of its editor. */
async function typeScriptSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      window.playground?.typeScript?.checkedVersion ===
      window.playground?.typeScript?.editor.getModel()?.getVersionId(),
    undefined,
    { timeout: 15_000 },
  );
}

function typeScriptText(page: Page): Promise<string> {
  return page.evaluate(() => window.playground?.typeScript?.editor.getValue() ?? '');
}

describe('typescript tab', () => {
  test('loads no typescript chunk before the tab opens', async () => {
    const { context, page, urls } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="etl"]').click();
    await workflowSettled(page);

    expect(urls.filter((url) => typeScriptUrl.test(url))).toEqual([]);
    await openTypeScriptTab(page);
    expect(urls.filter((url) => /typescript\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(urls.filter((url) => /typescript-tab\.[\w-]+\.js$/.test(url))).toHaveLength(1);
    await context.close();
  });

  test('starter node type checks without errors', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await openTypeScriptTab(page);

    expect(await typeScriptMarkers(page)).toEqual([]);
    expect(await page.locator('#playground-ts-status').textContent()).toBe(
      'no errors; node type `fx_rate_fetcher` (config `pair`, `provider`, `max_age_minutes`) is usable in the workflow file',
    );
    expect(await page.locator('#playground-panel-yaml').isHidden()).toBe(true);
    await context.close();
  });

  test('wrong config type gets a marker that clears when fixed', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await openTypeScriptTab(page);

    await typeOver(page, 'typescript', "pair: 'EURUSD'", 'pair: 42');
    await typeScriptSettled(page);
    const text = await typeScriptText(page);
    const markers = await typeScriptMarkers(page);

    expect(markers).toHaveLength(1);
    expect(markers[0]?.code).toBe('TS2322');
    expect(markers[0]?.severity).toBe(errorSeverity);
    expect(markers[0]?.line).toBe(lineOf(text, 'pair: 42'));
    expect(markers[0]?.message).toBe("Type 'number' is not assignable to type 'string'.");
    expect(await page.locator('#playground-ts-status').textContent()).toBe('1 type error');

    await typeOver(page, 'typescript', 'pair: 42', "pair: 'GBPUSD'");
    await typeScriptSettled(page);
    expect(await typeScriptMarkers(page)).toEqual([]);
    await context.close();
  });

  test('schema that is not an object is a type error', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await openTypeScriptTab(page);

    await typeOver(page, 'typescript', '  configSchema,\n', '  configSchema: z.string(),\n');
    await typeScriptSettled(page);
    const text = await typeScriptText(page);

    // TS2740: the string schema lacks the properties of `ZodObject` that `NodeTypeDefinition` requires.
    expect((await typeScriptMarkers(page)).map((marker) => [marker.code, marker.line])).toEqual([
      ['TS2740', lineOf(text, 'configSchema: z.string()')],
    ]);
    await context.close();
  });

  test('custom node type config checked', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await openTypeScriptTab(page);
    await page.locator('#playground-tab-yaml').click();
    await expect
      .poll(() => page.locator('#playground-custom-type').textContent())
      .toContain('`fx_rate_fetcher`');

    await typeOver(page, 'workflow', 'type: data_fetcher', 'type: fx_rate_fetcher');
    await workflowSettled(page);
    const expected = 'expected `pair`, `provider` or `max_age_minutes`';
    expect(
      (await workflowMarkers(page)).map(({ code, severity, line, message }) => [
        code,
        severity,
        line,
        message,
      ]),
    ).toEqual([
      ['WF206', errorSeverity, 8, 'missing required field `pair` in `config` of node `extract_fills`'],
      ['WF206', errorSeverity, 8, 'missing required field `provider` in `config` of node `extract_fills`'],
      [
        'WF207',
        errorSeverity,
        9,
        `unknown config key \`source\` in \`config\` of node \`extract_fills\`, ${expected}`,
      ],
      [
        'WF207',
        errorSeverity,
        10,
        `unknown config key \`connection\` in \`config\` of node \`extract_fills\`, ${expected}`,
      ],
      [
        'WF207',
        errorSeverity,
        11,
        `unknown config key \`query\` in \`config\` of node \`extract_fills\`, ${expected}`,
      ],
    ]);

    // The config the TypeScript tab declares clears every marker; a provider outside its enum brings one back.
    await page.evaluate(() => {
      const editor = window.playground?.editor;
      const model = editor?.getModel();
      const match = model?.findMatches('source: database', false, false, true, null, false)[0];
      if (!editor || !model || !match) throw new Error('the first config is not in the editor');
      const range = { ...match.range, endLineNumber: match.range.startLineNumber + 2, endColumn: 200 };
      editor.executeEdits('test', [{ range, text: 'pair: EURUSD\n        provider: ecb' }]);
    });
    await workflowSettled(page);
    expect(await workflowMarkers(page)).toEqual([]);

    await typeOver(page, 'workflow', 'provider: ecb', 'provider: reuters');
    await workflowSettled(page);
    expect((await workflowMarkers(page)).map(({ code, line, message }) => [code, line, message])).toEqual([
      [
        'WF206',
        10,
        'invalid value `reuters` for `config.provider` of node `extract_fills`, expected `ecb`, `bloomberg` or `refinitiv`',
      ],
    ]);
    await context.close();
  });

  test('the node type survives a reload and stays usable in the workflow file', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await openTypeScriptTab(page);
    await typeOver(page, 'typescript', "name: 'fx_rate_fetcher'", "name: 'fx_rate_kept'");
    await typeScriptSettled(page);
    await page.reload();
    await page.locator('#playground[data-state="ready"]').waitFor();

    await openTypeScriptTab(page);
    expect(await typeScriptText(page)).toContain("name: 'fx_rate_kept',");
    await page.locator('#playground-tab-yaml').click();
    await expect
      .poll(() => page.locator('#playground-custom-type').textContent())
      .toMatch(/^Node type `fx_rate_kept` from the TypeScript tab is available here/);
    await context.close();
  });
});
