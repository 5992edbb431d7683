import { toJSONSchema, type z } from 'zod';

export interface ConfigField {
  name: string;
  required: boolean;
  /** The values the field accepts, in words, for the docs table. */
  accepts: string;
}

/** A JSON Schema property as zod 4 emits it for the scalar fields node types use. */
interface PropertySchema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
}

/** Lists the fields of a node type's `config` schema, read from its JSON Schema form. */
export function configFields(schema: z.ZodObject): ConfigField[] {
  const json = toJSONSchema(schema, { unrepresentable: 'any' }) as {
    properties?: Record<string, PropertySchema>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);

  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    required: required.has(name),
    accepts: describeProperty(property),
  }));
}

function describeProperty(property: PropertySchema): string {
  if (property.enum) {
    return `one of ${property.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  if (property.type === 'string') {
    return property.minLength !== undefined && property.minLength > 0 ? 'a non-empty string' : 'a string';
  }
  if (property.type === 'integer' || property.type === 'number') {
    const noun = property.type === 'integer' ? 'an integer' : 'a number';
    const bounds = [
      property.minimum !== undefined ? `at least ${property.minimum}` : undefined,
      property.exclusiveMinimum !== undefined ? `greater than ${property.exclusiveMinimum}` : undefined,
      property.maximum !== undefined ? `at most ${property.maximum}` : undefined,
      property.exclusiveMaximum !== undefined ? `less than ${property.exclusiveMaximum}` : undefined,
    ].filter((bound) => bound !== undefined);
    return bounds.length > 0 ? `${noun}, ${bounds.join(' and ')}` : noun;
  }
  return property.type ?? 'any value';
}
