import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { MarkdownHeading } from 'astro';
import { libraryTemplates } from '../engine/templates/index.ts';
import { diagnosticRules, nodeTypes } from '../engine/workflow/index.ts';
import { errorCodeHeadings } from './reference/error-code-sections.ts';
import { nodeTypeHeadings } from './reference/node-type-headings.ts';
import { templatePageHeadings, templatePageSlug } from './reference/template-page-headings.ts';

/**
 * Headings that components render from the engine's registries. Starlight builds the table of
 * contents from Markdown headings only, so the generated pages' headings are added here.
 */
const generatedHeadings: Record<string, () => MarkdownHeading[]> = {
  'reference/error-codes': () => errorCodeHeadings(diagnosticRules),
  'reference/node-types': () => nodeTypeHeadings(nodeTypes),
  // Each template's page is `docs-content/templates/<slug>.mdx` and renders `TemplatePage`.
  ...Object.fromEntries(
    libraryTemplates().map((template) => [
      `templates/${templatePageSlug(template.name)}`,
      templatePageHeadings,
    ]),
  ),
};

interface TocEntry extends MarkdownHeading {
  children: TocEntry[];
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const headings = generatedHeadings[route.id]?.();
  if (!headings) {
    return;
  }

  route.headings = [...route.headings, ...headings];
  if (route.toc) {
    const { maxHeadingLevel, items } = route.toc;
    for (const heading of headings) {
      if (heading.depth <= maxHeadingLevel) {
        nest(items as TocEntry[], { ...heading, children: [] });
      }
    }
  }
});

/** Places `entry` under the last entry of a smaller depth, as Starlight nests its own headings. */
function nest(entries: TocEntry[], entry: TocEntry): void {
  const last = entries.at(-1);
  if (!last || last.depth >= entry.depth) {
    entries.push(entry);
    return;
  }
  nest(last.children, entry);
}
