// @ts-check
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { sidebarGroupFromFolder, withLinks } from './scripts/docs-sidebar.ts';
import { portalMermaid } from './scripts/mermaid/mermaid-integration.ts';
import { mswWorker } from './scripts/msw/msw-worker-integration.ts';
import { loadPortalSettings } from './scripts/portal-env.ts';

// PORTAL_BASE_PATH and PORTAL_CHROMIUM_PATH may come from .env; its credentials are not read here.
loadPortalSettings();

// Deploying under a sub-path (say https://example.com/portal/) sets PORTAL_BASE_PATH=/portal at build time.
const base = process.env.PORTAL_BASE_PATH || '/';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  base,
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    resolve: {
      // monaco-yaml's worker imports `monaco-editor/esm/vs/...`, a path that the `exports` map of
      // monaco-editor 0.57 does not resolve, so the playground points it at the files directly.
      alias: [
        {
          find: /^monaco-editor\/esm\/vs\//,
          replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url)),
        },
      ],
    },
    // The playground's workers (Monaco, monaco-yaml, the engine) split into chunks, which only ES workers allow.
    worker: { format: 'es' },
  },
  integrations: [
    // Before Starlight: its Markdown plugin must see ```mermaid blocks before Expressive Code does.
    portalMermaid(),
    // Ships MSW's service worker for the API reference and the API lab.
    mswWorker(),
    starlight({
      title: 'Trading Workflow Portal',
      description: 'Write, validate, draw and export trading-operations workflows for Airflow and LangGraph.',
      customCss: ['./src/styles/diagrams.css'],
      components: { MarkdownContent: './src/components/starlight/MarkdownContent.astro' },
      // Adds the headings of the pages generated from the engine's registries to their tables of contents.
      routeMiddleware: './src/route-middleware.ts',
      sidebar: [
        { label: 'Playground', link: '/playground/' },
        sidebarGroupFromFolder('Start here', 'start'),
        sidebarGroupFromFolder('Workflows', 'workflows'),
        sidebarGroupFromFolder('Templates', 'templates'),
        withLinks(sidebarGroupFromFolder('API', 'api'), [
          { label: 'Interactive reference', link: '/api/reference/' },
          { label: 'Rate-limit lab', link: '/api/lab/' },
        ]),
        sidebarGroupFromFolder('Architecture', 'architecture'),
        sidebarGroupFromFolder('Reference', 'reference'),
      ],
    }),
  ],
});
