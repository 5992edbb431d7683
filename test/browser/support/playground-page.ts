import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A marker of either playground editor, reduced to what the tests compare. */
export interface MarkerSummary {
  code: string;
  severity: number;
  line: number;
  column: number;
  message: string;
}

/** Opens the playground in a fresh context (empty localStorage) and waits until the first markers show. */
export async function openPlayground(
  browser: Browser,
  origin: string,
): Promise<{ context: BrowserContext; page: Page; urls: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${origin}/playground/`);
  await page.locator('#playground[data-state="ready"]').waitFor();
  await page.locator('#playground[data-markers-version]').waitFor({ state: 'attached' });
  return { context, page, urls };
}

/** Waits until the workflow editor shows the markers of its current text, not of an older one. */
export async function workflowSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.playground?.markersVersion === window.playground?.editor.getModel()?.getVersionId(),
  );
}

export function workflowMarkers(page: Page): Promise<MarkerSummary[]> {
  return page.evaluate(() =>
    (window.playground?.markers() ?? []).map((marker) => ({
      code: typeof marker.code === 'object' ? marker.code.value : String(marker.code),
      severity: marker.severity,
      line: marker.startLineNumber,
      column: marker.startColumn,
      message: marker.message,
    })),
  );
}

export function typeScriptMarkers(page: Page): Promise<MarkerSummary[]> {
  return page.evaluate(() =>
    (window.playground?.typeScript?.markers() ?? []).map((marker) => ({
      code: typeof marker.code === 'object' ? marker.code.value : String(marker.code),
      severity: marker.severity,
      line: marker.startLineNumber,
      column: marker.startColumn,
      message: marker.message,
    })),
  );
}

export function workflowText(page: Page): Promise<string> {
  return page.evaluate(() => window.playground?.editor.getValue() ?? '');
}

/** Returns the 1-based number of the first line of `text` that contains `needle`, or 0 when none does. */
export function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

/** Selects the first occurrence of `text` in the editor `which` and types `replacement` over it. */
export async function typeOver(
  page: Page,
  which: 'workflow' | 'typescript',
  text: string,
  replacement: string,
): Promise<void> {
  await page.evaluate(
    ({ needle, which }) => {
      const editor = which === 'workflow' ? window.playground?.editor : window.playground?.typeScript?.editor;
      const match = editor?.getModel()?.findMatches(needle, false, false, true, null, false)[0];
      if (!editor || !match) throw new Error(`\`${needle}\` is not in the ${which} editor`);
      editor.setSelection(match.range);
      editor.focus();
    },
    { needle: text, which },
  );
  await page.keyboard.type(replacement);
}

/**
 * Reads the label of each node of the live graph, with its text pieces joined by spaces: Mermaid splits a
 * label into rows, which `textContent` runs together.
 */
export function graphLabels(page: Page, selector = 'g.node'): Promise<string[]> {
  return page.locator(`#playground-graph svg ${selector}`).evaluateAll((nodes) =>
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
