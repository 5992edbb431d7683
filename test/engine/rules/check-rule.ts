import type { Workflow, WorkflowNode } from '../../../engine/workflow/index.ts';
import type { WorkflowRule } from '../../../engine/workflow/rules/workflow-rule.ts';

/** Runs one rule on nodes given as `[name, dependsOn?]` and returns its messages, hints and paths. */
export function checkRule(rule: WorkflowRule, nodes: [string, string[]?][], schedule?: string) {
  const workflow: Workflow = {
    id: 'test',
    type: 'langgraph',
    ...(schedule !== undefined ? { schedule } : {}),
    nodes: nodes.map(
      ([name, dependsOn]): WorkflowNode => ({
        name,
        type: 'data_fetcher',
        ...(dependsOn ? { dependsOn } : {}),
        config: {},
      }),
    ),
  };

  return rule.check({ workflow }).map((finding) => ({
    message: finding.message,
    hint: finding.hint,
    path: 'path' in finding.target ? finding.target.path.join('.') : undefined,
  }));
}
