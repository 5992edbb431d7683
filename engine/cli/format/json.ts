import type { Diagnostic } from '../../workflow/index.ts';

/** Formats diagnostics as one JSON array, indented by two spaces, with a final newline. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}
