import type { Workflow } from '../model.ts';
import { exportGraph } from './export-graph.ts';
import { moduleDocstring, runtimeImport } from './export-options.ts';
import { pythonLiteral, pythonString, uniqueIdentifier } from './python-literal.ts';

/** Names the module defines or imports, which node functions must not shadow. */
const moduleNames = [
  'annotations',
  'Annotated',
  'Any',
  'TypedDict',
  'END',
  'START',
  'StateGraph',
  'run_node',
  'merge_outputs',
  'WorkflowState',
  'builder',
  'graph',
  'state',
];

/** LangGraph rejects a node whose name is also a key of the state, so the key avoids every node name. */
function stateKey(workflow: Workflow): string {
  const names = new Set(workflow.nodes.map((node) => node.name));
  let key = 'outputs';
  while (names.has(key)) key = `_${key}`;
  return key;
}

/**
 * Generates a LangGraph module: a TypedDict state that collects each node's output by name, one function
 * per node that calls the platform's implementation through `run_node`, and a `StateGraph` with edges from
 * `START`, to `END`, and `add_conditional_edges` for each router. A node that waits for several nodes on
 * unconditional paths gets one edge from the list of them, so it runs once all have finished.
 */
export function exportLangGraph(workflow: Workflow): string {
  const graph = exportGraph(workflow);
  const key = stateKey(workflow);
  const taken = new Set(moduleNames);
  const functions = new Map(workflow.nodes.map((node) => [node.name, uniqueIdentifier(node.name, taken)]));
  const routers = workflow.nodes.filter((node) => node.type === 'router');
  const routeFunctions = new Map(
    routers.map((node) => [node.name, uniqueIdentifier(`next_after_${functions.get(node.name)}`, taken)]),
  );

  const lines = [
    moduleDocstring('LangGraph graph', workflow.id, workflow.schedule),
    '',
    'from __future__ import annotations',
    '',
    'from typing import Annotated, Any, TypedDict',
    '',
    'from langgraph.graph import END, START, StateGraph',
    '',
    runtimeImport,
    '',
    '',
    'def merge_outputs(current: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:',
    '    """Combines the outputs of nodes that finish in the same step."""',
    '    return {**current, **update}',
    '',
    '',
    'class WorkflowState(TypedDict, total=False):',
    '    """The output of each node that has run, by node name."""',
    '',
    `    ${key}: Annotated[dict[str, Any], merge_outputs]`,
  ];

  for (const node of workflow.nodes) {
    const upstream = graph.upstream.get(node.name) ?? [];
    lines.push(
      '',
      '',
      `def ${functions.get(node.name)}(state: WorkflowState) -> dict[str, Any]:`,
      `    done = state.get(${pythonString(key)}, {})`,
      `    inputs = {name: done.get(name) for name in ${pythonLiteral(upstream, 4)}}`,
      `    config = ${pythonLiteral(node.config, 4)}`,
      `    return {${pythonString(key)}: {${pythonString(node.name)}: run_node(${pythonString(node.type)}, config, inputs)}}`,
    );
  }
  for (const router of routers) {
    lines.push(
      '',
      '',
      `def ${routeFunctions.get(router.name)}(state: WorkflowState) -> str:`,
      `    return state[${pythonString(key)}][${pythonString(router.name)}]`,
    );
  }

  lines.push('', '', 'builder = StateGraph(WorkflowState)');
  for (const node of workflow.nodes) {
    lines.push(`builder.add_node(${pythonString(node.name)}, ${functions.get(node.name)})`);
  }
  lines.push(...edgeLines(workflow, graph, routeFunctions));
  lines.push('graph = builder.compile()', '');
  return lines.join('\n');
}

function edgeLines(
  workflow: Workflow,
  graph: ReturnType<typeof exportGraph>,
  routeFunctions: ReadonlyMap<string, string>,
): string[] {
  const lines: string[] = [];

  for (const node of workflow.nodes) {
    const incoming = graph.edges.filter((edge) => edge.to === node.name && edge.condition === undefined);
    const sources = incoming.map((edge) => edge.from);
    const hasConditional = graph.edges.some((edge) => edge.to === node.name && edge.condition !== undefined);

    if (sources.length === 0 && !hasConditional)
      lines.push(`builder.add_edge(START, ${pythonString(node.name)})`);
    // Waiting for all sources is right only when every one of them always runs
    const joinAll = sources.length > 1 && !sources.some((name) => graph.conditional.has(name));
    if (joinAll) lines.push(`builder.add_edge(${pythonLiteral(sources)}, ${pythonString(node.name)})`);
    else
      for (const source of sources)
        lines.push(`builder.add_edge(${pythonString(source)}, ${pythonString(node.name)})`);
  }

  for (const node of workflow.nodes.filter((entry) => entry.type === 'router')) {
    const targets = [
      ...new Set(
        graph.edges
          .filter((edge) => edge.from === node.name && edge.condition !== undefined)
          .map((edge) => edge.to),
      ),
    ];
    const pathMap = Object.fromEntries(targets.map((target) => [target, target]));
    lines.push(
      `builder.add_conditional_edges(${pythonString(node.name)}, ${routeFunctions.get(node.name)}, ${pythonLiteral(pathMap)})`,
    );
  }

  for (const node of workflow.nodes) {
    if ((graph.downstream.get(node.name) ?? []).length === 0)
      lines.push(`builder.add_edge(${pythonString(node.name)}, END)`);
  }
  return lines;
}
