import { nodePath } from '../graph.ts';
import { quoteValue } from '../schema/describe-value.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const duplicateNodeName: WorkflowRule = {
  code: 'WF301',
  name: 'duplicate-node-name',
  severity: 'error',
  summary: 'two nodes have the same name',
  description:
    'Node names identify nodes in `depends_on`, in run logs and in the exported code, so each name may ' +
    'appear once. Every repeat after the first is reported, with the first one as a related location.',
  example: `workflow:
  id: twice
  type: airflow
  nodes:
    - name: extract
      type: data_fetcher
      config: { source: api }
    - name: extract
      type: data_fetcher
      config: { source: s3 }
`,
  check({ workflow }) {
    const firstIndex = new Map<string, number>();

    return workflow.nodes.flatMap((node, index) => {
      const first = firstIndex.get(node.name);
      if (first === undefined) {
        firstIndex.set(node.name, index);
        return [];
      }

      return [
        {
          message: `duplicate node name ${quoteValue(node.name)}, node names must be unique`,
          hint: 'rename one of the nodes and update the `depends_on` lists that refer to it',
          // A node repeated through an alias (`- *extract`) is reported at the alias, not at the anchor.
          target: { path: nodePath(index, 'name'), at: 'value' as const, atUse: true },
          related: [
            {
              target: { path: nodePath(first, 'name'), at: 'value' as const, atUse: true },
              message: 'first defined here',
            },
          ],
        },
      ];
    });
  },
};
