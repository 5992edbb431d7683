import type { DependencyGraph } from './dependency-graph.ts';
import type { CriticalPath, SimulatedNode } from './simulated-run.ts';

/**
 * Finds the longest chain of dependencies, weighting each node that ran by the time from the start of
 * its first attempt to the end of its last. Skipped nodes never ran and are left out. With unlimited
 * concurrency the chain's length equals the run's time from leaving the queue to finishing. Under a
 * concurrency limit it can be shorter, because time spent waiting for a free slot belongs to no node.
 * Ties go to the node listed first.
 */
export function findCriticalPath(nodes: SimulatedNode[], graph: DependencyGraph): CriticalPath {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const listedIndex = new Map(graph.names.map((name, index) => [name, index]));
  const lengthMs = new Map<string, number>();
  const predecessor = new Map<string, string>();

  for (const name of graph.topologicalOrder) {
    const node = byName.get(name);
    if (node === undefined || node.attempts.length === 0) continue;

    const dependencies = [...(graph.dependencies.get(name) ?? [])].sort(
      (a, b) => (listedIndex.get(a) ?? 0) - (listedIndex.get(b) ?? 0),
    );
    let bestMs: number | undefined;
    for (const dependency of dependencies) {
      const candidateMs = lengthMs.get(dependency);
      if (candidateMs === undefined || (bestMs !== undefined && candidateMs <= bestMs)) continue;
      bestMs = candidateMs;
      predecessor.set(name, dependency);
    }
    lengthMs.set(name, (bestMs ?? 0) + elapsedMs(node));
  }

  let last: string | undefined;
  for (const name of graph.names) {
    const candidateMs = lengthMs.get(name);
    if (candidateMs === undefined) continue;
    if (last === undefined || candidateMs > (lengthMs.get(last) ?? 0)) last = name;
  }
  if (last === undefined) return { nodes: [], seconds: 0 };

  const path: string[] = [];
  for (let name: string | undefined = last; name !== undefined; name = predecessor.get(name)) {
    path.unshift(name);
  }
  return { nodes: path, seconds: (lengthMs.get(last) ?? 0) / 1000 };
}

function elapsedMs(node: SimulatedNode): number {
  const first = node.attempts[0];
  const final = node.attempts.at(-1);
  if (first === undefined || final === undefined) return 0;
  return Math.round(final.endSeconds * 1000) - Math.round(first.startSeconds * 1000);
}
