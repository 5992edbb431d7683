import type { Document, Node } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Finding } from '../finding.ts';
import { quoteValue } from '../schema/describe-value.ts';
import { collectMaps } from './collect-maps.ts';
import { isMergeKey, resolveAlias } from './locate.ts';

function describeNode(node: Node | undefined, source: string): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node) || node.value === null || node.value === '') return 'an empty value';

  const range = node.range ?? [0, 0];
  return `the scalar ${quoteValue(source.slice(range[0], range[1]))}`;
}

function describeSource(node: unknown, doc: Document, source: string): string {
  const resolved = resolveAlias(doc, node);
  const kind = describeNode(resolved, source);
  return isAlias(node) ? `alias \`*${node.source}\` of ${kind}` : kind;
}

function invalidSource(node: unknown, doc: Document, source: string, fallback: [number, number]): Finding {
  const range = (node as Node | null)?.range;
  return {
    code: 'WF101',
    message: `merge key \`<<\` takes a mapping, an alias of a mapping or a list of them, found ${describeSource(node, doc, source)}`,
    hint: 'write `<<: *name`, where `&name` marks a mapping, or `<<: [*first, *second]` to merge several',
    target: { offsets: range && range[0] !== range[1] ? [range[0], range[1]] : fallback },
  };
}

/**
 * Checks the value of every merge key `<<`: a mapping, an alias of one, or a list (or an alias of a list)
 * whose items are mappings or aliases of mappings. These are the values that `yaml` 2.9 merges. Any other
 * value makes its conversion to data throw, and the exception would carry no position.
 */
export function checkMergeSources(doc: Document, source: string): Finding[] {
  const findings: Finding[] = [];

  for (const map of collectMaps(doc)) {
    for (const pair of map.items) {
      if (!isMergeKey(pair.key)) continue;

      const keyRange = (pair.key as Node).range ?? [0, 0];
      const fallback: [number, number] = [keyRange[0], keyRange[1]];
      const value = resolveAlias(doc, pair.value);
      if (isMap(value)) continue;
      if (!isSeq(value)) {
        findings.push(invalidSource(pair.value, doc, source, fallback));
        continue;
      }

      const badItem = value.items.find((item) => !isMap(resolveAlias(doc, item)));
      if (badItem !== undefined) findings.push(invalidSource(badItem, doc, source, fallback));
    }
  }

  return findings;
}
