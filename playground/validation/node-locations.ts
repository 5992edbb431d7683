import type { Document, LineCounter } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';
import type { NodeLocation } from './protocol.ts';

/**
 * Finds where each node is defined, one entry per item of `workflow.nodes` in the order the file lists
 * them, so that entry `i` matches node `i` of the engine's workflow. The engine's workflow carries no
 * positions, so this reads them from the YAML document the validation parsed.
 */
export function nodeLocations(doc: Document, lineCounter: LineCounter): NodeLocation[] {
  const nodes = doc.getIn(['workflow', 'nodes'], true);
  if (!isSeq(nodes)) return [];

  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return nodes.items.map((item) => {
    const [start, , end] = (item as { range?: [number, number, number] } | null)?.range ?? [0, 0, 0];
    const pair = isMap(item)
      ? item.items.find((entry) => isScalar(entry.key) && entry.key.value === 'name')
      : undefined;
    const name = isScalar(pair?.value) ? String(pair.value.value) : '';
    const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;

    return {
      name,
      line: lineAt(keyStart ?? start),
      firstLine: lineAt(start),
      // The range ends after the item's last line break, which belongs to the next line.
      lastLine: lineAt(Math.max(start, end - 1)),
    };
  });
}

/** Names of the nodes whose definition contains one of `lines`. */
export function nodesOnLines(locations: NodeLocation[], lines: number[]): string[] {
  return locations
    .filter((location) => lines.some((line) => line >= location.firstLine && line <= location.lastLine))
    .map((location) => location.name);
}
