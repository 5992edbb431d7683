/// <reference lib="webworker" />
import type { NodeTypeDefinition, ValidationResult } from '../../engine/workflow/index.ts';
import {
  createIncrementalValidator,
  validateWorkflow,
  workflowToMermaid,
} from '../../engine/workflow/index.ts';
import { simulateRun, toMermaidGantt } from '../../engine/workflow/simulate/index.ts';
import { readTemplateInstance } from '../templates/instance-parameters.ts';
import type { CustomNodeType } from '../typescript/custom-node-type.ts';
import { customNodeDefinition } from './custom-node-definition.ts';
import { nodeLocations, nodesOnLines } from './node-locations.ts';
import type { NodeLocation, OutlineReply, SimulateReply, ValidateReply, WorkerRequest } from './protocol.ts';

/** The file name diagnostics carry, as `wf validate workflow.yaml` would print it. */
const fileName = 'workflow.yaml';

/**
 * Keystrokes mostly change one name, value or comment, so this validator reuses the parse of the text
 * before instead of parsing the whole file again. Its results equal those of `validateWorkflow`.
 */
const validator = createIncrementalValidator({ file: fileName });

/**
 * The result of the last `validate` request and where its nodes are defined, which an `outline` request
 * draws. The places are read at once, because the validator edits its document in place on the next text.
 */
let lastValidated: { result: ValidationResult; nodes: NodeLocation[] } | undefined;

/** The definitions of the last node types the page sent, rebuilt only when those change. */
let definitions: { key: string; types: NodeTypeDefinition[] } = { key: '[]', types: [] };

function nodeDefinitions(customNodeTypes: readonly CustomNodeType[]): NodeTypeDefinition[] {
  const key = JSON.stringify(customNodeTypes);
  if (key !== definitions.key) definitions = { key, types: customNodeTypes.map(customNodeDefinition) };
  return definitions.types;
}

/** Validates on the keystroke path: only what the markers, the file name and the template form need. */
function validate(seq: number, source: string, customNodeTypes: readonly CustomNodeType[]): ValidateReply {
  const started = performance.now();
  const result = validator.validate(source, { extraNodeTypes: nodeDefinitions(customNodeTypes) });
  const timing = { parse: validator.lastParse, milliseconds: performance.now() - started };
  const document = validator.lastDocument;
  const names = result.workflow?.nodes.map((node) => node.name) ?? [];
  lastValidated = { result, nodes: document ? nodeLocations(document.doc, document.lineCounter, names) : [] };

  return {
    kind: 'validate',
    seq,
    diagnostics: result.diagnostics,
    templateInstance: readTemplateInstance(source),
    timing,
    ...(result.workflow?.id ? { workflowId: result.workflow.id } : {}),
  };
}

/** Builds the graph of the last validated text: the Mermaid text, with the nodes that have errors marked. */
function outline(seq: number): OutlineReply {
  if (!lastValidated) return { kind: 'outline', seq, nodes: [] };

  const { nodes, result } = lastValidated;
  const errorLines = result.diagnostics.filter((item) => item.severity === 'error').map((item) => item.line);
  const highlight = nodesOnLines(nodes, errorLines);
  return {
    kind: 'outline',
    seq,
    nodes,
    ...(result.workflow ? { graph: workflowToMermaid(result.workflow, { highlight }) } : {}),
  };
}

function simulate(
  seq: number,
  source: string,
  seed: number,
  customNodeTypes: readonly CustomNodeType[],
): SimulateReply {
  // A plain validation, so that a run between two keystrokes leaves the keystroke validator's state alone.
  const { diagnostics, workflow } = validateWorkflow(source, {
    file: fileName,
    extraNodeTypes: nodeDefinitions(customNodeTypes),
  });
  const errors = diagnostics.filter((item) => item.severity === 'error');
  if (!workflow || errors.length > 0) {
    const reason =
      errors.length === 1
        ? 'the workflow has 1 error; fix it before simulating'
        : `the workflow has ${errors.length} errors; fix them before simulating`;
    return { kind: 'simulate', seq, ok: false, reason };
  }

  const run = simulateRun(workflow, { seed });
  return { kind: 'simulate', seq, ok: true, run, gantt: toMermaidGantt(run) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.kind) {
    case 'validate':
      self.postMessage(validate(request.seq, request.source, request.customNodeTypes));
      return;
    case 'outline':
      self.postMessage(outline(request.seq));
      return;
    case 'simulate':
      self.postMessage(simulate(request.seq, request.source, request.seed, request.customNodeTypes));
      return;
  }
};
