import type { Finding } from '../finding.ts';
import type { Workflow } from '../model.ts';
import { findNodeType, nodeTypes } from '../node-types/registry.ts';
import { didYouMean, listOf } from '../suggest.ts';
import { quoteValue } from './describe-value.ts';
import type { IssueContext } from './schema-issues.ts';
import { configCodes, findingsFromIssues } from './schema-issues.ts';

const typeNames = nodeTypes.map((nodeType) => nodeType.name);

function unknownType(type: string, index: number): Finding {
  const hint = didYouMean(type, typeNames);

  return {
    code: 'WF205',
    message: `unknown node type ${quoteValue(type)}, expected ${listOf(typeNames)}`,
    ...(hint ? { hint } : {}),
    target: { path: ['workflow', 'nodes', index, 'type'], at: 'value' },
  };
}

/** Checks each node's type against the registry and its `config` against that type's schema. */
export function checkNodeConfigs(workflow: Workflow, sourceText?: IssueContext['sourceText']): Finding[] {
  const data = { workflow };

  return workflow.nodes.flatMap((node, index) => {
    const nodeType = findNodeType(node.type);
    if (!nodeType) return [unknownType(node.type, index)];

    const context: IssueContext = {
      basePath: ['workflow', 'nodes', index, 'config'],
      codes: configCodes,
      data,
      knownKeys: () => Object.keys(nodeType.configSchema.shape),
      describeFormat: () => ({ what: 'value', expected: `a value accepted by \`${nodeType.name}\`` }),
      ...(sourceText ? { sourceText } : {}),
    };
    const parsed = nodeType.configSchema.safeParse(node.config, { reportInput: true });

    return parsed.error ? findingsFromIssues(parsed.error.issues, context) : [];
  });
}
