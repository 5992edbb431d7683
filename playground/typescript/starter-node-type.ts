/** The TypeScript tab's first text: a custom node type written against the engine's own types. */
export const starterNodeType = `import type { NodeTypeDefinition } from '@portal/engine';
import { z } from 'zod';

// The config a node of this type accepts; \`exampleConfig\` below is checked against it.
const configSchema = z.strictObject({
  pair: z.string().regex(/^[A-Z]{6}$/),
  provider: z.enum(['ecb', 'bloomberg', 'refinitiv']),
  max_age_minutes: z.number().int().positive().optional(),
});

export const fxRateFetcher: NodeTypeDefinition = {
  name: 'fx_rate_fetcher',
  summary: 'reads the latest rate of a currency pair from a market-data provider',
  description: 'Fetches one FX rate and fails when it is older than \`max_age_minutes\`.',
  configSchema,
  exampleConfig: { pair: 'EURUSD', provider: 'ecb' } satisfies z.infer<typeof configSchema>,
};
`;
