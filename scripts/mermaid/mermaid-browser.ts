import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Flags that keep a headless Debian Chromium quiet and off the network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Result of one render inside the page: Mermaid's SVG, or the message of the error it raised. */
type PageRenderResult = { svg: string } | { error: string };

/** Returns the path of Mermaid's self-contained browser bundle, which defines `globalThis.mermaid`. */
export function mermaidBundlePath(): string {
  return createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
}

/**
 * One headless Chromium page with Mermaid loaded, shared by every diagram of a build. Renders run
 * one at a time because Mermaid keeps global configuration that each render replaces.
 */
export class MermaidBrowser {
  readonly #browser: Browser;
  readonly #page: Page;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(browser: Browser, page: Page) {
    this.#browser = browser;
    this.#page = page;
  }

  /**
   * Starts Chromium from `executablePath` and loads Mermaid into a blank page. Playwright gives the
   * browser a fresh temporary profile and removes it on close, or at exit when a build fails.
   */
  static async launch(executablePath: string): Promise<MermaidBrowser> {
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
    } catch (error) {
      throw new Error(
        `failed to start Chromium at \`${executablePath}\` to render Mermaid diagrams; install Debian's chromium package or set PORTAL_CHROMIUM_PATH: ${String(error)}`,
      );
    }

    // The page is built from a string and the bundle is injected inline, so nothing may leave the machine.
    const context = await browser.newContext();
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: mermaidBundlePath() });

    return new MermaidBrowser(browser, page);
  }

  /**
   * Renders `code` with `config` and returns the SVG, whose element ids all start with `svgId`.
   * Throws an Error carrying Mermaid's own message when the diagram does not parse or render.
   */
  render(code: string, svgId: string, config: Record<string, unknown>): Promise<string> {
    const next = this.#queue.then(() => this.#renderNow(code, svgId, config));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #renderNow(code: string, svgId: string, config: Record<string, unknown>): Promise<string> {
    const result: PageRenderResult = await this.#page.evaluate(
      async ({ code, svgId, config }) => {
        const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
        mermaid.initialize(config);
        try {
          const { svg } = await mermaid.render(svgId, code);
          return { svg };
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        } finally {
          // A failed render leaves its scratch element behind; the next render must start clean.
          document.getElementById(`d${svgId}`)?.remove();
        }
      },
      { code, svgId, config },
    );

    if ('error' in result) {
      throw new Error(result.error);
    }
    return result.svg;
  }

  /** Closes Chromium. */
  async close(): Promise<void> {
    await this.#browser.close();
  }
}

/** The part of Mermaid's browser API the page script calls. */
interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, code: string): Promise<{ svg: string }>;
}
