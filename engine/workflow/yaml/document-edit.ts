import type { Document, Node, Range } from 'yaml';
import { isCollection, isNode, isPair, isScalar, parseDocument } from 'yaml';
import type { TokenEdit } from './token-edit.ts';
import { movedOffset } from './token-edit.ts';

/** A node of a composed document, and whether only composing can check a change of its value. */
interface PlacedNode {
  node: Node;
  /**
   * True inside a key (keys are compared for duplicates and limited in length) and under a tagged
   * collection (`!!set`, `!!omap` and the like check their items), because `yaml` checks both while it
   * composes.
   */
  composeOnly: boolean;
}

/**
 * Every node of a document in one flat list. Editing the document in place keeps its node objects, so the
 * list of a document is built once and serves each keystroke after it.
 */
const flatLists = new WeakMap<Document.Parsed, PlacedNode[]>();

/** Lists the nodes under `root`, keeping its own stack like the token walk does. */
function collectNodes(root: unknown): PlacedNode[] {
  const placed: PlacedNode[] = [];
  const pending: { value: unknown; composeOnly: boolean }[] = [{ value: root, composeOnly: false }];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next || !isNode(next.value)) continue;
    const { value, composeOnly } = next;
    placed.push({ node: value, composeOnly });
    if (!isCollection(value)) continue;

    const itemsComposeOnly = composeOnly || value.tag !== undefined;
    for (const item of value.items) {
      if (isPair(item)) {
        pending.push({ value: item.key, composeOnly: true });
        pending.push({ value: item.value, composeOnly: itemsComposeOnly });
      } else {
        pending.push({ value: item, composeOnly: itemsComposeOnly });
      }
    }
  }
  return placed;
}

function flatNodes(doc: Document.Parsed): PlacedNode[] {
  let list = flatLists.get(doc);
  if (!list) {
    list = collectNodes(doc.contents);
    flatLists.set(doc, list);
  }
  return list;
}

/** Reads a plain scalar on its own, with the options `parseSource` composes with. */
function resolvePlainScalar(text: string) {
  const doc = parseDocument(text, { uniqueKeys: true, merge: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(doc.contents)) return undefined;
  return doc.contents;
}

function movedRange(range: Range, edit: TokenEdit): Range {
  return [movedOffset(range[0], edit), movedOffset(range[1], edit), movedOffset(range[2], edit)];
}

/**
 * Applies a planned token edit to the document composed from the tokens before it, when the result equals
 * what composing the edited tokens would give. That holds for an edited comment, because validation never
 * reads comments and only positions move. It also holds for an untagged plain scalar that is a value
 * outside every key and every tagged collection, because composing checks those. Returns false and leaves
 * the document unchanged otherwise.
 *
 * Composing is about half of what validation costs once the tokens are reused, so while someone types a
 * value this is the other half of the saving.
 */
export function applyDocumentEdit(doc: Document.Parsed, edit: TokenEdit): boolean {
  if (doc.errors.length > 0 || doc.warnings.length > 0 || doc.schema.name !== 'core') return false;
  const nodes = flatNodes(doc);

  let scalar:
    | { placed: PlacedNode; resolved: NonNullable<ReturnType<typeof resolvePlainScalar>> }
    | undefined;
  if (edit.kind === 'scalar') {
    const placed = nodes.find(({ node }) => isScalar(node) && node.range?.[0] === edit.tokenOffset);
    if (!placed || placed.composeOnly || !isScalar(placed.node)) return false;
    if (placed.node.tag !== undefined || placed.node.type !== 'PLAIN') return false;
    const resolved = resolvePlainScalar(edit.tokenSource);
    if (!resolved) return false;
    scalar = { placed, resolved };
  }

  for (const { node } of nodes) {
    if (node.range) node.range = movedRange(node.range, edit);
  }
  doc.range = movedRange(doc.range, edit);

  if (scalar && isScalar(scalar.placed.node)) {
    const { node } = scalar.placed;
    node.value = scalar.resolved.value;
    node.source = edit.tokenSource;
    if (scalar.resolved.format === undefined) delete node.format;
    else node.format = scalar.resolved.format;
  }
  return true;
}
