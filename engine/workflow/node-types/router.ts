import { z } from 'zod';
import { nodeNamePattern } from '../schema/workflow-schema.ts';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const routeSchema = z.strictObject({
  when: z.string().min(1),
  to: z.string().regex(nodeNamePattern),
});

export const router: NodeTypeDefinition = {
  name: 'router',
  summary: 'sends the run down one of several branches, chosen by conditions on the previous output',
  description:
    'Evaluates the `when` condition of each entry of `routes` in order and continues with the node named ' +
    'by the `to` of the first one that holds, or with `default` when none does. The nodes a router can ' +
    'continue with need no `depends_on` entry for it: its routes are edges of the graph. LangGraph runs ' +
    'them as conditional edges and Airflow as a branch task.',
  configSchema: z.strictObject({
    routes: z.array(routeSchema).min(1),
    default: z.string().regex(nodeNamePattern),
  }),
  exampleConfig: {
    routes: [{ when: "output['score'] >= 0.8", to: 'escalate' }],
    default: 'close_alert',
  },
};
