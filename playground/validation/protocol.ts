import type { Diagnostic, ParseKind } from '../../engine/workflow/index.ts';
import type { SimulatedRun } from '../../engine/workflow/simulate/index.ts';
import type { TemplateInstance } from '../templates/instance-parameters.ts';
import type { CustomNodeType } from '../typescript/custom-node-type.ts';

/**
 * Messages from the page to the validation worker. `seq` grows with every request of one kind, and
 * `customNodeTypes` lists the node types defined in the TypeScript tab. A `validate` request answers what
 * every keystroke needs; an `outline` request answers what only the graph needs, for the text last validated.
 */
export type WorkerRequest =
  | { kind: 'validate'; seq: number; source: string; customNodeTypes: CustomNodeType[] }
  | { kind: 'outline'; seq: number }
  | { kind: 'simulate'; seq: number; source: string; seed: number; customNodeTypes: CustomNodeType[] };

/** The place of a node's definition in the file, in 1-based lines. */
export interface NodeLocation {
  name: string;
  /** The line of its `name` key, where the editor puts the cursor when the node is clicked in the graph. */
  line: number;
  firstLine: number;
  lastLine: number;
}

export interface ValidateReply {
  kind: 'validate';
  seq: number;
  diagnostics: Diagnostic[];
  /** The workflow id as written, possibly invalid; the page derives file names from it. */
  workflowId?: string;
  /** The library template the file uses and its parameter values, for the template form. */
  templateInstance: TemplateInstance;
  /** The worker's parse reuse and validation time for this text, which the benchmark reports. */
  timing: { parse: ParseKind | undefined; milliseconds: number };
}

/** The graph of the text of the last `validate` request. */
export interface OutlineReply {
  kind: 'outline';
  seq: number;
  /** Mermaid flowchart of the workflow with the nodes that have errors highlighted; absent when none could be drawn. */
  graph?: string;
  /** One entry per node, in the order the file lists them, so graph node `n3` is `nodes[3]`. */
  nodes: NodeLocation[];
}

export type SimulateReply =
  | { kind: 'simulate'; seq: number; ok: true; run: SimulatedRun; gantt: string }
  | { kind: 'simulate'; seq: number; ok: false; reason: string };

export type WorkerReply = ValidateReply | OutlineReply | SimulateReply;
