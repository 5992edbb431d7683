import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import { graphLabels } from './support/playground-page.ts';
import {
  foreignRequests,
  launchChromium,
  type PreviewServer,
  startPreview,
} from './support/preview-server.ts';

// Runs against the built site in dist/: `npm test` builds it before this project starts.
let server: PreviewServer;
let browser: Browser;
const requests: Request[] = [];

beforeAll(async () => {
  server = await startPreview();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

interface MarkerSummary {
  code: string;
  line: number;
  column: number;
  message: string;
  target: string;
}

/** Opens a fresh context (empty localStorage) and records every request its pages and workers make. */
async function newContext(colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme });
  context.on('request', (request) => requests.push(request));
  return context;
}

/** Opens the playground and waits until the editor shows the markers of its first text. */
async function openPlayground(context: BrowserContext, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/playground/${hash}`);
  await page.locator('#playground[data-state="ready"]').waitFor();
  await page.locator('#playground[data-markers-version]').waitFor({ state: 'attached' });
  return page;
}

function markers(page: Page): Promise<MarkerSummary[]> {
  return page.evaluate(() =>
    (window.playground?.markers() ?? []).map((marker) => ({
      code: typeof marker.code === 'object' ? marker.code.value : String(marker.code),
      line: marker.startLineNumber,
      column: marker.startColumn,
      message: marker.message,
      target: typeof marker.code === 'object' ? marker.code.target.toString() : '',
    })),
  );
}

function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.playground?.editor.getValue() ?? '');
}

/** Selects the first occurrence of `text` in the editor and types `replacement` over it with the keyboard. */
async function typeOver(page: Page, text: string, replacement: string): Promise<number> {
  const line = await page.evaluate((needle) => {
    const editor = window.playground?.editor;
    const model = editor?.getModel();
    const match = model?.findMatches(needle, false, false, true, null, false)[0];
    if (!editor || !match) throw new Error(`\`${needle}\` is not in the editor`);
    editor.setSelection(match.range);
    editor.focus();
    return match.range.startLineNumber;
  }, text);
  await page.keyboard.type(replacement);
  // Markers shown for text typed halfway would pass a check meant for the whole replacement.
  await page.waitForFunction(
    () => window.playground?.markersVersion === window.playground?.editor.getModel()?.getVersionId(),
  );
  return line;
}

describe('playground editor', () => {
  test('example workflow opens without markers', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    expect(await markers(page)).toEqual([]);
    await expect
      .poll(() => graphLabels(page), { timeout: 15_000 })
      .toEqual([
        'extract_fills data_fetcher',
        'extract_statement data_fetcher',
        'explain_breaks llm_processor',
        'load_report data_saver',
      ]);
    await context.close();
  });

  test('misspelt node type gets a marker with the did-you-mean hint', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    const line = await typeOver(page, 'data_fetcher', 'data_fetchr');
    await expect.poll(() => markers(page), { timeout: 15_000 }).toHaveLength(1);
    const [marker] = await markers(page);
    // The CLI's diagnostic for the same text: the marker must carry its code, position, message and hint.
    const [expected] = validateWorkflow(await editorText(page)).diagnostics;

    expect(line).toBe(7);
    expect(expected?.hint).toBe('did you mean `data_fetcher`?');
    expect(marker?.code).toBe('WF205');
    expect(marker?.line).toBe(7);
    expect(marker?.column).toBe(13);
    expect(marker?.message).toBe(`${expected?.message}\nhint: did you mean \`data_fetcher\`?`);
    expect(marker?.target).toBe(`${server.origin}/reference/error-codes/#wf205`);
    await context.close();
  });

  test('fixing the type clears the marker and redraws the graph', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    await typeOver(page, 'data_fetcher', 'data_fetchr');
    await expect.poll(() => markers(page), { timeout: 15_000 }).toHaveLength(1);
    await expect.poll(() => graphLabels(page), { timeout: 15_000 }).toContain('extract_fills data_fetchr');
    await typeOver(page, 'data_fetchr', 'data_fetcher');

    await expect.poll(() => markers(page), { timeout: 15_000 }).toEqual([]);
    await expect.poll(() => graphLabels(page), { timeout: 15_000 }).toContain('extract_fills data_fetcher');
    expect(await graphLabels(page)).not.toContain('extract_fills data_fetchr');
    await context.close();
  });

  test('node with an error is highlighted in the graph', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    await typeOver(page, 'model: ollama', 'model: olama');
    await expect
      .poll(() => graphLabels(page, 'g.node.error'), { timeout: 15_000 })
      .toEqual(['explain_breaks llm_processor']);
    await context.close();
  });

  test('clicking a graph node moves the cursor to its name', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    const node = page.locator('#playground-graph svg g.node', { hasText: 'load_report' });
    await node.waitFor({ timeout: 15_000 });
    await node.click();

    const position = await page.evaluate(() => window.playground?.editor.getPosition());
    expect(position?.lineNumber).toBe(25);
    expect(position?.column).toBe(5);
    await context.close();
  });

  test('clicking a template node moves the cursor to the template', async () => {
    const context = await newContext();
    const page = await openPlayground(context);
    await page.locator('#playground-templates button[data-template="market_data_ingestion"]').click();

    const node = page.locator('#playground-graph[data-state="drawn"] svg g.node').first();
    await node.waitFor({ timeout: 15_000 });
    await node.click();

    const text = await editorText(page);
    const position = await page.evaluate(() => window.playground?.editor.getPosition());
    expect(position?.lineNumber).toBe(
      text.split('\n').findIndex((line) => line.startsWith('  template:')) + 1,
    );
    expect(position?.lineNumber).toBeGreaterThan(1);
    expect(position?.column).toBe(3);
    await context.close();
  });
});

describe('playground state', () => {
  test('text survives a reload', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    await typeOver(page, 'eod_reconciliation', 'kept_after_reload');
    await expect.poll(() => page.evaluate(() => window.playground?.markersVersion)).toBeGreaterThan(1);
    await page.reload();
    await page.locator('#playground[data-state="ready"]').waitFor();

    expect(await editorText(page)).toContain('id: kept_after_reload');
    await context.close();
  });

  test('text typed before reload survives', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    // The text is saved once typing pauses; leaving the page must save what is still waiting.
    await page.evaluate(() => {
      const editor = window.playground?.editor;
      const match = editor?.getModel()?.findMatches('eod_reconciliation', false, false, true, null, false)[0];
      if (!editor || !match) throw new Error('`eod_reconciliation` is not in the editor');
      editor.setSelection(match.range);
      editor.focus();
    });
    await page.keyboard.type('kept_without_pause');
    await page.reload();
    await page.locator('#playground[data-state="ready"]').waitFor();

    expect(await editorText(page)).toContain('id: kept_without_pause');
    await context.close();
  });

  test('shared link opens the same text in a new context', async () => {
    const context = await newContext();
    const page = await openPlayground(context);
    await typeOver(page, 'eod_reconciliation', 'shared_über_link');
    const text = await editorText(page);

    await page.locator('#playground-share').click();
    await expect.poll(() => page.url()).toContain('#code=');
    const url = page.url();
    const other = await newContext();
    const reopened = await other.newPage();
    await reopened.goto(url);
    await reopened.locator('#playground[data-state="ready"]').waitFor();

    expect(await editorText(reopened)).toBe(text);
    await context.close();
    await other.close();
  });

  test('broken shared link shows a message and the example', async () => {
    const context = await newContext();
    const page = await openPlayground(context, '#code=not*base64');

    expect(await page.locator('#playground-status').textContent()).toBe(
      'the shared link could not be opened (it contains characters outside base64url), so the editor shows the example workflow',
    );
    expect(await editorText(page)).toContain('id: eod_reconciliation');
    await context.close();
  });

  test('truncated shared link shows a message', async () => {
    const context = await newContext();
    const page = await openPlayground(context, '#code=q1Yqzs9NVbJSMDIwM');

    expect(await page.locator('#playground-status').textContent()).toMatch(
      /^the shared link could not be opened \(.+\), so the editor shows the example workflow$/,
    );
    await context.close();
  });
});

describe('simulated run', () => {
  test('shows a timeline, the critical path and the budget', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    await page.locator('#playground-seed').fill('7');
    await page.locator('#playground-simulate button[type="submit"]').click();
    const chart = page.locator('#playground-gantt svg');
    await chart.waitFor({ timeout: 15_000 });

    expect(await chart.locator('rect.task').count()).toBeGreaterThanOrEqual(4);
    const summary = (await page.locator('#playground-run-summary').textContent()) ?? '';
    expect(summary).toMatch(/^run succeeded in [\d.]+ s, (within|over) the 300 s budget\. Critical path/);
    expect(summary).toContain('explain_breaks → load_report');

    // Every section label ends left of the earliest bar, instead of running under it.
    expect(await chart.locator('text.sectionTitle').count()).toBe(4);
    const labelRight = await chart
      .locator('text.sectionTitle')
      .evaluateAll((labels) =>
        Math.max(
          ...labels.map(
            (label) =>
              (label as SVGGraphicsElement).getBBox().x + (label as SVGGraphicsElement).getBBox().width,
          ),
        ),
      );
    const firstBar = await chart
      .locator('rect.task')
      .evaluateAll((bars) => Math.min(...bars.map((bar) => (bar as SVGGraphicsElement).getBBox().x)));
    expect(labelRight).toBeLessThan(firstBar);
    await context.close();
  });

  test('refuses to simulate a workflow with errors', async () => {
    const context = await newContext();
    const page = await openPlayground(context);

    await typeOver(page, 'data_saver', 'data_savr');
    await expect.poll(() => markers(page), { timeout: 15_000 }).toHaveLength(1);
    await page.locator('#playground-simulate button[type="submit"]').click();

    await expect
      .poll(() => page.locator('#playground-run-summary').textContent())
      .toBe('the workflow has 1 error; fix it before simulating');
    await context.close();
  });
});

describe('playground weight and network', () => {
  test('docs page loads no monaco or mermaid', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${server.origin}/workflows/file-reference/`, { waitUntil: 'networkidle' });

    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((url) => /monaco|mermaid|playground|editor\.worker|yaml\.worker/i.test(url)),
    ).toEqual([]);
    await context.close();
  });

  test('dark theme reaches the editor', async () => {
    const context = await newContext('dark');
    const page = await openPlayground(context);

    expect(await page.locator('#playground-editor .monaco-editor.vs-dark').count()).toBe(1);
    await context.close();
  });

  test('no request leaves the preview server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
  });
});
