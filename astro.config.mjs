// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { sidebarGroupFromFolder } from './scripts/docs-sidebar.ts';
import { portalMermaid } from './scripts/mermaid/mermaid-integration.ts';

// Deploying under a sub-path (say https://example.com/portal/) sets PORTAL_BASE_PATH=/portal at build time.
const base = process.env.PORTAL_BASE_PATH ?? '/';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  base,
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [
    // Before Starlight: its Markdown plugin must see ```mermaid blocks before Expressive Code does.
    portalMermaid(),
    starlight({
      title: 'Trading Workflow Portal',
      description: 'Write, validate, draw and export trading-operations workflows for Airflow and LangGraph.',
      customCss: ['./src/styles/diagrams.css'],
      // Adds the headings of the pages generated from the engine's registries to their tables of contents.
      routeMiddleware: './src/route-middleware.ts',
      sidebar: [
        sidebarGroupFromFolder('Start here', 'start'),
        sidebarGroupFromFolder('Workflows', 'workflows'),
        sidebarGroupFromFolder('API', 'api'),
        sidebarGroupFromFolder('Architecture', 'architecture'),
        sidebarGroupFromFolder('Reference', 'reference'),
      ],
    }),
  ],
});
