import type { PathSegment } from '../finding.ts';
import { quoteValue } from './describe-value.ts';

function joinPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

/**
 * Names a place in the workflow for a message: `workflow.id`, or relative to a node and by its name when
 * it has one, as in `config.model` of node `summarise`.
 */
export function describePath(path: readonly PathSegment[], data: unknown): string {
  if (path.length === 0) return 'the top level';

  const [first, second, index, ...rest] = path;
  const nodes = (data as { workflow?: { nodes?: unknown } } | undefined)?.workflow?.nodes;
  const node = Array.isArray(nodes) && typeof index === 'number' ? nodes[index] : undefined;
  const name = (node as { name?: unknown } | undefined)?.name;

  if (first === 'workflow' && second === 'nodes' && typeof name === 'string' && name !== '') {
    return rest.length === 0
      ? `node ${quoteValue(name)}`
      : `\`${joinPath(rest)}\` of node ${quoteValue(name)}`;
  }

  return `\`${joinPath(path)}\``;
}
