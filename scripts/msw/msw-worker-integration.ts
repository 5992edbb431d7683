import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';

/** The worker's file name; the browser edge in `src/api-mock/` registers it under the site's base path. */
export const MSW_WORKER_FILE = 'mockServiceWorker.js';

/**
 * Ships MSW's service worker script with the site, copied from the installed `msw` package so that the
 * script always matches the library that talks to it (msw checks the pair at start-up and warns on a
 * mismatch). `astro dev` serves it at `<base>/mockServiceWorker.js`, and `astro build` copies it to the root of
 * the output folder, which `astro preview` and any static host serve under the base path.
 */
export function mswWorker(): AstroIntegration {
  const workerPath = createRequire(import.meta.url).resolve(`msw/${MSW_WORKER_FILE}`);
  let workerUrlPath = `/${MSW_WORKER_FILE}`;

  return {
    name: 'portal-msw-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        workerUrlPath = `${config.base.replace(/\/+$/, '')}/${MSW_WORKER_FILE}`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== workerUrlPath) {
            next();
            return;
          }
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(readFileSync(workerPath));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        copyFileSync(workerPath, new URL(MSW_WORKER_FILE, dir));
        logger.info(`copied \`${MSW_WORKER_FILE}\` from the installed msw package`);
      },
    },
  };
}
