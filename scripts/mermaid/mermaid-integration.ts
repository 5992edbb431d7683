import type { AstroIntegration } from 'astro';
import { mermaidHastPlugin } from './mermaid-hast-plugin.ts';
import { closeDiagramRenderer } from './render-diagram.ts';

/**
 * Renders ```mermaid blocks to inline SVG at build time. List it before Starlight in
 * `integrations`, so its plugin runs before Expressive Code claims the code blocks.
 */
export function portalMermaid(): AstroIntegration {
  return {
    name: 'portal-mermaid',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri') {
          throw new Error(
            `portal-mermaid supports the \`satteri\` Markdown processor only, but \`markdown.processor\` is \`${processor.name}\`; remove the custom processor or port the plugin`,
          );
        }
        (processor.options as { hastPlugins: unknown[] }).hastPlugins.unshift(mermaidHastPlugin());
      },
      // Chromium is a child process: left open it would keep `astro build` from exiting.
      'astro:build:done': async () => {
        await closeDiagramRenderer();
      },
      'astro:server:done': async () => {
        await closeDiagramRenderer();
      },
    },
  };
}
