import type { Finding, PathSegment } from '../finding.ts';
import { limits } from '../limits.ts';
import type { Workflow } from '../model.ts';
import type { NodeTypeDefinition } from '../node-types/node-type-definition.ts';
import { nodeTypes } from '../node-types/registry.ts';
import { didYouMean } from '../suggest.ts';
import { checkNodeConfigs } from './check-node-configs.ts';
import { quoteValue } from './describe-value.ts';
import type { IssueContext } from './schema-issues.ts';
import { documentCodes, findingsFromIssues } from './schema-issues.ts';
import {
  documentFields,
  documentSchema,
  extensionKeyPattern,
  nodeNamePattern,
  nodeSchema,
  workflowBodySchema,
  workflowShapeSchema,
  workflowTypes,
} from './workflow-schema.ts';

export type SourceTextLookup = NonNullable<IssueContext['sourceText']>;

interface DocumentCheck {
  findings: Finding[];
  /** The nodes and their dependencies, for the graph rules, whenever the nodes have the right shape. */
  graph?: Workflow;
  /** The same workflow when its id, type and schedule also fit the model, for callers. */
  workflow?: Workflow;
}

function knownKeys(path: PathSegment[]): readonly string[] {
  if (path.length === 0) return documentFields;
  if (path.length === 1) return Object.keys(workflowBodySchema.shape);
  return Object.keys(nodeSchema.shape);
}

/** Suggests a valid node name for a name that breaks the pattern, when a simple fix exists. */
function suggestNodeName(found: string): string | undefined {
  const fixed = found
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');

  return nodeNamePattern.test(fixed) && fixed !== found ? `use \`${fixed}\` instead` : undefined;
}

function describeFormat(path: PathSegment[]): ReturnType<IssueContext['describeFormat']> {
  if (path.at(-1) === 'id') {
    return {
      what: 'workflow id',
      expected: 'lowercase letters, digits, `_` and `-`, starting with a letter',
    };
  }
  return {
    what: 'node name',
    expected: 'lowercase letters, digits and `_`, starting with a letter, because it becomes a Python name',
    hint: suggestNodeName,
  };
}

function typeHint(path: PathSegment[]): string | undefined {
  if (path.join('.') !== 'workflow.schedule') return undefined;
  return 'write the schedule as a quoted string: five cron fields such as `"0 18 * * 1-5"`, or a preset such as `"@daily"`';
}

function unknownTopLevelKeys(data: Record<string, unknown>, sourceText?: SourceTextLookup): Finding[] {
  return Object.keys(data)
    .filter((key) => key !== 'workflow' && !extensionKeyPattern.test(key))
    .map((key) => {
      const hint = didYouMean(key, documentFields);
      const written = sourceText?.([key], 'key')?.trim() || key;
      return {
        code: 'WF202',
        message: `unknown field ${written === '' ? '`""`' : quoteValue(written)} at the top level, expected \`workflow\` (keys starting with \`x-\` are ignored)`,
        ...(hint ? { hint } : {}),
        target: { path: [key], at: 'key' as const },
      };
    });
}

function tooManyNodes(data: Record<string, unknown>): Finding | undefined {
  const nodes = (data.workflow as { nodes?: unknown } | undefined)?.nodes;
  if (!Array.isArray(nodes) || nodes.length <= limits.maxNodes) return undefined;

  return {
    code: 'WF601',
    message: `the workflow has ${nodes.length} nodes, the maximum is ${limits.maxNodes}`,
    hint: 'split it into several workflows',
    target: { path: ['workflow', 'nodes'], at: 'key' },
  };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Reads the graph of the document for the rules, when its nodes have the shape of workflow nodes. Values
 * come from the data itself, not from zod's output: zod copies mappings by assignment, and assigning a key
 * named `__proto__` replaces the copy's prototype instead of adding the key. A `depends_on` that is not a
 * list of names is already reported by the schema and is left out, so the other nodes are still checked.
 */
function readGraph(data: Record<string, unknown>): Workflow | undefined {
  if (!workflowShapeSchema.safeParse(data).success) return undefined;

  const body = data.workflow as Record<string, unknown>;
  const nodes = body.nodes as Record<string, unknown>[];
  return {
    id: typeof body.id === 'string' ? body.id : '',
    type: isWorkflowType(body.type) ? body.type : 'langgraph',
    ...(typeof body.schedule === 'string' ? { schedule: body.schedule } : {}),
    nodes: nodes.map((node) => ({
      name: node.name as string,
      type: node.type as string,
      ...(isStringList(node.depends_on) ? { dependsOn: node.depends_on } : {}),
      config: (node.config ?? {}) as Record<string, unknown>,
    })),
  };
}

function isWorkflowType(value: unknown): value is Workflow['type'] {
  return (workflowTypes as readonly unknown[]).includes(value);
}

/**
 * True when the id, type, schedule and dependencies have types that the `Workflow` model can hold as they
 * are, so that the graph given to callers is the one the file describes.
 */
function fitsModel(data: Record<string, unknown>): boolean {
  const body = data.workflow as Record<string, unknown>;
  const nodes = body.nodes as Record<string, unknown>[];
  return (
    typeof body.id === 'string' &&
    isWorkflowType(body.type) &&
    ['string', 'undefined'].includes(typeof body.schedule) &&
    nodes.every((node) => node.depends_on === undefined || isStringList(node.depends_on))
  );
}

/**
 * Checks the document against the workflow schema and then each node's config against its type among
 * `types`. `sourceText` returns the text a path was written as, for messages that quote it.
 */
export function checkDocument(
  data: Record<string, unknown>,
  sourceText?: SourceTextLookup,
  types: readonly NodeTypeDefinition[] = nodeTypes,
): DocumentCheck {
  const tooMany = tooManyNodes(data);
  if (tooMany) return { findings: [tooMany] };

  const context: IssueContext = {
    basePath: [],
    codes: documentCodes,
    data,
    knownKeys,
    describeFormat,
    typeHint,
    ...(sourceText ? { sourceText } : {}),
  };
  const parsed = documentSchema.safeParse(data, { reportInput: true });
  const findings = [
    ...unknownTopLevelKeys(data, sourceText),
    ...(parsed.error ? findingsFromIssues(parsed.error.issues, context) : []),
  ];

  const graph = readGraph(data);
  if (!graph) return { findings };

  findings.push(...checkNodeConfigs(graph, sourceText, types));
  return { findings, graph, ...(fitsModel(data) ? { workflow: graph } : {}) };
}
