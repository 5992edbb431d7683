import { setupWorker } from 'msw/browser';
import { createMswHandlers, type PlatformApi } from '../../engine/api/index.ts';
import { mockApiBasePath, siteBasePath } from './site-paths.ts';

/** The file that `scripts/msw/msw-worker-integration.ts` ships at the site's base path. */
const WORKER_FILE = 'mockServiceWorker.js';

/**
 * Registers MSW's service worker with the site's base path as its scope and resolves once it handles
 * this page's requests under `/mockapi`. Every other request (pages, search, scripts) passes through
 * untouched. Only pages that call this register the worker.
 */
export async function startMockWorker(api: PlatformApi): Promise<void> {
  const base = siteBasePath();
  const worker = setupWorker(...createMswHandlers(api, { baseUrl: mockApiBasePath() }));

  await worker.start({
    serviceWorker: { url: `${base}/${WORKER_FILE}`, options: { scope: `${base}/` } },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
