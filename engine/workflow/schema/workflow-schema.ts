import { z } from 'zod';

/** Workflow ids: lowercase letters, digits, `_` and `-`, starting with a letter. */
export const workflowIdPattern = /^[a-z][a-z0-9_-]*$/;

/** Node names become Python identifiers in the exported code, so: lowercase letters, digits and `_`. */
export const nodeNamePattern = /^[a-z][a-z0-9_]*$/;

export const workflowTypes = ['langgraph', 'airflow'] as const;

export const nodeSchema = z.strictObject({
  name: z.string().regex(nodeNamePattern),
  type: z.string(),
  depends_on: z.array(z.string()).optional(),
  // Each node type checks its own config in a second pass, so here it only has to be a mapping.
  config: z.record(z.string(), z.unknown()).optional(),
});

export const workflowBodySchema = z.strictObject({
  id: z.string().regex(workflowIdPattern),
  type: z.enum(workflowTypes),
  schedule: z.string().optional(),
  nodes: z.array(nodeSchema).min(1),
});

/** Top-level keys starting with `x-` are ignored, so a file can keep YAML anchors there. */
export const extensionKeyPattern = /^x-/;

export const documentSchema = z.looseObject({ workflow: workflowBodySchema });

export const documentFields = ['workflow'] as const;

/**
 * The shape a document needs so that its graph can be drawn and checked: a list of nodes with string names
 * and types. Values that break a pattern, unknown fields and a wrong id or type still leave a graph.
 */
export const workflowShapeSchema = z.looseObject({
  workflow: z.looseObject({
    id: z.unknown().optional(),
    type: z.unknown().optional(),
    schedule: z.unknown().optional(),
    nodes: z.array(
      z.looseObject({
        name: z.string(),
        type: z.string(),
        // A wrongly typed `depends_on` is reported by `nodeSchema` and dropped from the graph, so it does
        // not stop the graph rules for every other node.
        depends_on: z.unknown().optional(),
        config: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  }),
});
