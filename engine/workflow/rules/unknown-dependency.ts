import { nodePath } from '../graph.ts';
import { quoteValue } from '../schema/describe-value.ts';
import { createSuggester } from '../suggest.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const unknownDependency: WorkflowRule = {
  code: 'WF302',
  name: 'unknown-dependency',
  severity: 'error',
  summary: 'a `depends_on` entry names no node of the workflow',
  description:
    'Each entry of `depends_on` must be the `name` of another node in the same workflow. A misspelt ' +
    'name gets a suggestion of the closest existing one.',
  example: `workflow:
  id: typo
  type: langgraph
  nodes:
    - name: extract
      type: data_fetcher
      config: { source: api }
    - name: save
      type: data_saver
      depends_on: [extrct]
      config: { destination: s3 }
`,
  check({ workflow }) {
    const names = [...new Set(workflow.nodes.map((node) => node.name))];
    const known = new Set(names);
    const suggest = createSuggester(names);

    return workflow.nodes.flatMap((node, index) =>
      (node.dependsOn ?? []).flatMap((dependency, position) => {
        if (known.has(dependency)) return [];

        const hint = suggest(dependency);
        return [
          {
            message: `unknown dependency ${quoteValue(dependency)} in node ${quoteValue(node.name)}, no node has that name`,
            ...(hint ? { hint } : {}),
            target: { path: nodePath(index, 'depends_on', position), at: 'value' as const },
          },
        ];
      }),
    );
  },
};
