import { nodePath } from '../graph.ts';
import { quoteValue } from '../schema/describe-value.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const selfDependency: WorkflowRule = {
  code: 'WF303',
  name: 'self-dependency',
  severity: 'error',
  summary: 'a node lists itself in `depends_on`',
  description:
    'A node that depends on itself could never start. Remove its own name from its `depends_on` list.',
  example: `workflow:
  id: loop
  type: langgraph
  nodes:
    - name: extract
      type: data_fetcher
      depends_on: [extract]
      config: { source: api }
`,
  check({ workflow }) {
    return workflow.nodes.flatMap((node, index) =>
      (node.dependsOn ?? []).flatMap((dependency, position) =>
        dependency === node.name
          ? [
              {
                message: `node ${quoteValue(node.name)} depends on itself`,
                hint: 'remove its own name from `depends_on`',
                target: { path: nodePath(index, 'depends_on', position), at: 'value' as const },
              },
            ]
          : [],
      ),
    );
  },
};
