import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * Builds a validator for one OpenAPI 3.1 schema with zod's `fromJSONSchema`. Before converting, it inlines
 * every `#/components/schemas/...` reference, merges `allOf` members into one object and closes every object
 * that does not say otherwise (`additionalProperties: false`), so an example with a misspelt or undeclared
 * field fails instead of passing as an extra property. The contract has no recursive schemas; a reference
 * cycle raises.
 */
export function strictValidator(schema: unknown, componentSchemas: Record<string, unknown>): z.ZodType {
  return z.fromJSONSchema(tighten(schema, componentSchemas, []) as JsonSchema);
}

function tighten(schema: unknown, components: Record<string, unknown>, trail: string[]): unknown {
  if (Array.isArray(schema)) return schema.map((item) => tighten(item, components, trail));
  if (!isObject(schema)) return schema;

  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (trail.includes(name)) throw new Error(`reference cycle through \`${name}\``);
    const { $ref: _reference, ...siblings } = schema;
    return tighten({ ...(components[name] as JsonSchema), ...siblings }, components, [...trail, name]);
  }

  let result: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    // Example values are data, not schemas: leave them untouched.
    if (key === 'examples' || key === 'example' || key === 'default') {
      result[key] = value;
    } else if (key === 'properties' && isObject(value)) {
      // Keys of `properties` are field names, so a field called `default` is still a schema.
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, tighten(property, components, trail)]),
      );
    } else {
      result[key] = tighten(value, components, trail);
    }
  }

  if (Array.isArray(result.allOf)) result = mergeAllOf(result);
  if (isObject(result.properties) && result.additionalProperties === undefined) {
    result.additionalProperties = false;
  }
  return result;
}

function mergeAllOf(schema: JsonSchema): JsonSchema {
  const { allOf, ...rest } = schema;
  const merged: JsonSchema = { ...rest, type: 'object', properties: {}, required: [] };
  for (const member of [rest, ...(allOf as JsonSchema[])]) {
    Object.assign(merged.properties as JsonSchema, member.properties ?? {});
    (merged.required as string[]).push(...((member.required as string[] | undefined) ?? []));
  }
  return merged;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
