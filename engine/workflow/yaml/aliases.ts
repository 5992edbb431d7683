import type { Alias, Document, Node } from 'yaml';
import { isAlias, isCollection, isPair, isScalar } from 'yaml';
import type { Finding } from '../finding.ts';
import { limits } from '../limits.ts';

interface AliasScan {
  findings: Finding[];
  /** True when the document can be converted to data without unbounded expansion. */
  safe: boolean;
}

function offsetsOf(node: Node): [number, number] {
  const range = node.range ?? [0, 0];
  return [range[0], range[1]];
}

/**
 * Checks every alias of a document: that its anchor exists earlier in the file (WF104), that it does not
 * name a node that contains it, and that all aliases together expand to a bounded number of nodes (WF105).
 * Anchors are resolved here in one pass because `Alias.resolve` scans the whole document on each call.
 */
export function scanAliases(doc: Document): AliasScan {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node | undefined>();
  const open = new Set<Node>();
  const sizes = new Map<Node, number>();
  const findings: Finding[] = [];
  let expansion = 0;
  let stopped = false;

  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (!target) return 1;
      if (open.has(target)) return Number.POSITIVE_INFINITY;
      return sizeOf(target);
    }
    if (!isCollection(node)) return 1;

    const cached = sizes.get(node);
    if (cached !== undefined) return cached;

    open.add(node);
    let size = 1;
    for (const item of node.items) {
      size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
      if (size > limits.maxAliasExpansion) break;
    }
    open.delete(node);
    sizes.set(node, size);

    return size;
  };

  const visit = (node: unknown, depth: number): void => {
    if (stopped) return;
    if (depth > limits.maxDepth) {
      stopped = true;
      findings.push({
        code: 'WF601',
        message: `collections nested more than ${limits.maxDepth} levels deep`,
        hint: 'a workflow needs only a few levels, so this file is probably generated or corrupted',
        target: { offsets: offsetsOf(node as Node) },
      });
      return;
    }

    if (isAlias(node)) {
      visitAlias(node);
      return;
    }

    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
    if (!isCollection(node)) return;

    open.add(node);
    for (const item of node.items) {
      if (isPair(item)) {
        visit(item.key, depth + 1);
        visit(item.value, depth + 1);
      } else {
        visit(item, depth + 1);
      }
    }
    open.delete(node);
  };

  const visitAlias = (alias: Alias): void => {
    const target = anchors.get(alias.source);
    targets.set(alias, target);

    if (!target) {
      findings.push({
        code: 'WF104',
        message: `unresolved alias \`*${alias.source}\`, no anchor \`&${alias.source}\` is defined before it`,
        // `*/5` is a cron step that YAML reads as an alias named `/5`.
        hint: /^\/\d/.test(alias.source)
          ? `quote the value: "*${alias.source}", because YAML reads a value that starts with \`*\` as an alias`
          : 'define the anchor earlier in the file, or check the spelling of the alias',
        target: { offsets: offsetsOf(alias) },
      });
      return;
    }

    if (open.has(target)) {
      stopped = true;
      findings.push({
        code: 'WF105',
        message: `alias \`*${alias.source}\` refers to a node that contains it, so it expands without end`,
        target: { offsets: offsetsOf(alias) },
      });
      return;
    }

    expansion += sizeOf(target);
    if (expansion > limits.maxAliasExpansion) {
      stopped = true;
      findings.push({
        code: 'WF105',
        message: `aliases expand to more than ${limits.maxAliasExpansion.toLocaleString('en-US')} nodes, stopped at \`*${alias.source}\``,
        hint: 'this pattern of nested aliases is known as a billion-laughs attack, write the values out instead',
        target: { offsets: offsetsOf(alias) },
      });
    }
  };

  visit(doc.contents, 0);

  return { findings, safe: findings.length === 0 };
}
