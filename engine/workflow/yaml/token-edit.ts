import { LineCounter } from 'yaml';
import type { SourceTokens } from './parse-source.ts';

/** One contiguous change between two texts: `removed` characters at `from` replaced by `inserted`. */
interface TextEdit {
  from: number;
  removed: number;
  inserted: string;
}

/**
 * Plain scalars this module may rewrite: a letter, digit or `_`, then letters, digits and `_ . / -` with
 * single inner spaces. No character of the set can start or end another token (`: `, ` #`, `,`, brackets,
 * quotes, anchors, tags), so such a text lexes as one plain scalar wherever a plain scalar stood before.
 */
const safePlainScalar = /^[A-Za-z0-9_](?:[A-Za-z0-9_./-]| (?=[A-Za-z0-9_./-]))*$/;

/** Finds the one changed region of `after` against `before`, from their common start and common end. */
function textEdit(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;

  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  return {
    from: start,
    removed: before.length - end - start,
    inserted: after.slice(start, after.length - end),
  };
}

/** A token of the stream: every kind has an offset, and scalars, comments and indicators their text. */
export interface StreamToken {
  type: string;
  offset: number;
  source?: unknown;
}

/** The fields through which `yaml`'s tokens hold other tokens: documents, collections and their items. */
const childFields = ['start', 'key', 'sep', 'value', 'items', 'props', 'end'] as const;

/**
 * Calls `visit` for every token of the stream, in no particular order. The walk keeps its own stack because
 * a hostile file can nest deeper than the call stack allows.
 */
function forEachToken(tokens: readonly unknown[], visit: (token: StreamToken) => void): void {
  const pending: unknown[] = [...tokens];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;

    const node = value as Record<string, unknown>;
    if (typeof node.offset === 'number' && typeof node.type === 'string')
      visit(node as unknown as StreamToken);
    for (const field of childFields) {
      const child = node[field];
      if (child !== null && typeof child === 'object') pending.push(child);
    }
  }
}

/**
 * Every token of a stream in one flat list. An edit keeps the token objects (it changes their offsets and
 * one token's text), so the list of a stream is built once and serves each keystroke after it.
 */
const flatLists = new WeakMap<readonly unknown[], StreamToken[]>();

function flatTokens(tokens: readonly unknown[]): StreamToken[] {
  let list = flatLists.get(tokens);
  if (!list) {
    const collected: StreamToken[] = [];
    forEachToken(tokens, (token) => collected.push(token));
    flatLists.set(tokens, collected);
    list = collected;
  }
  return list;
}

/** Finds the one plain scalar or comment that contains the whole edit, if exactly one does. */
function tokenHolding(
  tokens: readonly StreamToken[],
  from: number,
  to: number,
): (StreamToken & { source: string }) | undefined {
  let holder: (StreamToken & { source: string }) | undefined;
  for (const token of tokens) {
    if (typeof token.source !== 'string' || token.offset > from) continue;
    const end = token.offset + token.source.length;
    // A comment contains an edit after its `#`, and a plain scalar one anywhere, either end included.
    const contains =
      token.type === 'comment' ? token.offset < from && to <= end : token.type === 'scalar' && to <= end;
    if (!contains) continue;
    if (holder) return undefined;
    holder = token as StreamToken & { source: string };
  }
  return holder;
}

/** Moves the line starts after the edit by `shift`; the edit changed no line break, so that is all that changes. */
function shiftedLines(lineCounter: LineCounter, from: number, shift: number): LineCounter {
  const shifted = new LineCounter();
  for (const start of lineCounter.lineStarts) shifted.addNewLine(start > from ? start + shift : start);
  return shifted;
}

/** A change of one plain scalar or one comment that leaves every other token as it was, moved. */
export interface TokenEdit {
  /** The whole edited text. */
  source: string;
  kind: 'scalar' | 'comment';
  /** The edited token's text after the edit. */
  tokenSource: string;
  /** The offset of the edited token, the same before and after the edit. */
  tokenOffset: number;
  /** The offset of the change, and the end of the replaced characters in the previous text. */
  from: number;
  previousEnd: number;
  /** How far everything after the change moves. */
  shift: number;
  token: StreamToken & { source: string };
}

/**
 * Maps an offset of the previous text to the edited text. The edited token and the collections that start
 * where it starts keep their offset, because an insertion at a token's first character lengthens that token.
 */
export function movedOffset(offset: number, edit: TokenEdit): number {
  return offset !== edit.tokenOffset && offset >= edit.previousEnd ? offset + edit.shift : offset;
}

/**
 * Plans the edit from the previous text to `source` when they differ only inside one plain scalar or one
 * comment on one line, in a way that cannot change how the line splits into tokens. Typing a name, a value
 * or a comment does that. Returns `undefined` otherwise, and the caller then lexes the whole text.
 */
export function planTokenEdit(previous: SourceTokens, source: string): TokenEdit | undefined {
  const edit = textEdit(previous.source, source);
  const previousEnd = edit.from + edit.removed;
  if (/[\r\n]/.test(edit.inserted) || /[\r\n]/.test(previous.source.slice(edit.from, previousEnd))) {
    return undefined;
  }

  const token = tokenHolding(flatTokens(previous.tokens), edit.from, previousEnd);
  if (!token || previous.source.slice(token.offset, token.offset + token.source.length) !== token.source) {
    return undefined;
  }

  const start = edit.from - token.offset;
  const tokenSource = token.source.slice(0, start) + edit.inserted + token.source.slice(start + edit.removed);
  const kind = token.type === 'comment' ? 'comment' : 'scalar';
  if (kind === 'scalar' && !(safePlainScalar.test(token.source) && safePlainScalar.test(tokenSource))) {
    return undefined;
  }

  const shift = edit.inserted.length - edit.removed;
  return { source, kind, tokenSource, tokenOffset: token.offset, from: edit.from, previousEnd, shift, token };
}

/**
 * Applies a planned edit to the tokens it was planned on, moving offsets instead of lexing and parsing the
 * text again, which are most of the cost of validating a large file. The tokens of `previous` are changed in
 * place and returned, so `previous` must not be used afterwards.
 */
export function applyTokenEdit(previous: SourceTokens, edit: TokenEdit): SourceTokens {
  for (const token of flatTokens(previous.tokens)) token.offset = movedOffset(token.offset, edit);
  edit.token.source = edit.tokenSource;
  return {
    source: edit.source,
    tokens: previous.tokens,
    lineCounter: shiftedLines(previous.lineCounter, edit.from, edit.shift),
  };
}
