import type { Document, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { FindingTarget, PathSegment } from '../finding.ts';

/** The YAML nodes found for a path: the key that names the value (absent for list items) and the value. */
interface Located {
  key?: Node;
  value?: Node;
  /** False when the path left the document early; `key` and `value` then belong to the deepest match. */
  complete: boolean;
}

/** Follows aliases to the node they name; undefined for an alias whose anchor is missing or circular. */
export function resolveAlias(doc: Document, node: unknown): Node | undefined {
  const seen = new Set<unknown>();
  let current = node;

  while (isAlias(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = current.resolve(doc);
  }

  return (current ?? undefined) as Node | undefined;
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/**
 * Finds the pair that supplies `key` in a mapping. Explicit keys win over merged ones, and among `<<`
 * sources the first listed wins, as in the YAML merge-key specification.
 */
function findPair(doc: Document, map: Node, key: string, depth = 0): Pair | undefined {
  if (!isMap(map) || depth > 32) return undefined;

  const explicit = map.items.find((pair) => !isMergeKey(pair.key) && keyText(pair.key) === key);
  if (explicit) return explicit;

  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;

    const source = resolveAlias(doc, pair.value);
    const sources = isSeq(source) ? source.items.map((item) => resolveAlias(doc, item)) : [source];
    for (const merged of sources) {
      const found = merged ? findPair(doc, merged, key, depth + 1) : undefined;
      if (found) return found;
    }
  }

  return undefined;
}

/** Walks a path of the parsed data through the YAML tree, following aliases and merge keys. */
export function locate(doc: Document, path: readonly PathSegment[]): Located {
  let node = resolveAlias(doc, doc.contents);
  let located: Located = { value: node ?? undefined, complete: true };

  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(doc, node, String(segment));
      if (!pair) return { ...located, complete: false };

      located = {
        key: pair.key as Node,
        value: (pair.value ?? undefined) as Node | undefined,
        complete: true,
      };
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      located = { value: node.items[segment] as Node, complete: true };
    } else {
      return { ...located, complete: false };
    }

    node = resolveAlias(doc, located.value);
  }

  return located;
}

function nodeOffsets(doc: Document, node: Node | undefined): [number, number] | undefined {
  const target = resolveAlias(doc, node) ?? node;
  const range = target?.range ?? node?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** Returns the first line of a node, for a mapping without a key of its own (a list item or the root). */
function firstLineOffsets(source: string, node: Node | undefined): [number, number] | undefined {
  if (!node?.range) return undefined;

  const start = node.range[0];
  const lineEnd = source.indexOf('\n', start);
  const end = Math.min(lineEnd === -1 ? source.length : lineEnd, node.range[1]);
  const trimmed = source.slice(start, end).trimEnd();

  return [start, start + Math.max(trimmed.length, 0)];
}

/**
 * Turns a finding's target into `[start, end)` offsets. A value reached through an alias points at the
 * anchored node, because that is the text the user edits to fix it.
 */
export function targetOffsets(doc: Document, source: string, target: FindingTarget): [number, number] {
  if ('offsets' in target) return target.offsets;

  const located = locate(doc, target.path);
  let offsets: [number, number] | undefined;

  if (target.at === 'key' && located.complete && located.key) {
    offsets = nodeOffsets(doc, located.key);
  } else if (target.at === 'parent') {
    offsets =
      located.complete && located.key?.range
        ? nodeOffsets(doc, located.key)
        : firstLineOffsets(source, resolveAlias(doc, located.value));
  }

  offsets ??= nodeOffsets(doc, located.value);
  if (!offsets || offsets[0] === offsets[1]) offsets = nodeOffsets(doc, located.key) ?? offsets;

  return offsets ?? [0, 0];
}
