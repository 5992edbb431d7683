import type { Workflow, WorkflowEdge } from './model.ts';

export function workflowEdges(_workflow: Workflow): WorkflowEdge[] {
  return [];
}
