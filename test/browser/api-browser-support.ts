import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startPreview } from './support/preview-server.ts';

// Shared by the API reference and API lab suites: a preview of the built site on a free port of 127.0.0.1
// and Debian's Chromium with no background traffic, both started by `support/preview-server.ts`.
export interface PreviewSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts `astro preview` of dist/ and Chromium; `close` stops both. */
export async function startPreviewSite(): Promise<PreviewSite> {
  const preview = await startPreview();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    preview.stop();
    throw error;
  }
  return {
    origin: preview.origin,
    browser,
    async close() {
      await browser.close();
      preview.stop();
    },
  };
}

export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, including requests that a service worker handled. */
  urls: string[];
}

/** Opens a fresh context (no service worker, no storage) with a wide viewport and records every request. */
export async function openRecordedPage(site: PreviewSite): Promise<RecordedPage> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const page = await context.newPage();
  return { context, page, urls };
}

/** URLs that went to any host but 127.0.0.1; `data:` and `blob:` URLs never leave the page. */
export function foreignUrls(urls: readonly string[]): string[] {
  return urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1');
}
