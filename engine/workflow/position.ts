import type { LineCounter } from 'yaml';

/** A span in the source as 1-based lines and columns in UTF-16 code units, with an exclusive end. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Converts `[start, end)` string offsets into a line and column range. */
export function rangeFromOffsets(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));

  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
