import type { Diagnostic } from '../../workflow/index.ts';

/** Formats diagnostics as one JSON array, indented by two spaces, with a final newline. */
export function formatJson(diagnostics: Iterable<Diagnostic>): string {
  return Array.from(jsonChunks(diagnostics)).join('');
}

/**
 * Yields the text of {@link formatJson} one diagnostic at a time, so that a run with millions of diagnostics
 * is written out without building one string past V8's maximum string length.
 */
export function* jsonChunks(diagnostics: Iterable<Diagnostic>): Generator<string> {
  let empty = true;

  for (const diagnostic of diagnostics) {
    yield `${empty ? '[\n' : ',\n'}${indentJson(diagnostic, '  ')}`;
    empty = false;
  }

  yield empty ? '[]\n' : '\n]\n';
}

/**
 * Stringifies `value` with two-space indentation and indents every line by `indent`, as JSON.stringify does for
 * a nested value. Splitting at line breaks is safe because JSON strings escape their own line breaks.
 */
export function indentJson(value: unknown, indent: string): string {
  return `${indent}${JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)}`;
}
