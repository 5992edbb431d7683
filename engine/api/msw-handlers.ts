import { type HttpHandler, http } from 'msw';
import type { PlatformApi } from './platform-api.ts';

export interface MswHandlerOptions {
  /**
   * Where the API is mounted: a path such as `/mockapi` (matched on any origin, because a page's service
   * worker receives requests for its own origin) or an absolute URL such as `http://api.test/mockapi`. The API's own
   * `basePath` must equal its path.
   */
  baseUrl: string;
  /** The address anonymous requests are rate limited by; a browser has one client, so one value fits. */
  clientAddress?: string;
}

/**
 * MSW request handlers that pass every request under `baseUrl` to the platform API and return its
 * response unchanged. Runtime-neutral: the browser starts them with `setupWorker`, tests with `setupServer`.
 */
export function createMswHandlers(api: PlatformApi, options: MswHandlerOptions): HttpHandler[] {
  const base = parseBase(options.baseUrl);
  const clientAddress = options.clientAddress ?? 'browser';

  const handler = http.all(
    ({ request }) => isUnderBase(new URL(request.url), base),
    ({ request }) => api.handle(request, { clientAddress }),
  );
  return [handler];
}

interface Base {
  /** Undefined for a path-only base, which matches any origin. */
  origin: string | undefined;
  path: string;
}

function parseBase(baseUrl: string): Base {
  if (baseUrl.startsWith('/')) {
    return { origin: undefined, path: baseUrl.replace(/\/+$/, '') };
  }
  const url = new URL(baseUrl);
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
}

function isUnderBase(url: URL, base: Base): boolean {
  if (base.origin !== undefined && url.origin !== base.origin) return false;
  return base.path === '' || url.pathname === base.path || url.pathname.startsWith(`${base.path}/`);
}
