import { dataFetcher } from './data-fetcher.ts';
import { dataSaver } from './data-saver.ts';
import { llmProcessor } from './llm-processor.ts';
import type { NodeTypeDefinition } from './node-type-definition.ts';

/** Every node type a workflow may use, in the order the docs list them. */
export const nodeTypes: readonly NodeTypeDefinition[] = [dataFetcher, llmProcessor, dataSaver];

export function findNodeType(name: string): NodeTypeDefinition | undefined {
  return nodeTypes.find((nodeType) => nodeType.name === name);
}
