import type { ParameterDeclaration } from '../../engine/templates/index.ts';
import { libraryComponents, libraryTemplates } from '../../engine/templates/index.ts';

export type JsonSchema = Record<string, unknown>;

const parameterNameSchema = '^[a-z][a-z0-9_]*$';

/** Builds the JSON Schema of one parameter's value, with the same type, values, pattern and range the engine checks. */
export function parameterValueSchema(parameter: ParameterDeclaration): JsonSchema {
  const described: JsonSchema = {
    markdownDescription: parameter.required ? `${parameter.description} (required)` : parameter.description,
    ...('default' in parameter ? { default: parameter.default } : {}),
  };

  switch (parameter.type) {
    case 'string':
      // The engine matches the whole value, so the pattern is anchored here as well.
      return {
        ...described,
        type: 'string',
        ...(parameter.pattern ? { pattern: `^(?:${parameter.pattern})$` } : {}),
      };
    case 'number':
      return {
        ...described,
        type: 'number',
        ...(parameter.minimum !== undefined ? { minimum: parameter.minimum } : {}),
        ...(parameter.maximum !== undefined ? { maximum: parameter.maximum } : {}),
      };
    case 'boolean':
      return { ...described, type: 'boolean' };
    case 'enum':
      return { ...described, enum: parameter.values ?? [] };
    case 'list':
      return {
        ...described,
        type: 'array',
        items: parameter.items ? { type: parameter.items } : { type: ['string', 'number', 'boolean'] },
      };
  }
}

/** Builds the JSON Schema of a `parameters:` (or `with:`) mapping that gives values to `parameters`. */
export function parameterValuesSchema(parameters: readonly ParameterDeclaration[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      parameters.map((parameter) => [parameter.name, parameterValueSchema(parameter)]),
    ),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    additionalProperties: false,
  };
}

/** A parameter declaration, as written under `parameters:` of a template or component. */
const parameterDeclarationSchema: JsonSchema = {
  type: 'object',
  properties: {
    type: {
      enum: ['string', 'number', 'boolean', 'enum', 'list'],
      markdownDescription: 'The type of the value: `string`, `number`, `boolean`, `enum` or `list`.',
    },
    description: { type: 'string', markdownDescription: 'What the parameter controls, shown in the docs.' },
    required: {
      type: 'boolean',
      markdownDescription: 'Whether every use must give a value; excludes `default`.',
    },
    default: { markdownDescription: 'The value used when none is given.' },
    values: { type: 'array', markdownDescription: 'The allowed values of an `enum`.' },
    pattern: { type: 'string', markdownDescription: 'A regular expression the whole `string` must match.' },
    minimum: { type: 'number', markdownDescription: 'The smallest allowed `number`.' },
    maximum: { type: 'number', markdownDescription: 'The largest allowed `number`.' },
    items: {
      enum: ['string', 'number', 'boolean'],
      markdownDescription: 'The type of each item of a `list`.',
    },
  },
  required: ['type', 'description'],
  additionalProperties: false,
};

const parameterDeclarationsSchema: JsonSchema = {
  type: 'object',
  propertyNames: { pattern: parameterNameSchema },
  additionalProperties: parameterDeclarationSchema,
  markdownDescription: 'Typed parameters, used in the body as `${{ params.NAME }}`.',
};

/** Builds the fields of `workflow:` in a file that uses a library template. */
export function templateInstanceProperties(): Record<string, JsonSchema> {
  const templates = libraryTemplates();
  return {
    template: {
      type: 'string',
      enum: templates.map((template) => template.name),
      markdownEnumDescriptions: templates.map((template) => `**${template.title}**: ${template.summary}.`),
      markdownDescription: 'A library template to build the workflow from; its nodes come from the template.',
    },
    parameters: {
      type: 'object',
      markdownDescription: 'Values for the parameters the template declares.',
    },
  };
}

/** Builds one `if`/`then` pair per template, so `parameters` is checked against that template's declarations. */
export function templateParameterRules(): JsonSchema[] {
  return libraryTemplates().map((template) => ({
    if: { properties: { template: { const: template.name } }, required: ['template'] },
    then: { properties: { parameters: parameterValuesSchema(template.parameters) } },
  }));
}

/** Builds the schema of a node list item that is replaced by the nodes of a component. */
export function includeItemSchema(): JsonSchema {
  const components = libraryComponents();
  return {
    type: 'object',
    properties: {
      include: {
        type: 'string',
        markdownDescription:
          'A component whose nodes replace this item: a library component or one under the top-level `components:`.',
        // Not an enum: components defined in the same file are valid names too.
        examples: components.map((component) => component.name),
      },
      as: {
        type: 'string',
        pattern: parameterNameSchema,
        markdownDescription:
          'Prefix of the included node names, `PREFIX__NODE`; the component name by default.',
      },
      depends_on: {
        type: 'array',
        items: { type: 'string' },
        markdownDescription: 'Names of the nodes that the first nodes of the component depend on.',
      },
      with: { type: 'object', markdownDescription: 'Values for the parameters the component declares.' },
    },
    required: ['include'],
    additionalProperties: false,
    allOf: components.map((component) => ({
      if: { properties: { include: { const: component.name } }, required: ['include'] },
      then: { properties: { with: parameterValuesSchema(component.parameters) } },
    })),
  };
}

/** Builds the schema of the top-level `components:` mapping: reusable node lists with their own parameters. */
export function componentsSchema(nodeItem: JsonSchema): JsonSchema {
  return {
    type: 'object',
    markdownDescription: 'Components defined in this file, usable with `include:` in its node lists.',
    propertyNames: { pattern: parameterNameSchema },
    additionalProperties: {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        description: { type: 'string' },
        parameters: parameterDeclarationsSchema,
        nodes: { type: 'array', minItems: 1, items: nodeItem },
      },
      required: ['nodes'],
      additionalProperties: false,
    },
  };
}

/** Builds the schema of the top-level `template:` mapping of a template file. */
export function templateMetadataSchema(): JsonSchema {
  return {
    type: 'object',
    markdownDescription: 'Makes this file a template: a workflow with typed parameters.',
    properties: {
      name: { type: 'string', pattern: parameterNameSchema },
      title: { type: 'string' },
      summary: { type: 'string' },
      description: { type: 'string' },
      parameters: parameterDeclarationsSchema,
      example: {
        type: 'object',
        markdownDescription: 'Parameter values that instantiate the template cleanly.',
      },
    },
    required: ['name', 'title', 'summary', 'description'],
    additionalProperties: false,
  };
}
