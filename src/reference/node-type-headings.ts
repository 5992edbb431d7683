import type { MarkdownHeading } from 'astro';
import type { NodeTypeDefinition } from '../../engine/workflow/index.ts';

/** Returns the anchor of a node type on the node-type page: its registered name, such as `data_fetcher`. */
export function nodeTypeAnchor(name: string): string {
  return name;
}

/** Lists the headings the node-type page renders, for its table of contents. */
export function nodeTypeHeadings(nodeTypes: readonly NodeTypeDefinition[]): MarkdownHeading[] {
  return nodeTypes.map((nodeType) => ({
    depth: 2,
    slug: nodeTypeAnchor(nodeType.name),
    text: nodeType.name,
  }));
}
