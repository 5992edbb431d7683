import { workflowEdges } from '../edges.ts';
import type { Workflow } from '../model.ts';

/** Dependencies of each node, by name, with nodes in the order the workflow lists them. */
export interface DependencyGraph {
  names: string[];
  dependencies: Map<string, string[]>;
  dependents: Map<string, string[]>;
  /** Every node after all of its dependencies; among nodes free to go, the listed order. */
  topologicalOrder: string[];
}

/**
 * Builds the graph from the workflow's edges. A workflow that validation would reject (an unknown
 * dependency, a cycle, a duplicate name) cannot be simulated, and passing one is the caller's mistake,
 * so it raises a `TypeError` naming the nodes.
 */
export function buildDependencyGraph(workflow: Workflow): DependencyGraph {
  const names = workflow.nodes.map((node) => node.name);
  const dependencies = new Map<string, string[]>(names.map((name) => [name, []]));
  const dependents = new Map<string, string[]>(names.map((name) => [name, []]));
  if (dependencies.size !== names.length) {
    throw new TypeError(`cannot simulate \`${workflow.id}\`: node names are not unique`);
  }

  for (const edge of workflowEdges(workflow)) {
    const into = dependencies.get(edge.to);
    const outOf = dependents.get(edge.from);
    if (into === undefined || outOf === undefined) {
      throw new TypeError(
        `cannot simulate \`${workflow.id}\`: edge \`${edge.from}\` -> \`${edge.to}\` names an unknown node`,
      );
    }
    if (into.includes(edge.from)) continue;
    into.push(edge.from);
    outOf.push(edge.to);
  }

  const topologicalOrder = sortTopologically(names, dependencies);
  if (topologicalOrder.length < names.length) {
    const stuck = names.filter((name) => !topologicalOrder.includes(name)).map((name) => `\`${name}\``);
    throw new TypeError(
      `cannot simulate \`${workflow.id}\`: nodes ${stuck.join(', ')} are in or behind a cycle`,
    );
  }

  return { names, dependencies, dependents, topologicalOrder };
}

// Repeated passes over the listed order instead of a queue, so ties keep the listed order. The worst
// case is quadratic in the number of nodes, which is harmless for workflows of tens of nodes.
function sortTopologically(names: string[], dependencies: Map<string, string[]>): string[] {
  const placed = new Set<string>();
  const order: string[] = [];
  let progressed = true;

  while (progressed) {
    progressed = false;
    for (const name of names) {
      if (placed.has(name)) continue;
      if (!(dependencies.get(name) ?? []).every((dependency) => placed.has(dependency))) continue;
      placed.add(name);
      order.push(name);
      progressed = true;
    }
  }
  return order;
}
