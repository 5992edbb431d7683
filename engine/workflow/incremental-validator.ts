import type { Document, LineCounter } from 'yaml';
import type { ValidateOptions, ValidationResult } from './validate.ts';
import { validateWithParse } from './validate.ts';
import { applyDocumentEdit } from './yaml/document-edit.ts';
import type { ParsedSource, SourceTokens } from './yaml/parse-source.ts';
import { composeTokens, readDocument, tokenizeSource } from './yaml/parse-source.ts';
import { applyTokenEdit, planTokenEdit } from './yaml/token-edit.ts';

/**
 * The part of the previous call's work that a call of `IncrementalValidator.validate` reused: nothing
 * (`full`, the whole text was lexed), the tokens (`tokens`, then composed again) or the composed
 * document (`document`).
 */
export type ParseKind = 'full' | 'tokens' | 'document';

export interface IncrementalValidator {
  /**
   * Gives the same result as `validateWorkflow(source, options)`, with `overrides` replacing the options
   * the validator was created with for this call (the node types of an editor change as it runs).
   */
  validate(source: string, overrides?: ValidateOptions): ValidationResult;
  /** The reuse of the last call, `undefined` before the first call and when it stopped before parsing. */
  readonly lastParse: ParseKind | undefined;
  /**
   * The YAML document of the last call's text with its line offsets, for an editor that needs positions the
   * result does not carry (where each node is defined). The next call may change it in place, so read it
   * before validating again. `undefined` when the last call stopped before parsing.
   */
  readonly lastDocument: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
}

/** The state one call leaves for the next: the tokens of its text, and the document if it composed cleanly. */
interface Reusable {
  tokens: SourceTokens;
  doc?: Document.Parsed;
}

/** Merges per-call options over the validator's own, skipping overrides that are `undefined`. */
function withOverrides(options: ValidateOptions, overrides: ValidateOptions = {}): ValidateOptions {
  const merged: ValidateOptions = { ...options };
  if (overrides.file !== undefined) merged.file = overrides.file;
  if (overrides.extraNodeTypes !== undefined) merged.extraNodeTypes = overrides.extraNodeTypes;
  return merged;
}

/**
 * Creates a validator for an editor, which validates one text after another as someone types. When the
 * change since the previous text stays inside one plain scalar or one comment, it moves the previous tokens
 * instead of lexing the whole text again. For a value or a comment it also edits the previous document
 * instead of composing it again. The checks after that run in full, so the result always equals what
 * `validateWorkflow` returns.
 */
export function createIncrementalValidator(options: ValidateOptions = {}): IncrementalValidator {
  // Only a text that parsed without YAML errors is reused: the rules that decide how an edit can change
  // tokens assume the parser was not recovering from an error.
  let previous: Reusable | undefined;
  let lastParse: ParseKind | undefined;
  let lastDocument: IncrementalValidator['lastDocument'];

  const reuse = (
    reusable: Reusable,
    source: string,
  ): { parsed: ParsedSource; tokens: SourceTokens } | undefined => {
    const { tokens, doc } = reusable;
    if (source === tokens.source && doc) {
      lastParse = 'document';
      return { parsed: readDocument(doc, tokens.lineCounter, source), tokens };
    }

    const edit = planTokenEdit(tokens, source);
    if (!edit) return undefined;
    const edited = applyTokenEdit(tokens, edit);
    if (doc && applyDocumentEdit(doc, edit)) {
      lastParse = 'document';
      return { parsed: readDocument(doc, edited.lineCounter, source), tokens: edited };
    }
    lastParse = 'tokens';
    return { parsed: composeTokens(edited), tokens: edited };
  };

  const parse = (source: string): ParsedSource => {
    // The edits change the previous tokens and document in place, so they are dropped first: if anything
    // below throws, the next call lexes in full instead of trusting a half-edited state.
    const reusable = previous;
    previous = undefined;

    let step = reusable && reuse(reusable, source);
    if (!step) {
      lastParse = 'full';
      const tokens = tokenizeSource(source);
      step = { parsed: composeTokens(tokens), tokens };
    }

    const { parsed, tokens } = step;
    lastDocument = { doc: parsed.doc, lineCounter: parsed.lineCounter };
    const clean = parsed.doc.errors.length === 0 && parsed.doc.warnings.length === 0;
    // A limit finding (WF601) can mean that the document was never composed, as for a file nested too
    // deeply. Neither its empty document nor its tokens, which may nest past any call stack, are kept.
    const composed = !parsed.findings.some((finding) => finding.code === 'WF601');
    previous = clean && composed ? { tokens, doc: parsed.doc } : undefined;
    return parsed;
  };

  return {
    validate: (source, overrides) => {
      lastParse = undefined;
      lastDocument = undefined;
      return validateWithParse(source, withOverrides(options, overrides), parse);
    },
    get lastParse() {
      return lastParse;
    },
    get lastDocument() {
      return lastDocument;
    },
  };
}
