import { dataFetcher } from './data-fetcher.ts';
import { dataSaver } from './data-saver.ts';
import { humanApproval } from './human-approval.ts';
import { kafkaTrigger } from './kafka-trigger.ts';
import { llmProcessor } from './llm-processor.ts';
import type { NodeTypeDefinition } from './node-type-definition.ts';
import { notifier } from './notifier.ts';
import { router } from './router.ts';
import { transform } from './transform.ts';

/** Every node type a workflow may use, in the order the docs list them. */
export const nodeTypes: readonly NodeTypeDefinition[] = [
  dataFetcher,
  llmProcessor,
  dataSaver,
  transform,
  router,
  humanApproval,
  notifier,
  kafkaTrigger,
];

function isDefinition(value: unknown): value is NodeTypeDefinition {
  const candidate = value as Partial<NodeTypeDefinition> | null | undefined;
  return typeof candidate?.name === 'string' && typeof candidate.configSchema?.safeParse === 'function';
}

/**
 * Lists the registered node types followed by `extra` ones, such as a type an editor defines while someone
 * writes it. The first definition of a name applies, so an extra type cannot replace a registered one, and
 * entries that are not definitions (no string `name`, no zod `configSchema`) are left out.
 */
export function nodeTypesWith(extra: readonly unknown[] = []): readonly NodeTypeDefinition[] {
  if (extra.length === 0) return nodeTypes;
  const byName = new Map(nodeTypes.map((nodeType) => [nodeType.name, nodeType]));
  for (const candidate of extra) {
    if (isDefinition(candidate) && !byName.has(candidate.name)) byName.set(candidate.name, candidate);
  }
  return [...byName.values()];
}
