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
  }
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Waits until the markers shown belong to the editor's current text and returns the ms since the last keydown. */
function latencySinceKeydown(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const handle = window.playground;
        const version = handle?.editor.getModel()?.getVersionId();
        const finish = () => resolve(performance.now() - (window.benchLastKeydown ?? 0));
        if (handle?.markersVersion === version) return finish();

        const listener = (event: Event) => {
          if ((event as CustomEvent<{ version: number }>).detail.version !== version) return;
          window.removeEventListener('playground:markers', listener);
          finish();
        };
        window.addEventListener('playground:markers', listener);
      }),
  );
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

    // Typing goes into a closing comment, so every keystroke leaves a valid 200-node workflow to check in full.
    const source = `${generateWorkflow(0, nodeCount, createRandom(20_240_601))}# notes: `;
    await page.evaluate((text) => window.playground?.editor.setValue(text), source);
    await page.waitForFunction(
      () => window.playground?.markersVersion === window.playground?.editor.getModel()?.getVersionId(),
    );
    await page.locator('#playground-graph[data-state="stale"]').waitFor();
    // Long tasks of loading the page and the first 200-node text are not typing; only what follows counts.
    await page.evaluate(() => {
      window.benchLongTasks = [];
      const editor = window.playground?.editor;
      const model = editor?.getModel();
      if (!editor || !model) throw new Error('the playground did not start');
      const lastLine = model.getLineCount();
      editor.setPosition({ lineNumber: lastLine, column: model.getLineMaxColumn(lastLine) });
      editor.focus();
    });

    const latencies: number[] = [];
    for (let index = 0; index < keystrokes; index += 1) {
      await page.keyboard.press(index % 2 === 0 ? 'KeyX' : 'Backspace');
      latencies.push(await latencySinceKeydown(page));
    }
    const longTasks = await page.evaluate(() => window.benchLongTasks ?? []);

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

    const sorted = [...latencies].sort((a, b) => a - b);
    const lines = [
      `workflow: ${nodeCount} nodes, ${source.length} characters, ${keystrokes} keystrokes`,
      `keystroke to markers: p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
      `long tasks while typing: ${longTasks.length}, longest ${longTasks.length > 0 ? `${Math.max(...longTasks).toFixed(1)} ms` : 'none of 50 ms or more'}`,
      `graph drawn on request in ${drawMs.toFixed(0)} ms, longest task meanwhile ${Math.max(0, ...drawTasks).toFixed(1)} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
