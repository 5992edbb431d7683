import type { NodeTypeDefinition } from './node-type-definition.ts';

export const nodeTypes: readonly NodeTypeDefinition[] = [];
