import { z } from 'zod';
import type { Finding, PathSegment } from '../workflow/finding.ts';
import { findingsFromIssue } from '../workflow/schema/schema-issues.ts';
import type { SourceFile } from '../workflow/source-file.ts';
import type { ParameterDeclaration } from './parameter.ts';
import { readParameters } from './parameter.ts';
import { parameterNamePattern } from './placeholders.ts';

/** A workflow with typed parameters, read from a file whose top level has `template:` and `workflow:`. */
export interface TemplateDefinition {
  name: string;
  title: string;
  summary: string;
  description: string;
  parameters: ParameterDeclaration[];
  /** Parameter values that instantiate it cleanly, for docs, tests and `wf new`. */
  example: Record<string, unknown>;
  /** The `workflow:` mapping, placeholders and all, without an `id`: each instance gives its own. */
  body: Record<string, unknown>;
  /** Components the template defines for itself under a top-level `components:`. */
  components: ComponentDefinition[];
  source: SourceFile;
}

/** A list of nodes defined once and included in workflows with `include:`, with typed parameters. */
export interface ComponentDefinition {
  name: string;
  summary: string;
  description: string;
  parameters: ParameterDeclaration[];
  nodes: unknown[];
  source: SourceFile;
  /** The path of the component's mapping in `source`. */
  path: PathSegment[];
}

const templateSchema = z.strictObject({
  name: z.string().regex(parameterNamePattern),
  title: z.string().min(1),
  summary: z.string().min(1),
  description: z.string().min(1),
  parameters: z.unknown().optional(),
  example: z.record(z.string(), z.unknown()).optional(),
});

const componentSchema = z.strictObject({
  name: z.string().regex(parameterNamePattern).optional(),
  summary: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  parameters: z.unknown().optional(),
  nodes: z.array(z.unknown()).min(1),
});

const shapeCodes = { missing: 'WF201', unknownKey: 'WF202', invalidType: 'WF203', invalidValue: 'WF204' };

function schemaFindings(
  schema: z.ZodObject,
  value: unknown,
  path: PathSegment[],
  source: SourceFile,
): Finding[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];

  const context = {
    basePath: path,
    codes: shapeCodes,
    data: {},
    knownKeys: () => Object.keys(schema.shape),
    describeFormat: () => ({
      what: 'name',
      expected: 'lowercase letters, digits and `_`, starting with a letter',
    }),
  };
  return parsed.error.issues
    .flatMap((issue) => findingsFromIssue(issue, context))
    .map((finding) => ({ ...finding, target: { ...finding.target, source } }));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads the components under a top-level `components:` mapping, keyed by name. */
export function readComponents(
  data: unknown,
  source: SourceFile,
  path: PathSegment[] = ['components'],
): { components: ComponentDefinition[]; findings: Finding[] } {
  if (data === undefined) return { components: [], findings: [] };
  if (!isMapping(data)) {
    const message = '`components` must be a mapping from component names to their nodes';
    return { components: [], findings: [{ code: 'WF203', message, target: { path, at: 'value', source } }] };
  }

  const components: ComponentDefinition[] = [];
  const findings: Finding[] = [];
  for (const [name, value] of Object.entries(data)) {
    const read = readComponent(value, source, [...path, name], name);
    findings.push(...read.findings);
    if (read.component) components.push(read.component);
  }
  return { components, findings };
}

/** Reads one component mapping; `name` is its key under `components:`, or its own `name` field in the library. */
export function readComponent(
  value: unknown,
  source: SourceFile,
  path: PathSegment[],
  name?: string,
): { component?: ComponentDefinition; findings: Finding[] } {
  const findings = schemaFindings(componentSchema, value, path, source);
  if (findings.length > 0 || !isMapping(value)) return { findings };

  const componentName = name ?? (typeof value.name === 'string' ? value.name : '');
  if (!parameterNamePattern.test(componentName)) {
    const message = `invalid component name \`${componentName}\`, expected lowercase letters, digits and \`_\`, starting with a letter`;
    return { findings: [{ code: 'WF204', message, target: { path, at: 'key', source } }] };
  }

  const parameters = readParameters(value.parameters, source, [...path, 'parameters']);
  return {
    component: {
      name: componentName,
      summary: typeof value.summary === 'string' ? value.summary : '',
      description: typeof value.description === 'string' ? value.description : '',
      parameters: parameters.parameters,
      nodes: value.nodes as unknown[],
      source,
      path,
    },
    findings: parameters.findings,
  };
}

/** Reads a template file's `template:` and `workflow:` mappings and its own `components:`. */
export function readTemplate(
  data: Record<string, unknown>,
  source: SourceFile,
): { template?: TemplateDefinition; findings: Finding[] } {
  const meta = data.template;
  const findings = schemaFindings(templateSchema, meta, ['template'], source);
  if (!isMapping(data.workflow)) {
    findings.push({
      code: 'WF201',
      message:
        'missing required field `workflow` at the top level of a template, expected the templated workflow',
      target: { path: ['template'], at: 'key', source },
    });
  }
  if (findings.length > 0 || !isMapping(meta) || !isMapping(data.workflow)) return { findings };

  const parameters = readParameters(meta.parameters, source, ['template', 'parameters']);
  const components = readComponents(data.components, source);
  return {
    template: {
      name: meta.name as string,
      title: meta.title as string,
      summary: meta.summary as string,
      description: meta.description as string,
      parameters: parameters.parameters,
      example: (meta.example as Record<string, unknown> | undefined) ?? {},
      body: data.workflow,
      components: components.components,
      source,
    },
    findings: [...parameters.findings, ...components.findings],
  };
}
