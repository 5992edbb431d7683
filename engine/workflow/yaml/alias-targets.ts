import type { Alias, Document, Node } from 'yaml';
import { isAlias, isCollection, isPair, isScalar } from 'yaml';

/** The node each alias of a document names, or undefined when no anchor of that name comes before it. */
export type AliasTargets = ReadonlyMap<Alias, Node | undefined>;

const cache = new WeakMap<Document, AliasTargets>();

/**
 * Pairs every alias of a document with the node it names: the last node with that anchor before the alias,
 * as `Alias.resolve` of `yaml` does. `Alias.resolve` walks the whole document on each call, so looking up
 * one alias per diagnostic took quadratic time. This map is built once per document, in one walk that keeps
 * its own stack, so deeply nested input cannot overflow the call stack. The document must not change after
 * the first call, because the map is cached for it.
 */
export function aliasTargets(doc: Document): AliasTargets {
  const cached = cache.get(doc);
  if (cached) return cached;

  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node | undefined>();
  const pending: unknown[] = [doc.contents];

  while (pending.length > 0) {
    const node = pending.pop();

    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
      continue;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
    if (!isCollection(node)) continue;

    // Pushed in reverse so that items come off the stack in document order, keys before their values.
    for (let index = node.items.length - 1; index >= 0; index--) {
      const item = node.items[index];
      if (isPair(item)) pending.push(item.value, item.key);
      else pending.push(item);
    }
  }

  cache.set(doc, targets);
  return targets;
}
