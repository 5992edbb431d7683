import { workflowEdges } from '../edges.ts';
import type { Workflow, WorkflowEdge } from '../model.ts';

/** The edges of a workflow arranged for code generation. */
export interface ExportGraph {
  edges: WorkflowEdge[];
  /** Upstream node names of each node, in edge order. */
  upstream: Map<string, string[]>;
  downstream: Map<string, string[]>;
  /** Nodes that run only on some paths: targets of a router's routes and every node after them. */
  conditional: Set<string>;
}

export function exportGraph(workflow: Workflow): ExportGraph {
  const edges = workflowEdges(workflow);
  const upstream = new Map(workflow.nodes.map((node) => [node.name, [] as string[]]));
  const downstream = new Map(workflow.nodes.map((node) => [node.name, [] as string[]]));
  for (const edge of edges) {
    upstream.get(edge.to)?.push(edge.from);
    downstream.get(edge.from)?.push(edge.to);
  }

  const conditional = new Set<string>();
  const queue = edges.filter((edge) => edge.condition !== undefined).map((edge) => edge.to);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (conditional.has(name)) continue;

    conditional.add(name);
    queue.push(...(downstream.get(name) ?? []));
  }

  return { edges, upstream, downstream, conditional };
}
