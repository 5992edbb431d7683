import type { PathSegment } from './finding.ts';
import type { WorkflowNode } from './model.ts';

/** One way out of a router: the node it continues with and the condition, `default` for the fallback. */
export interface NodeRoute {
  to: string;
  condition: string;
  /** Where the route's target is written, relative to the node's `config`. */
  path: PathSegment[];
}

/** The condition label of a router's fallback route, in edges and diagrams. */
export const defaultRouteCondition = 'default';

/**
 * Reads the routes of a `router` node, skipping entries whose shape is wrong (the config check reports
 * those). Any other node type has none.
 */
export function nodeRoutes(node: WorkflowNode): NodeRoute[] {
  if (node.type !== 'router') return [];

  const routes: NodeRoute[] = [];
  const listed = node.config.routes;
  if (Array.isArray(listed)) {
    listed.forEach((route, index) => {
      const { when, to } = (route ?? {}) as { when?: unknown; to?: unknown };
      if (typeof when === 'string' && typeof to === 'string') {
        routes.push({ to, condition: when, path: ['routes', index, 'to'] });
      }
    });
  }

  const fallback = node.config.default;
  if (typeof fallback === 'string') {
    routes.push({ to: fallback, condition: defaultRouteCondition, path: ['default'] });
  }

  return routes;
}
