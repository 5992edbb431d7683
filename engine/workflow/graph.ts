import type { Workflow } from './model.ts';

/** True when at least one node lists a dependency, which switches the graph from a chain to declared edges. */
export function declaresDependencies(workflow: Workflow): boolean {
  return workflow.nodes.some((node) => (node.dependsOn?.length ?? 0) > 0);
}

export function nodePath(index: number, ...rest: (string | number)[]): (string | number)[] {
  return ['workflow', 'nodes', index, ...rest];
}
