/// <reference lib="webworker" />
import { validateWorkflow, workflowToMermaid } from '../../engine/workflow/index.ts';
import { simulateRun, toMermaidGantt } from '../../engine/workflow/simulate/index.ts';
import type { CustomNodeType } from '../typescript/custom-node-type.ts';
import { acceptCustomNodeTypes } from './custom-node-types.ts';
import { nodeLocations, nodesOnLines } from './node-locations.ts';
import type { SimulateReply, ValidateReply, WorkerRequest } from './protocol.ts';

/** The file name diagnostics carry, as `wf validate workflow.yaml` would print it. */
const fileName = 'workflow.yaml';

function validateWithCustomTypes(source: string, customNodeTypes: readonly CustomNodeType[]) {
  const result = validateWorkflow(source, { file: fileName });
  return { ...result, diagnostics: acceptCustomNodeTypes(result.diagnostics, source, customNodeTypes) };
}

function validate(seq: number, source: string, customNodeTypes: readonly CustomNodeType[]): ValidateReply {
  const { diagnostics, workflow } = validateWithCustomTypes(source, customNodeTypes);
  const nodes = nodeLocations(source);
  const errorLines = diagnostics.filter((item) => item.severity === 'error').map((item) => item.line);
  const highlight = nodesOnLines(nodes, errorLines);

  return {
    kind: 'validate',
    seq,
    diagnostics,
    nodes,
    ...(workflow ? { graph: workflowToMermaid(workflow, { highlight }) } : {}),
    ...(workflow?.id ? { workflowId: workflow.id } : {}),
  };
}

function simulate(
  seq: number,
  source: string,
  seed: number,
  customNodeTypes: readonly CustomNodeType[],
): SimulateReply {
  const { diagnostics, workflow } = validateWithCustomTypes(source, customNodeTypes);
  const errors = diagnostics.filter((item) => item.severity === 'error');
  if (!workflow || errors.length > 0) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    return {
      kind: 'simulate',
      seq,
      ok: false,
      reason: `the workflow has ${count}; fix them before simulating`,
    };
  }

  const run = simulateRun(workflow, { seed });
  return { kind: 'simulate', seq, ok: true, run, gantt: toMermaidGantt(run) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const reply =
    request.kind === 'validate'
      ? validate(request.seq, request.source, request.customNodeTypes)
      : simulate(request.seq, request.source, request.seed, request.customNodeTypes);
  self.postMessage(reply);
};
