import { createDemoSecurity, createPlatformApi, type PlatformApi } from '../../engine/api/index.ts';
import type { RateLimitStrategy } from '../../engine/security/index.ts';
import { browserCatalog } from './browser-catalog.ts';
import { mockApiBasePath } from './site-paths.ts';

export interface PageApiOptions {
  /** The page's clock, in epoch milliseconds. */
  now: () => number;
  rateLimitStrategy?: RateLimitStrategy;
}

/**
 * Creates the platform API with the public demo credentials, mounted at the site's `/mockapi`. Each call
 * starts with no runs and fresh rate-limit counters, which is why the mock's state lasts one page view.
 */
export async function createPageApi(options: PageApiOptions): Promise<PlatformApi> {
  const security = await createDemoSecurity();

  return createPlatformApi({
    ...security,
    now: options.now,
    random: Math.random,
    catalog: browserCatalog(),
    basePath: mockApiBasePath(),
    mode: 'demo',
    rateLimitStrategy: options.rateLimitStrategy,
    onError: (error) => console.error('[mock api] a handler failed', error),
  });
}
