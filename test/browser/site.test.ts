import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  foreignRequests,
  launchChromium,
  type PreviewServer,
  startPreview,
} from './support/preview-server.ts';

// Runs against the built site in dist/: `npm test` builds it before this project starts.
let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  requests: Request[];
}

/** Opens `path` in a fresh context and records every request the page makes. */
async function visit(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return { context, page, requests };
}

/** Bytes transferred for HTML, JavaScript and CSS, as Chromium reports them: headers plus body. */
async function pageWeight(requests: Request[]): Promise<Record<'html' | 'js' | 'css', number>> {
  const weight = { html: 0, js: 0, css: 0 };
  const kinds: Record<string, keyof typeof weight> = { document: 'html', script: 'js', stylesheet: 'css' };

  for (const request of requests) {
    const kind = kinds[request.resourceType()];
    if (!kind || !(await request.response())) continue;
    const sizes = await request.sizes();
    weight[kind] += sizes.responseHeadersSize + sizes.responseBodySize;
  }
  return weight;
}

/**
 * Reads the label of each node of a diagram, one string per node, with its text pieces joined by spaces.
 * Mermaid splits a label into `<tspan>` rows or `<br>`-separated HTML, which `textContent` runs together.
 */
function nodeLabels(svg: Locator): Promise<string[]> {
  return svg.locator('g.node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const pieces: string[] = [];
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const piece = text.textContent?.trim();
        if (piece) pieces.push(piece);
      }
      return pieces.join(' ');
    }),
  );
}

describe('search', () => {
  test('finds depends_on in the file reference', async () => {
    const { context, page } = await visit('/');

    await page.locator('button[data-open-modal]').first().click();
    await page.locator('#starlight__search input').fill('depends_on');
    const result = page.locator('#starlight__search a[href*="/workflows/file-reference/"]').first();
    await result.waitFor({ timeout: 15_000 });

    expect(await result.getAttribute('href')).toContain('/workflows/file-reference/');
    await context.close();
  });
});

describe('build-time diagrams', () => {
  test('architecture page has an inline svg with its components', async () => {
    const { context, page } = await visit('/architecture/overview/');

    const svg = page.locator('figure.portal-diagram [data-diagram-scheme="light"] svg').first();
    await expect.poll(() => svg.isVisible()).toBe(true);
    const labels = await nodeLabels(svg);
    expect(labels).toContain('Rate limiting');
    expect(labels).toContain('Airflow scheduler');
    expect(labels).toContain('LangGraph runtime');
    expect(labels).toContain('Kafka: workflow events');
    expect(labels).toContain('LLM service, for example Ollama');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toBe('Platform components and the connections between them');
    await context.close();
  });

  test('example page draws both workflows from the engine', async () => {
    const { context, page } = await visit('/workflows/example/');

    const svgs = page.locator('figure.portal-diagram [data-diagram-scheme="light"] svg');
    expect(await svgs.count()).toBe(2);
    expect(await nodeLabels(svgs.nth(0))).toEqual([
      'extract data_fetcher',
      'process llm_processor',
      'save data_saver',
    ]);
    expect(await nodeLabels(svgs.nth(1))).toEqual([
      'extract_fills data_fetcher',
      'extract_statement data_fetcher',
      'explain_breaks llm_processor',
      'load_report data_saver',
    ]);
    await context.close();
  });

  test('diagram svg ids are unique on the page', async () => {
    const { context, page } = await visit('/architecture/overview/');

    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);

    expect(duplicates).toEqual([]);
    await context.close();
  });

  test('dark theme shows the dark svg only', async () => {
    const { context, page } = await visit('/workflows/example/', 'dark');

    const dark = page.locator('figure.portal-diagram [data-diagram-scheme="dark"] svg').first();
    const light = page.locator('figure.portal-diagram [data-diagram-scheme="light"] svg').first();
    expect(await dark.isVisible()).toBe(true);
    expect(await light.isVisible()).toBe(false);
    await context.close();
  });

  for (const path of ['/architecture/overview/', '/workflows/example/']) {
    test(`${path} loads no mermaid and stays on the preview server`, async () => {
      const { context, requests } = await visit(path);

      const urls = requests.map((request) => request.url());
      expect(urls.filter((url) => /mermaid/i.test(url))).toEqual([]);
      expect(foreignRequests(requests, origin)).toEqual([]);
      await context.close();
    });
  }
});

describe('error codes page', () => {
  test('has a heading anchored at wf301', async () => {
    const { context, page } = await visit('/reference/error-codes/');

    const heading = page.locator('#wf301');
    expect(await heading.count()).toBe(1);
    expect(await heading.evaluate((element) => element.tagName)).toBe('H3');
    expect(await heading.textContent()).toBe('WF301 duplicate-node-name');
    expect(await page.locator('starlight-toc a[href="#wf301"]').count()).toBe(1);
    await context.close();
  });
});

describe('template pages', () => {
  test('table of contents lists the four sections', async () => {
    const { context, page } = await visit('/templates/eod-trade-reconciliation/');

    const links = await page
      .locator('starlight-toc a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(['#_top', '#parameters', '#graph', '#example', '#source']);
    for (const id of ['parameters', 'graph', 'example', 'source']) {
      expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
    }
    await context.close();
  });

  test('parameter table fits its column at 1366 pixels', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/templates/eod-trade-reconciliation/`, { waitUntil: 'networkidle' });

    const table = page.locator('table.template-parameters');
    const widths = await table.evaluate((element) => ({
      table: element.scrollWidth,
      column: (element.parentElement as HTMLElement).clientWidth,
      description: (element.querySelector('tbody td:last-child') as HTMLElement).clientWidth,
    }));
    expect(widths.table).toBeLessThanOrEqual(widths.column);
    // About 30 characters a line: a column squeezed by long values in the other columns is far narrower.
    expect(widths.description).toBeGreaterThanOrEqual(250);
    await context.close();
  });
});

describe('application pages', () => {
  test('offer the theme switch on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const visible: Record<string, boolean> = {};
    for (const path of ['/playground/', '/api/reference/', '/api/lab/']) {
      await page.goto(`${server.origin}${path}`);
      visible[path] = await page.locator('.portal-application-theme select').isVisible();
    }
    expect(visible).toEqual({ '/playground/': true, '/api/reference/': true, '/api/lab/': true });

    await page.locator('.portal-application-theme select').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  test('leave the theme switch to the header on a desktop', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/playground/`);

    expect(await page.locator('.portal-application-theme select').isVisible()).toBe(false);
    expect(await page.locator('header starlight-theme-select select').isVisible()).toBe(true);
    await context.close();
  });
});

describe('favicon', () => {
  test('favicon.svg loads with 200', async () => {
    const { context, page } = await visit('/');

    const href = await page.locator('link[rel~="icon"]').first().getAttribute('href');
    expect(href).toBe('/favicon.svg');
    const response = await page.request.get(`${origin}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(await response.text()).toContain('<svg');
    await context.close();
  });
});

describe('page weight', () => {
  test('diagram page ships no more javascript than a plain page', async () => {
    const diagramPage = await visit('/architecture/overview/');
    const plainPage = await visit('/reference/node-types/');
    const diagram = await pageWeight(diagramPage.requests);
    const plain = await pageWeight(plainPage.requests);

    // Printed so that the measured weights appear in the test log.
    console.info(
      `[page-weight] diagram page ${JSON.stringify(diagram)}, plain page ${JSON.stringify(plain)}`,
    );
    expect(diagram.js).toBeLessThanOrEqual(plain.js);
    await diagramPage.context.close();
    await plainPage.context.close();
  });
});
