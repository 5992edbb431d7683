import type { Document, Node } from 'yaml';
import { isCollection, isScalar } from 'yaml';
import type { Finding } from '../finding.ts';
import { quoteValue } from '../schema/describe-value.ts';
import { collectMaps } from './collect-maps.ts';
import { dataKey, isMergeKey, resolveAlias } from './locate.ts';

function offsetsOf(node: Node): [number, number] {
  const range = node.range ?? [0, 0];
  return [range[0], range[1]];
}

/** Quotes a key as written in the file, on one line, or names it when nothing is written. */
function writtenKey(node: Node, source: string): string {
  const [start, end] = offsetsOf(node);
  const text = source.slice(start, end).trim();
  return text === '' ? 'an empty key' : quoteValue(text);
}

function collectionKey(key: Node, source: string): Finding {
  return {
    code: 'WF101',
    message: `key ${writtenKey(key, source)} is a list or a mapping, a key in a workflow file must be a scalar such as a name`,
    hint: 'a key that starts with `[`, `{` or `? ` is read as a list or mapping, so quote it or write a plain name',
    target: { offsets: offsetsOf(key) },
  };
}

function collidingKey(key: Node, first: Node, source: string): Finding {
  return {
    code: 'WF102',
    message: `duplicate key: ${writtenKey(key, source)} and ${writtenKey(first, source)} are read as the same key, a key may appear only once in a mapping`,
    hint: 'remove one of the two entries or merge their values',
    target: { offsets: offsetsOf(key) },
    related: [{ target: { offsets: offsetsOf(first) }, message: 'first defined here' }],
  };
}

/**
 * Checks the keys of every mapping as they become keys of the parsed data. A list or mapping used as a key
 * has no place in a workflow file, and it would become a string of YAML text. Two keys written differently
 * can become one key in the data (`~` and `""`, or `1` and `"1"`), so one of the values is lost silently.
 * Keys that are equal as written are left to the parser's own duplicate-key check.
 */
export function checkMappingKeys(doc: Document, source: string): Finding[] {
  const findings: Finding[] = [];

  for (const map of collectMaps(doc)) {
    const seen = new Map<string, Node>();
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      if (!key || isMergeKey(key)) continue;
      if (isCollection(resolveAlias(doc, key))) {
        findings.push(collectionKey(key, source));
        continue;
      }

      const name = dataKey(resolveAlias(doc, key) ?? key);
      const first = seen.get(name);
      const sameAsWritten = isScalar(first) && isScalar(key) && first.value === key.value;
      if (first && !sameAsWritten) findings.push(collidingKey(key, first, source));
      if (!first) seen.set(name, key);
    }
  }

  return findings;
}
