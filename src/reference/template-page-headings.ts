import type { MarkdownHeading } from 'astro';

/** Returns the path segment of a template's page under `templates/`: `etl_job` becomes `etl-job`. */
export function templatePageSlug(name: string): string {
  return name.replace(/_/g, '-');
}

/** The section headings of every template page by anchor, in page order. */
export const templatePageSections = {
  parameters: 'Parameters',
  graph: 'Graph',
  example: 'Example',
  source: 'Template source',
} as const;

/** Lists the headings a template page renders, for its table of contents. */
export function templatePageHeadings(): MarkdownHeading[] {
  return Object.entries(templatePageSections).map(([slug, text]) => ({ depth: 2, slug, text }));
}
