/** A workflow after parsing and schema checks, in the format of workflow files version 1. */
export type WorkflowType = 'langgraph' | 'airflow';

export interface WorkflowNode {
  name: string;
  type: string;
  /** Undefined when the file does not declare `depends_on` for this node. */
  dependsOn?: string[];
  config: Record<string, unknown>;
}

export interface Workflow {
  id: string;
  type: WorkflowType;
  schedule?: string;
  nodes: WorkflowNode[];
}

export interface WorkflowEdge {
  from: string;
  to: string;
  /** Present on the edges out of a router: the route's `when`, or `default` for its fallback. */
  condition?: string;
}
