import { declaresDependencies } from './graph.ts';
import type { Workflow, WorkflowEdge } from './model.ts';
import { nodeRoutes } from './routes.ts';

/**
 * Returns the edges of a workflow. When no node lists a dependency or a route the nodes form a chain in the
 * order listed; otherwise the edges are exactly the declared dependencies plus one conditional edge per
 * router route, so nodes without any are roots. An empty `depends_on: []` declares nothing, which keeps a
 * chain whose first node writes it a chain. Names that are no node (reported as WF302 and WF306) and
 * repeated edges are left out; a route and a `depends_on` entry for the same pair give the route's edge.
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
  const add = (edge: WorkflowEdge) => {
    const key = JSON.stringify([edge.from, edge.to]);
    if (!names.has(edge.from) || !names.has(edge.to) || seen.has(key)) return;

    seen.add(key);
    edges.push(edge);
  };

  for (const node of nodes) {
    for (const route of nodeRoutes(node)) add({ from: node.name, to: route.to, condition: route.condition });
  }
  for (const node of nodes) {
    for (const dependency of node.dependsOn ?? []) add({ from: dependency, to: node.name });
  }

  return edges;
}
