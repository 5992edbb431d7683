import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

// Shared by the API reference and API lab suites: a preview of the built site in dist/ on a free port of
// 127.0.0.1, and Debian's Chromium with no background traffic.
const root = process.cwd();
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PreviewSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('failed to get a free port on 127.0.0.1')),
      );
    });
  });
}

async function waitUntilServing(preview: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (preview.exitCode !== null) {
      throw new Error(`astro preview exited with status ${preview.exitCode}: ${output()}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at \`${url}\` within 60 s: ${output()}`);
}

/** `--outDir` when PORTAL_PREVIEW_OUT_DIR names a build other than dist/, for trying a build in a scratch folder. */
function outDirArguments(): string[] {
  const outDir = process.env.PORTAL_PREVIEW_OUT_DIR;
  return outDir === undefined || outDir === '' ? [] : ['--outDir', outDir];
}

/** Starts `astro preview` of dist/ and Chromium; `close` stops both. */
export async function startPreviewSite(): Promise<PreviewSite> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const bin = join(root, 'node_modules', '.bin');
  // --ignore-lock: a preview the developer already runs must neither block this one nor be replaced by it.
  const preview = spawn(
    join(bin, 'astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock', ...outDirArguments()],
    {
      cwd: root,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  preview.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  preview.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  await waitUntilServing(preview, `${origin}/`, () => output);

  const browser = await chromium.launch({
    executablePath: process.env.PORTAL_CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      preview.kill('SIGTERM');
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
