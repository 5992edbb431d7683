import type { Workflow } from './model.ts';
import { nodeRoutes } from './routes.ts';

/**
 * True when at least one node lists a dependency or a router lists a route, which switches the graph from
 * a chain to declared edges. A router always does: chaining its branches one after another would run them all.
 */
export function declaresDependencies(workflow: Workflow): boolean {
  return workflow.nodes.some((node) => (node.dependsOn?.length ?? 0) > 0 || nodeRoutes(node).length > 0);
}

export function nodePath(index: number, ...rest: (string | number)[]): (string | number)[] {
  return ['workflow', 'nodes', index, ...rest];
}
