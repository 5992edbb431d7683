import { nodePath } from '../graph.ts';
import { quoteValue } from '../schema/describe-value.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const duplicateDependency: WorkflowRule = {
  code: 'WF305',
  name: 'duplicate-dependency',
  severity: 'warning',
  summary: 'a node lists the same dependency twice',
  description:
    'Listing a dependency twice changes nothing, so it is a warning rather than an error. It often ' +
    'means that a different name was meant.',
  example: `workflow:
  id: twice
  type: langgraph
  nodes:
    - name: extract
      type: data_fetcher
      config: { source: api }
    - name: save
      type: data_saver
      depends_on: [extract, extract]
      config: { destination: s3 }
`,
  check({ workflow }) {
    return workflow.nodes.flatMap((node, index) => {
      const seen = new Set<string>();

      return (node.dependsOn ?? []).flatMap((dependency, position) => {
        if (!seen.has(dependency)) {
          seen.add(dependency);
          return [];
        }

        return [
          {
            message: `dependency ${quoteValue(dependency)} is listed more than once in node ${quoteValue(node.name)}`,
            hint: 'remove the repeated entry',
            target: { path: nodePath(index, 'depends_on', position), at: 'value' as const, atUse: true },
          },
        ];
      });
    });
  },
};
