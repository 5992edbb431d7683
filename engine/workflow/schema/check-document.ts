import type { Finding, PathSegment } from '../finding.ts';
import { limits } from '../limits.ts';
import type { Workflow } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import { checkNodeConfigs } from './check-node-configs.ts';
import type { IssueContext } from './schema-issues.ts';
import { documentCodes, findingsFromIssue } from './schema-issues.ts';
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

function unknownTopLevelKeys(data: Record<string, unknown>): Finding[] {
  return Object.keys(data)
    .filter((key) => key !== 'workflow' && !extensionKeyPattern.test(key))
    .map((key) => {
      const hint = didYouMean(key, documentFields);
      return {
        code: 'WF202',
        message: `unknown field \`${key}\` at the top level, expected \`workflow\` (keys starting with \`x-\` are ignored)`,
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

/** Reads the graph of the document for the rules, when its nodes have the shape of workflow nodes. */
function readGraph(data: Record<string, unknown>): Workflow | undefined {
  const shape = workflowShapeSchema.safeParse(data);
  if (!shape.success) return undefined;

  const body = shape.data.workflow;
  return {
    id: typeof body.id === 'string' ? body.id : '',
    type: isWorkflowType(body.type) ? body.type : 'langgraph',
    ...(typeof body.schedule === 'string' ? { schedule: body.schedule } : {}),
    nodes: body.nodes.map((node) => ({
      name: node.name,
      type: node.type,
      ...(node.depends_on !== undefined ? { dependsOn: node.depends_on } : {}),
      config: node.config ?? {},
    })),
  };
}

function isWorkflowType(value: unknown): value is Workflow['type'] {
  return (workflowTypes as readonly unknown[]).includes(value);
}

/** True when the id, type and schedule have types that the `Workflow` model can hold as they are. */
function fitsModel(data: Record<string, unknown>): boolean {
  const body = data.workflow as Record<string, unknown>;
  return (
    typeof body.id === 'string' &&
    isWorkflowType(body.type) &&
    ['string', 'undefined'].includes(typeof body.schedule)
  );
}

/** Checks the document against the workflow schema and then each node's config against its type. */
export function checkDocument(data: Record<string, unknown>): DocumentCheck {
  const tooMany = tooManyNodes(data);
  if (tooMany) return { findings: [tooMany] };

  const context: IssueContext = { basePath: [], codes: documentCodes, data, knownKeys, describeFormat };
  const parsed = documentSchema.safeParse(data, { reportInput: true });
  const findings = [
    ...unknownTopLevelKeys(data),
    ...(parsed.error?.issues.flatMap((issue) => findingsFromIssue(issue, context)) ?? []),
  ];

  const graph = readGraph(data);
  if (!graph) return { findings };

  findings.push(...checkNodeConfigs(graph));
  return { findings, graph, ...(fitsModel(data) ? { workflow: graph } : {}) };
}
