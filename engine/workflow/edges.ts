import { declaresDependencies } from './graph.ts';
import type { Workflow, WorkflowEdge } from './model.ts';

/**
 * Returns the edges of a workflow. When no node lists a dependency the nodes form a chain in the order
 * listed; otherwise the edges are exactly the declared dependencies, so nodes without any are roots.
 * An empty `depends_on: []` declares nothing, which keeps a chain whose first node writes it a chain.
 * Dependencies on names that are no node (reported as WF302) and repeated entries are left out.
 */
export function workflowEdges(workflow: Workflow): WorkflowEdge[] {
  const nodes = workflow.nodes;

  if (!declaresDependencies(workflow)) {
    return nodes
      .slice(1)
      .map((node, index) => ({ from: (nodes[index] as { name: string }).name, to: node.name }));
  }

  const names = new Set(nodes.map((node) => node.name));
  const seen = new Set<string>();
  const edges: WorkflowEdge[] = [];

  for (const node of nodes) {
    for (const dependency of node.dependsOn ?? []) {
      const key = JSON.stringify([dependency, node.name]);
      if (!names.has(dependency) || seen.has(key)) continue;

      seen.add(key);
      edges.push({ from: dependency, to: node.name });
    }
  }

  return edges;
}
