import type { Document, YAMLMap } from 'yaml';
import { isCollection, isMap, isPair } from 'yaml';

/**
 * Lists every mapping written in a document, in document order, without following aliases. The walk keeps
 * its own stack, so nesting cannot overflow the call stack.
 */
export function collectMaps(doc: Document): YAMLMap[] {
  const maps: YAMLMap[] = [];
  const pending: unknown[] = [doc.contents];

  while (pending.length > 0) {
    const node = pending.pop();
    if (!isCollection(node)) continue;
    if (isMap(node)) maps.push(node);

    for (let index = node.items.length - 1; index >= 0; index--) {
      const item = node.items[index];
      if (isPair(item)) pending.push(item.value, item.key);
      else pending.push(item);
    }
  }

  return maps;
}
