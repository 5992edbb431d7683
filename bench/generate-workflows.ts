import { stringify } from 'yaml';
import { nodeTypes } from '../engine/workflow/index.ts';

// A router's example config routes to node names of its own example, which a generated file does not have
const generatedNodeTypes = nodeTypes.filter((nodeType) => nodeType.name !== 'router');

const schedules = ['0 18 * * 1-5', '*/15 * * * *', '30 6 * * *', '@hourly', '@daily', undefined];

/** A small deterministic generator (mulberry32), so every run benchmarks the same files. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates a workflow file like the ones authors write, using the registered node types and their example
 * configs. Half the files are plain chains without `depends_on`. In the other half each node depends on one
 * or two earlier nodes. Most files have a schedule.
 */
export function generateWorkflow(index: number, nodeCount: number, random: () => number): string {
  const useDependencies = random() < 0.5;
  const nodes = Array.from({ length: nodeCount }, (_, position) => {
    const nodeType =
      generatedNodeTypes[Math.floor(random() * generatedNodeTypes.length)] ?? generatedNodeTypes[0];
    const node: Record<string, unknown> = { name: `step_${position}`, type: nodeType?.name };

    if (useDependencies && position > 0) {
      const first = Math.floor(random() * position);
      const second = Math.floor(random() * position);
      node.depends_on = first === second ? [`step_${first}`] : [`step_${first}`, `step_${second}`];
    }
    node.config = nodeType?.exampleConfig ?? {};
    return node;
  });

  const schedule = schedules[Math.floor(random() * schedules.length)];
  const workflow = {
    id: `workflow_${index}`,
    type: random() < 0.5 ? 'airflow' : 'langgraph',
    ...(schedule === undefined ? {} : { schedule }),
    nodes,
  };
  // Nodes of one type share their example config object. Without this option `yaml` would write one anchor
  // per type and an alias in every other node, which authors rarely do.
  return stringify({ workflow }, { aliasDuplicateObjects: false });
}
