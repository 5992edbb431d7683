import { z } from 'zod';
import type { NodeTypeDefinition } from '../../engine/workflow/index.ts';
import type { CustomConfigField, CustomNodeType } from '../typescript/custom-node-type.ts';

function fieldSchema(field: CustomConfigField): z.ZodType {
  switch (field.type) {
    case 'string':
      return z.string();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'enum':
      return field.values && field.values.length > 0 ? z.enum(field.values) : z.string();
    case 'list':
      return z.array(z.unknown());
    case 'unknown':
      return z.unknown();
  }
}

/**
 * Turns the node type of the TypeScript tab into a definition the engine validates with. The tab reads
 * field names, value types, enums and required fields from the type the zod schema outputs.
 * NOTE: a check the schema adds on top (a pattern, a range) is not in that type, so the engine skips it.
 */
export function customNodeDefinition(nodeType: CustomNodeType): NodeTypeDefinition {
  const shape = Object.fromEntries(
    nodeType.fields.map((field) => [
      field.name,
      field.required ? fieldSchema(field) : fieldSchema(field).optional(),
    ]),
  );
  return {
    name: nodeType.name,
    summary: nodeType.summary,
    description: nodeType.summary,
    configSchema: z.strictObject(shape),
    // The engine's validation never reads the example; the docs and tests of registered types do.
    exampleConfig: {},
  };
}
