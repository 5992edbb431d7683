/**
 * Measures how the playground feels while typing in a 200-node workflow. It reports the time from a keydown
 * to the engine's markers for the new text (p50 and p95) and the longest main-thread task meanwhile. Tasks
 * come from PerformanceObserver `longtask`, which lists only tasks of 50 ms or more.
 *
 * Run after `astro build`: `node playground/bench/keystroke-latency.ts [keystrokes]`. It prints figures and
 * checks nothing. They depend on the machine and its load, so compare runs on one machine only.
 */
import type { Page } from 'playwright-core';
import { createRandom, generateWorkflow } from '../../bench/generate-workflows.ts';
import { launchChromium, startPreview } from '../../test/browser/support/preview-server.ts';

const nodeCount = 200;
const keystrokes = Number(process.argv[2] ?? 60);

declare global {
  interface Window {
    benchLastKeydown?: number;
    benchLongTasks?: number[];
    benchKeystroke?: Promise<KeystrokeFigures>;
  }
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

interface KeystrokeFigures {
  /** From the keydown to the markers of the new text. */
  latency: number;
  /** Validation inside the worker, and what it reused of the text before (see `ParseKind`). */
  workerMs: number;
  parse: string;
}

/**
 * Starts listening for the markers of the text after the next keystroke; `keystrokeMeasured` resolves with
 * its figures. The listener is in place before the key is pressed, so a fast reply is not missed.
 */
function listenForMarkers(page: Page): Promise<void> {
  return page.evaluate(() => {
    const listenedAt = performance.now();
    window.benchKeystroke = new Promise<KeystrokeFigures>((resolve) => {
      const listener = (event: Event) => {
        const { detail } = event as CustomEvent<{
          version: number;
          timing: { parse?: string; milliseconds: number };
        }>;
        const keydown = window.benchLastKeydown ?? 0;
        const current = window.playground?.editor.getModel()?.getVersionId();
        if (keydown < listenedAt || detail.version !== current) return;
        window.removeEventListener('playground:markers', listener);
        resolve({
          latency: performance.now() - keydown,
          workerMs: detail.timing.milliseconds,
          parse: detail.timing.parse ?? 'none',
        });
      };
      window.addEventListener('playground:markers', listener);
    });
  });
}

function keystrokeMeasured(page: Page): Promise<KeystrokeFigures> {
  return page.evaluate(() => {
    if (!window.benchKeystroke) throw new Error('listenForMarkers was not called');
    return window.benchKeystroke;
  });
}

function describe(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const server = await startPreview();
  const browser = await launchChromium();

  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.benchLongTasks?.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      window.addEventListener(
        'keydown',
        () => {
          window.benchLastKeydown = performance.now();
        },
        true,
      );
    });
    await page.goto(`${server.origin}/playground/`);
    await page.locator('#playground[data-state="ready"]').waitFor();

    // Every keystroke leaves a whole 200-node workflow to check. In the closing comment the file stays
    // valid. In a node type halfway down, each `x` makes the type unknown (WF205) and each backspace fixes
    // it, so there the markers change on every keystroke.
    const source = `${generateWorkflow(0, nodeCount, createRandom(20_240_601))}# notes: `;
    await page.evaluate((text) => window.playground?.editor.setValue(text), source);
    await page.waitForFunction(
      () => window.playground?.markersVersion === window.playground?.editor.getModel()?.getVersionId(),
    );
    await page.locator('#playground-graph[data-state="stale"]').waitFor();

    const lines = source.split('\n');
    const typeLine = lines.findIndex(
      (line, index) => index >= lines.length / 2 && /^\s+type: \w+$/.test(line),
    );
    const places = [
      { label: 'in the closing comment', line: lines.length, column: (lines.at(-1) ?? '').length + 1 },
      { label: 'in a node type', line: typeLine + 1, column: (lines[typeLine] ?? '').length + 1 },
    ];
    const figures: string[] = [];
    for (const place of places) {
      await page.evaluate(({ line, column }) => {
        const editor = window.playground?.editor;
        if (!editor) throw new Error('the playground did not start');
        editor.setPosition({ lineNumber: line, column });
        editor.revealLineInCenter(line);
        editor.focus();
      }, place);
      // Loading the page, the earlier place and scrolling to this one are not typing; only what follows counts.
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        window.benchLongTasks = [];
      });

      const keystrokeFigures: KeystrokeFigures[] = [];
      for (let index = 0; index < keystrokes; index += 1) {
        await listenForMarkers(page);
        await page.keyboard.press(index % 2 === 0 ? 'KeyX' : 'Backspace');
        keystrokeFigures.push(await keystrokeMeasured(page));
      }
      const longTasks = await page.evaluate(() => window.benchLongTasks ?? []);
      const longest =
        longTasks.length > 0 ? `${Math.max(...longTasks).toFixed(1)} ms` : 'none of 50 ms or more';
      const parses = Object.entries(Object.groupBy(keystrokeFigures, (figure) => figure.parse))
        .map(([parse, group]) => `${parse} ${group?.length ?? 0}`)
        .join(', ');
      figures.push(
        `typing ${place.label} (line ${place.line}):`,
        `  keystroke to markers ${describe(keystrokeFigures.map((figure) => figure.latency))}`,
        `  validation in the worker ${describe(keystrokeFigures.map((figure) => figure.workerMs))}; reused: ${parses}`,
        `  long tasks on the main thread ${longTasks.length}, longest ${longest}`,
      );
    }

    // A graph this large is drawn on request only; time that draw on its own.
    await page.evaluate(() => {
      window.benchLongTasks = [];
    });
    const drawStarted = performance.now();
    await page.locator('#playground-draw-graph').click();
    await page
      .locator('#playground-graph[data-state="drawn"] svg g.node')
      .nth(nodeCount - 1)
      .waitFor({ timeout: 120_000 });
    const drawMs = performance.now() - drawStarted;
    const drawTasks = await page.evaluate(() => window.benchLongTasks ?? []);

    const report = [
      `workflow: ${nodeCount} nodes, ${source.length} characters, ${keystrokes} keystrokes at each place`,
      ...figures,
      `graph drawn on request in ${drawMs.toFixed(0)} ms, longest task meanwhile ${Math.max(0, ...drawTasks).toFixed(1)} ms`,
    ];
    process.stdout.write(`${report.join('\n')}\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
