import { nodePath } from '../graph.ts';
import { nodeRoutes } from '../routes.ts';
import { quoteValue } from '../schema/describe-value.ts';
import { createSuggester } from '../suggest.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const unknownRouteTarget: WorkflowRule = {
  code: 'WF306',
  name: 'unknown-route-target',
  severity: 'error',
  summary: "a router's route or `default` names no node of the workflow",
  description:
    'The `to` of each route of a `router` node, and its `default`, must be the `name` of another node in ' +
    'the same workflow, because the run continues there. A misspelt name gets a suggestion of the closest ' +
    'existing one. A route back to the router itself is reported too, because it would never end.',
  example: `workflow:
  id: triage
  type: langgraph
  nodes:
    - name: score
      type: llm_processor
      config: { model: ollama }
    - name: route
      type: router
      depends_on: [score]
      config:
        routes: [{ when: "output['score'] > 0.8", to: escalte }]
        default: close
    - name: escalate
      type: notifier
      config: { channel: pagerduty, target: surveillance }
    - name: close
      type: data_saver
      config: { destination: database }
`,
  check({ workflow }) {
    const names = [...new Set(workflow.nodes.map((node) => node.name))];
    const known = new Set(names);
    const suggest = createSuggester(names);

    return workflow.nodes.flatMap((node, index) =>
      nodeRoutes(node).flatMap((route) => {
        const target = { path: nodePath(index, 'config', ...route.path), at: 'value' as const };
        if (route.to === node.name) {
          return [
            {
              message: `router ${quoteValue(node.name)} routes to itself`,
              hint: 'route to another node; a router that loops would never finish',
              target,
            },
          ];
        }
        if (known.has(route.to)) return [];

        const hint = suggest(route.to);
        return [
          {
            message: `unknown route target ${quoteValue(route.to)} in router ${quoteValue(node.name)}, no node has that name`,
            ...(hint ? { hint } : {}),
            target,
          },
        ];
      }),
    );
  },
};
