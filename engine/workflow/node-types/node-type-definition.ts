import type { z } from 'zod';

/** A registered node type: the schema of its `config` and the text the docs show for it. */
export interface NodeTypeDefinition {
  name: string;
  summary: string;
  description: string;
  configSchema: z.ZodObject;
  /** A valid `config` for this type, shown in the docs and checked by the tests. */
  exampleConfig: Record<string, unknown>;
}
