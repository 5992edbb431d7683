import type { Finding } from '../finding.ts';
import type { Workflow } from '../model.ts';
import type { NodeTypeDefinition } from '../node-types/node-type-definition.ts';
import { nodeTypes } from '../node-types/registry.ts';
import { didYouMean, listOf } from '../suggest.ts';
import { quoteValue } from './describe-value.ts';
import type { IssueContext } from './schema-issues.ts';
import { configCodes, findingsFromIssues } from './schema-issues.ts';

function unknownType(type: string, index: number, typeNames: readonly string[]): Finding {
  const hint = didYouMean(type, typeNames);

  return {
    code: 'WF205',
    message: `unknown node type ${quoteValue(type)}, expected ${listOf(typeNames)}`,
    ...(hint ? { hint } : {}),
    target: { path: ['workflow', 'nodes', index, 'type'], at: 'value' },
  };
}

/**
 * Checks each node's type against `types` (the registry by default) and its `config` against
 * that type's schema.
 */
export function checkNodeConfigs(
  workflow: Workflow,
  sourceText?: IssueContext['sourceText'],
  types: readonly NodeTypeDefinition[] = nodeTypes,
): Finding[] {
  const data = { workflow };
  const byName = new Map(types.map((nodeType) => [nodeType.name, nodeType]));

  return workflow.nodes.flatMap((node, index) => {
    const nodeType = byName.get(node.type);
    if (!nodeType) return [unknownType(node.type, index, [...byName.keys()])];

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
