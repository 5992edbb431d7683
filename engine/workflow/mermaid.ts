import type { Workflow } from './model.ts';

export interface MermaidOptions {
  direction?: 'TD' | 'LR';
  highlight?: string[];
}

export function workflowToMermaid(_workflow: Workflow, _options: MermaidOptions = {}): string {
  return 'flowchart TD\n';
}
