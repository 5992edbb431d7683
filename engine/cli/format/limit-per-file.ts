import type { Diagnostic } from '../../workflow/index.ts';
import { limits } from '../../workflow/limits.ts';
import { sanitizeForTerminal } from './sanitize.ts';

/**
 * Most diagnostics the pretty and github formats print for one file. The engine already stops at
 * `limits.maxDiagnostics` and adds one WF602 diagnostic that counts the rest, so this bound leaves room for
 * that WF602 and only guards the terminal should the engine's cap ever be raised or removed. The json and
 * sarif formats print everything the engine returns, because programs read them.
 */
export const maxDiagnosticsShownPerFile = limits.maxDiagnostics + 1;

/** The diagnostics of one file as a format shows them, and how many were left out after them. */
export interface FileDiagnostics {
  file: string;
  shown: Diagnostic[];
  omitted: number;
}

/**
 * Splits diagnostics, already in file order, into one group per file and keeps the first `max` of each. A
 * group is a run of consecutive diagnostics with the same `file`.
 */
export function* limitPerFile(
  diagnostics: readonly Diagnostic[],
  max = maxDiagnosticsShownPerFile,
): Generator<FileDiagnostics> {
  let start = 0;

  while (start < diagnostics.length) {
    const file = diagnostics[start]?.file ?? '';
    let end = start + 1;
    while (end < diagnostics.length && diagnostics[end]?.file === file) end += 1;

    const count = end - start;
    yield {
      file,
      shown: diagnostics.slice(start, start + Math.min(count, max)),
      omitted: Math.max(count - max, 0),
    };
    start = end;
  }
}

/** Formats the line that stands for the diagnostics of `file` left out, with control characters made visible. */
export function formatOmittedNote(file: string, omitted: number): string {
  const noun = omitted === 1 ? 'diagnostic' : 'diagnostics';
  return sanitizeForTerminal(
    `... and ${omitted} more ${noun} in \`${file}\`, not shown: \`--format json\` lists every one the engine returned`,
  );
}
