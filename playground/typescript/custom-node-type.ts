import type { ExtraNodeType } from '../editor/workflow-json-schema.ts';

/** The kind of value a config field takes, read from the type the field's zod schema outputs. */
export type CustomFieldType = 'string' | 'number' | 'boolean' | 'enum' | 'list' | 'unknown';

export interface CustomConfigField {
  name: string;
  type: CustomFieldType;
  required: boolean;
  /** The allowed values of an `enum` field. */
  values?: string[];
}

/** A node type written in the TypeScript tab, as far as the YAML tab needs it. */
export interface CustomNodeType {
  name: string;
  summary: string;
  fields: CustomConfigField[];
}

function fieldSchema(field: CustomConfigField): Record<string, unknown> {
  switch (field.type) {
    case 'enum':
      return { enum: field.values ?? [] };
    case 'list':
      return { type: 'array' };
    case 'unknown':
      return {};
    default:
      return { type: field.type };
  }
}

/** Builds the JSON Schema entry that gives the YAML tab completion and hover for a custom node type. */
export function customNodeTypeSchema(nodeType: CustomNodeType): ExtraNodeType {
  return {
    name: nodeType.name,
    description: `${nodeType.summary} (defined in the TypeScript tab)`,
    config: {
      type: 'object',
      markdownDescription: `Settings of \`${nodeType.name}\`, the node type of the TypeScript tab.`,
      properties: Object.fromEntries(nodeType.fields.map((field) => [field.name, fieldSchema(field)])),
      required: nodeType.fields.filter((field) => field.required).map((field) => field.name),
      additionalProperties: false,
    },
  };
}
