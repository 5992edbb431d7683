import type { CST } from 'yaml';
import type { Finding } from '../finding.ts';
import { limits } from '../limits.ts';

interface Pending {
  token: CST.Token | undefined;
  depth: number;
}

function itemOffset(item: CST.CollectionItem, collection: CST.Token): number {
  return item.key?.offset ?? item.value?.offset ?? item.start[0]?.offset ?? collection.offset;
}

/**
 * Reports collections nested more than `limits.maxDepth` levels deep (WF601), found in the concrete syntax
 * tree before the document is composed. `yaml` composes nodes recursively, so a few hundred nested
 * brackets overflow the call stack. `yaml` then reports the engine's own error text, such as "Maximum
 * call stack size exceeded", which means nothing to the author. The parser that builds the syntax tree
 * keeps its own stack, and this walk does too.
 */
export function findExcessiveNesting(tokens: readonly CST.Token[]): Finding | undefined {
  const pending: Pending[] = [];
  for (const token of tokens) {
    if (token.type === 'document') pending.push({ token: token.value, depth: 0 });
  }

  while (pending.length > 0) {
    const { token, depth } = pending.pop() as Pending;
    if (!token || !('items' in token)) continue;

    for (const item of token.items) {
      if (depth + 1 > limits.maxDepth) {
        const start = itemOffset(item, token);
        return {
          code: 'WF601',
          message: `collections nested more than ${limits.maxDepth} levels deep`,
          hint: 'a workflow needs only a few levels, so this file is probably generated or corrupted',
          target: { offsets: [start, start + 1] },
        };
      }
      pending.push({ token: item.key ?? undefined, depth: depth + 1 });
      pending.push({ token: item.value, depth: depth + 1 });
    }
  }

  return undefined;
}
