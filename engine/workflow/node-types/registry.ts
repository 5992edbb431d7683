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

export function findNodeType(name: string): NodeTypeDefinition | undefined {
  return nodeTypes.find((nodeType) => nodeType.name === name);
}
