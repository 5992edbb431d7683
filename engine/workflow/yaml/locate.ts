import type { Document, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { FindingTarget, PathSegment } from '../finding.ts';
import { aliasTargets } from './alias-targets.ts';

/** The YAML nodes found for a path: the key that names the value (absent for list items) and the value. */
interface Located {
  key?: Node;
  value?: Node;
  /** False when the path left the document early; `key` and `value` then belong to the deepest match. */
  complete: boolean;
  /**
   * The first alias the path went through, counted from the root: the place that brought an anchored
   * value into this part of the file. Either an alias value such as `config: *shared` or the alias of
   * a merge key such as `<<: *defaults`.
   */
  use?: Node;
  /** The item of the innermost list on the path when that item is an alias, such as `- *extract`. */
  itemAlias?: Node;
}

/** Follows aliases to the node they name; undefined for an alias whose anchor is missing or circular. */
export function resolveAlias(doc: Document, node: unknown): Node | undefined {
  const targets = aliasTargets(doc);
  const seen = new Set<unknown>();
  let current = node;

  while (isAlias(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = targets.get(current);
  }

  return (current ?? undefined) as Node | undefined;
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/** Returns the data key of a scalar key as `yaml` converts it: the empty string for `null` and `~`. */
export function dataKey(key: unknown): string {
  if (!isScalar(key)) return String(key);
  return key.value === null ? '' : String(key.value);
}

interface FoundPair {
  pair: Pair;
  /** The alias of the merge key that supplied the pair, when it came from a merged mapping. */
  mergedVia?: Node;
}

/** Lists the mappings a merge key's value names, each with the alias it was reached through, if any. */
function mergeSources(doc: Document, value: unknown): { map: Node; alias?: Node }[] {
  const source = resolveAlias(doc, value);
  const outer = isAlias(value) ? value : undefined;
  const items = isSeq(source) ? source.items : [value];

  return items.flatMap((item) => {
    const map = resolveAlias(doc, item);
    const alias = outer ?? (isAlias(item) ? item : undefined);
    return isMap(map) ? [{ map, ...(alias ? { alias } : {}) }] : [];
  });
}

/**
 * Finds the pair that supplies `key` in a mapping. Explicit keys win over merged ones, and among `<<`
 * sources the first listed wins, as in the YAML merge-key specification.
 */
function findPair(doc: Document, map: Node, key: string, depth = 0): FoundPair | undefined {
  if (!isMap(map) || depth > 32) return undefined;

  const explicit = map.items.find((pair) => !isMergeKey(pair.key) && dataKey(pair.key) === key);
  if (explicit) return { pair: explicit };

  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;

    for (const source of mergeSources(doc, pair.value)) {
      const found = findPair(doc, source.map, key, depth + 1);
      if (found)
        return {
          pair: found.pair,
          ...((found.mergedVia ?? source.alias) ? { mergedVia: found.mergedVia ?? source.alias } : {}),
        };
    }
  }

  return undefined;
}

/** Walks a path of the parsed data through the YAML tree, following aliases and merge keys. */
export function locate(doc: Document, path: readonly PathSegment[]): Located {
  let node = resolveAlias(doc, doc.contents);
  let located: Located = { value: node ?? undefined, complete: true };
  let use: Node | undefined;
  let itemAlias: Node | undefined;

  for (const segment of path) {
    if (isMap(node)) {
      const found = findPair(doc, node, String(segment));
      if (!found) return { ...located, complete: false };

      use ??= found.mergedVia;
      located = {
        key: found.pair.key as Node,
        value: (found.pair.value ?? undefined) as Node | undefined,
        complete: true,
      };
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      located = { value: node.items[segment] as Node, complete: true };
      itemAlias = isAlias(located.value) ? located.value : undefined;
    } else {
      return { ...located, complete: false };
    }

    if (isAlias(located.value)) use ??= located.value;
    if (use) located.use = use;
    if (itemAlias) located.itemAlias = itemAlias;
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

/** A target's span in the source, and the alias that brought the anchored text there, if any. */
export interface TargetSpan {
  offsets: [number, number];
  /** The span of the first alias on the way to the target, counted from the root of the file. */
  use?: [number, number];
}

function ownOffsets(doc: Document, source: string, target: FindingTarget, located: Located) {
  if (!('path' in target)) return undefined;

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
  return offsets;
}

/**
 * Turns a finding's target into `[start, end)` offsets. A value reached through an alias points at the
 * anchored node, because that is the text the user edits to fix it. A target marked `atUse` points at the
 * list item instead when that item is an alias, because a repeated node or dependency is repeated there.
 */
export function targetSpan(doc: Document, source: string, target: FindingTarget): TargetSpan {
  if ('offsets' in target) return { offsets: target.offsets };

  const located = locate(doc, target.path);
  const itemRange = located.itemAlias?.range;
  if (target.atUse && itemRange) return { offsets: [itemRange[0], itemRange[1]] };

  const use = located.use?.range
    ? ([located.use.range[0], located.use.range[1]] as [number, number])
    : undefined;
  const offsets = ownOffsets(doc, source, target, located) ?? [0, 0];
  return { offsets, ...(use ? { use } : {}) };
}
