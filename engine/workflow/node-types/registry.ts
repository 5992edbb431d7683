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

/**
 * The registered node types followed by `extra` ones, such as a type an editor defines while someone writes
 * it. An extra type whose name is registered already is left out, so the registered definition applies.
 */
export function nodeTypesWith(extra: readonly NodeTypeDefinition[] = []): readonly NodeTypeDefinition[] {
  if (extra.length === 0) return nodeTypes;
  const registered = new Set(nodeTypes.map((nodeType) => nodeType.name));
  return [...nodeTypes, ...extra.filter((nodeType) => !registered.has(nodeType.name))];
}
