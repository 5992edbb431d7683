import { z } from 'zod';
import { type NodeTypeDefinition, nodeTypes } from '../../engine/workflow/index.ts';
// NOTE: the engine's index does not export the zod schema of the file yet, so this one import reaches into
// `schema/`. Exporting `workflowBodySchema` from `engine/workflow/index.ts` would remove it.
import { workflowBodySchema } from '../../engine/workflow/schema/workflow-schema.ts';
import {
  componentsSchema,
  includeItemSchema,
  type JsonSchema,
  templateInstanceProperties,
  templateMetadataSchema,
  templateParameterRules,
} from './template-json-schema.ts';

/** A node type that is not in the engine's registry, such as one defined in the TypeScript tab. */
export interface ExtraNodeType {
  name: string;
  description: string;
  /** The JSON Schema of its `config`. */
  config: JsonSchema;
}

/** Hover text for the fields the zod schema leaves undescribed, keyed by property name. */
const fieldDescriptions: Record<string, string> = {
  id: 'Workflow id: lowercase letters a-z, digits, `_` and `-`, starting with a letter.',
  type: 'Engine that runs the workflow: `langgraph` or `airflow`.',
  schedule:
    'Optional cron expression (5 fields) or `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@once`.',
  nodes: 'The steps of the workflow. Without any `depends_on`, they run in the order listed.',
};

const nodeFieldDescriptions: Record<string, string> = {
  name: 'Unique node name: lowercase letters a-z, digits and `_`, starting with a letter.',
  type: 'A registered node type.',
  depends_on: 'Names of the nodes that must succeed before this one starts.',
  config: 'Settings checked against the schema of the node type.',
};

function toDraft07(schema: z.ZodType): JsonSchema {
  const { $schema: _dropped, ...rest } = z.toJSONSchema(schema, { target: 'draft-07' }) as JsonSchema;
  return rest;
}

function describeProperties(schema: JsonSchema, descriptions: Record<string, string>): void {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return;

  for (const [key, description] of Object.entries(descriptions)) {
    const property = properties[key];
    if (property) property.markdownDescription = description;
  }
}

/** One `if`/`then` pair per node type: the `config` of a node is checked against its type's schema. */
function configRule(nodeType: NodeTypeDefinition): JsonSchema {
  const config = toDraft07(nodeType.configSchema);
  config.markdownDescription = `Settings of \`${nodeType.name}\`: ${nodeType.summary}.`;
  config.defaultSnippets = [{ label: 'example config', body: nodeType.exampleConfig }];

  return typeRule(nodeType.name, config);
}

function typeRule(name: string, config: JsonSchema): JsonSchema {
  return {
    if: { properties: { type: { const: name } }, required: ['type'] },
    then: { properties: { config } },
  };
}

/**
 * Lets `workflow:` either list its nodes or name a library template with `parameters`, whose fields are
 * then checked against that template's declarations.
 */
function allowTemplateInstances(body: JsonSchema): void {
  Object.assign(body.properties as Record<string, JsonSchema>, templateInstanceProperties());
  delete body.required;
  body.allOf = [
    {
      if: { required: ['template'] },
      then: { required: ['id', 'template'] },
      else: { required: ['id', 'type', 'nodes'] },
    },
    ...templateParameterRules(),
  ];
}

/**
 * Builds the JSON Schema (draft-07) of a workflow file from the engine's zod schemas, for monaco-yaml's
 * completion and hover. Node types become an enum with one description each, and each type's `config`
 * schema applies through `if`/`then` on the node's `type`. A node list item may also be an `include:` of a
 * component, and `workflow:` may name a library template instead of listing nodes. `extraNodeTypes` adds
 * types that the engine's registry lacks, such as the one written in the TypeScript tab.
 */
export function workflowJsonSchema(extraNodeTypes: readonly ExtraNodeType[] = []): JsonSchema {
  const body = toDraft07(workflowBodySchema);
  describeProperties(body, fieldDescriptions);
  allowTemplateInstances(body);

  const nodes = (body.properties as Record<string, JsonSchema>).nodes as JsonSchema;
  const node = nodes.items as JsonSchema;
  describeProperties(node, nodeFieldDescriptions);

  const nodeProperties = node.properties as Record<string, JsonSchema>;
  nodeProperties.type = {
    type: 'string',
    enum: [...nodeTypes.map((nodeType) => nodeType.name), ...extraNodeTypes.map((nodeType) => nodeType.name)],
    markdownEnumDescriptions: [
      ...nodeTypes.map((nodeType) => nodeType.description),
      ...extraNodeTypes.map((nodeType) => nodeType.description),
    ],
    markdownDescription: nodeFieldDescriptions.type,
  };
  node.allOf = [
    ...nodeTypes.map(configRule),
    ...extraNodeTypes.map((nodeType) => typeRule(nodeType.name, nodeType.config)),
  ];
  const nodeItem: JsonSchema = { anyOf: [node, includeItemSchema()] };
  nodes.items = nodeItem;

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Workflow file, version 1',
    type: 'object',
    properties: {
      workflow: {
        ...body,
        markdownDescription:
          'The workflow: its id, engine, schedule and nodes, or a library template to build it from.',
      },
      template: templateMetadataSchema(),
      components: componentsSchema(nodeItem),
    },
    required: ['workflow'],
    patternProperties: { '^x-': { markdownDescription: 'Ignored by the engine; a place for YAML anchors.' } },
  };
}
