import type { Document, LineCounter, Node } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';
import type { NodeLocation } from './protocol.ts';

/** Separates an include's prefix from the names of the component's nodes, as in `equities__fetch`. */
const scopeSeparator = '__';

type Place = Omit<NodeLocation, 'name'>;

function placeOf(item: Node, keyName: string, lineAt: (offset: number) => number): Place {
  const [start, , end] = item.range ?? [0, 0, 0];
  const pair = isMap(item)
    ? item.items.find((entry) => isScalar(entry.key) && entry.key.value === keyName)
    : undefined;
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  return {
    line: lineAt(keyStart ?? start),
    firstLine: lineAt(start),
    // The range ends after the item's last line break, which belongs to the next line.
    lastLine: lineAt(Math.max(start, end - 1)),
  };
}

function scalarValue(item: Node, key: string): string | undefined {
  const value = isMap(item) ? item.get(key, true) : undefined;
  return isScalar(value) ? String(value.value) : undefined;
}

/**
 * Finds where each node of the engine's workflow is defined, in the order of `nodeNames`, so that entry `i`
 * matches node `i`. A node written in `workflow.nodes` points at its `name` key. A node of an included
 * component points at its `include:` item, found by the prefix before `__`. A node of a template points at
 * `workflow.template`. Positions come from the YAML document the validation parsed.
 */
export function nodeLocations(
  doc: Document,
  lineCounter: LineCounter,
  nodeNames: readonly string[],
): NodeLocation[] {
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const named = new Map<string, Place>();
  const includes = new Map<string, Place>();

  const items = doc.getIn(['workflow', 'nodes'], true);
  for (const item of isSeq(items) ? items.items : []) {
    if (!isMap(item)) continue;
    const name = scalarValue(item, 'name');
    // A duplicate name is an error of its own; its graph node points at the first definition.
    if (name !== undefined && !named.has(name)) named.set(name, placeOf(item, 'name', lineAt));
    const include = scalarValue(item, 'include');
    if (include !== undefined)
      includes.set(scalarValue(item, 'as') ?? include, placeOf(item, 'include', lineAt));
  }

  const workflow = doc.get('workflow', true);
  const template =
    isMap(workflow) && workflow.has('template') ? placeOf(workflow, 'template', lineAt) : undefined;
  const templateLine = template
    ? { line: template.line, firstLine: template.line, lastLine: template.line }
    : undefined;

  return nodeNames.flatMap((name) => {
    const prefix = name.split(scopeSeparator)[0] ?? name;
    const place =
      named.get(name) ?? (name.includes(scopeSeparator) ? includes.get(prefix) : undefined) ?? templateLine;
    return [{ name, ...(place ?? { line: 1, firstLine: 0, lastLine: 0 }) }];
  });
}

/** Names of the nodes whose definition contains one of `lines`. */
export function nodesOnLines(locations: NodeLocation[], lines: number[]): string[] {
  return locations
    .filter((location) => lines.some((line) => line >= location.firstLine && line <= location.lastLine))
    .map((location) => location.name);
}
