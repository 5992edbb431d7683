import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const transform: NodeTypeDefinition = {
  name: 'transform',
  summary: 'reshapes records without calling an outside system: map, filter, aggregate, join or deduplicate',
  description:
    'Applies one deterministic operation to the output of the nodes it depends on. `operation` selects it; ' +
    '`expression` is the filter condition or mapping for `filter` and `map`, `group_by` the keys of an ' +
    '`aggregate`, and `keys` the fields that match records in a `join` or make them equal in `deduplicate`.',
  configSchema: z.strictObject({
    operation: z.enum(['map', 'filter', 'aggregate', 'join', 'deduplicate', 'normalize']),
    expression: z.string().min(1).optional(),
    fields: z.array(z.string().min(1)).optional(),
    group_by: z.array(z.string().min(1)).optional(),
    keys: z.array(z.string().min(1)).optional(),
  }),
  exampleConfig: { operation: 'aggregate', group_by: ['account', 'symbol'] },
};
