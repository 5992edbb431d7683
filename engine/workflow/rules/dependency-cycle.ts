import { nodePath } from '../graph.ts';
import type { Workflow, WorkflowNode } from '../model.ts';
import { nodeRoutes } from '../routes.ts';
import { codeSpan } from '../schema/describe-value.ts';
import type { WorkflowRule } from './workflow-rule.ts';

/**
 * Edges by name, from each node to the nodes that depend on it or that its routes lead to. Self-loops are
 * left to WF303 and WF306.
 */
function successors(workflow: Workflow): Map<string, string[]> {
  const known = new Set(workflow.nodes.map((node) => node.name));
  const next = new Map<string, Set<string>>();
  for (const name of known) next.set(name, new Set());

  for (const node of workflow.nodes) {
    for (const dependency of node.dependsOn ?? []) {
      if (known.has(dependency) && dependency !== node.name) next.get(dependency)?.add(node.name);
    }
    // A route is an edge too, so a router that sends the run back to an earlier node closes a cycle
    for (const route of nodeRoutes(node)) {
      if (known.has(route.to) && route.to !== node.name) next.get(node.name)?.add(route.to);
    }
  }

  return new Map([...next].map(([name, targets]) => [name, [...targets].sort()]));
}

/** Tarjan's algorithm, iterative so that a long chain cannot overflow the call stack. */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;

    const work: { name: string; next: number }[] = [{ name: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);

    while (work.length > 0) {
      const frame = work[work.length - 1] as { name: string; next: number };
      const targets = graph.get(frame.name) ?? [];

      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.name, Math.min(low.get(frame.name) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }

      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name) ?? 0, low.get(frame.name) ?? 0));

      if (low.get(frame.name) === index.get(frame.name)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        components.push(component);
      }
    }
  }

  return components;
}

/** The shortest cycle through `start` inside one component, visiting neighbours in name order. */
function shortestCycle(start: string, members: Set<string>, graph: Map<string, string[]>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];

  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    for (const target of graph.get(current) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const cycle = [current];
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0] as string) as string);
        return [...cycle, start];
      }
      if (!previous.has(target) && target !== start) {
        previous.set(target, current);
        queue.push(target);
      }
    }
  }

  return [start, start];
}

/** Where the edge from `from` to `to` is written: the `depends_on` entry of `to`, or else the route of `from`. */
function closingEdgePath(workflow: Workflow, from: string, to: string): (string | number)[] {
  const index = workflow.nodes.findIndex((node) => node.name === to && (node.dependsOn ?? []).includes(from));
  if (index !== -1)
    return nodePath(index, 'depends_on', workflow.nodes[index]?.dependsOn?.indexOf(from) ?? 0);

  const routerIndex = workflow.nodes.findIndex(
    (node) => node.name === from && nodeRoutes(node).some((route) => route.to === to),
  );
  const route = nodeRoutes(workflow.nodes[routerIndex] as WorkflowNode).find((entry) => entry.to === to);
  return nodePath(routerIndex, 'config', ...(route?.path ?? []));
}

export const dependencyCycle: WorkflowRule = {
  code: 'WF304',
  name: 'dependency-cycle',
  severity: 'error',
  summary: 'nodes depend on each other in a cycle',
  description:
    'The nodes of a workflow must form a directed acyclic graph. The message names one cycle, written ' +
    'in the direction the nodes would run and starting from the alphabetically first node in it, and ' +
    'points at the `depends_on` entry of that node which closes the cycle. Several separate cycles give ' +
    'one diagnostic each.',
  example: `workflow:
  id: circle
  type: langgraph
  nodes:
    - name: a
      type: data_fetcher
      depends_on: [b]
      config: { source: api }
    - name: b
      type: data_saver
      depends_on: [a]
      config: { destination: s3 }
`,
  check({ workflow }) {
    const graph = successors(workflow);
    const components = stronglyConnected(graph).filter((component) => component.length > 1);

    return components
      .map((component) => shortestCycle([...component].sort()[0] as string, new Set(component), graph))
      .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
      .map((cycle) => {
        const start = cycle[0] as string;
        const closing = cycle[cycle.length - 2] as string;
        return {
          message: `dependency cycle ${codeSpan(cycle.join(' -> '))}`,
          hint: 'remove one of these `depends_on` entries so that the nodes can run in order',
          target: { path: closingEdgePath(workflow, closing, start), at: 'value' as const },
        };
      });
  },
};
