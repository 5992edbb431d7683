import { graphemeWidth, splitGraphemes } from './display-width.ts';
import { sanitizeForTerminal } from './sanitize.ts';

/** Tab stops every 4 cells, counted from the start of the source line, so the frame reads the same everywhere. */
const tabWidth = 4;

/**
 * Widest source excerpt shown, in terminal cells. Longer lines (a workflow written as one line of JSON, say)
 * are cut to a window around the range, marked with `…` at the cut ends.
 */
const maxLineCells = 120;

/** Cells of context kept before the range when a long line is cut. */
const contextCells = 30;

/** Maximum line length, in UTF-16 code units, split into graphemes whole. Longer lines are sliced around the range first. */
const maxScannedUnits = 8 * maxLineCells;

/** Code units kept before the range when a line is sliced: enough for {@link contextCells} and a window start. */
const scannedUnitsBefore = 4 * maxLineCells;

export interface FrameRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Colours applied to the parts of a frame; identity functions when colour is off. */
export interface FramePaint {
  gutter(text: string): string;
  marker(text: string): string;
}

const noPaint: FramePaint = { gutter: (text) => text, marker: (text) => text };

/** One grapheme as drawn: its text, its cell offset in the drawn line and its width in cells. */
interface Cell {
  text: string;
  cell: number;
  width: number;
}

/**
 * Renders the source line of `range` with a gutter and a row of carets under the range, clamped to that line.
 * A range that runs onto later lines is underlined to the end of its first line. An empty range, or one past
 * the end of the line, gets a single caret. Columns are 1-based UTF-16 offsets mapped to terminal cells, so
 * tabs, emoji and CJK text keep the carets aligned. Returns no lines when `range.line` is not in `lines`.
 */
export function renderCodeFrame(lines: readonly string[], range: FrameRange, paint = noPaint): string[] {
  const rawLine = lines[range.line - 1];
  if (rawLine === undefined) return [];

  const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  const lineStart = clamp(range.column - 1, 0, line.length);
  const lineEnd =
    range.endLine > range.line ? line.length : clamp(range.endColumn - 1, lineStart, line.length);
  const { text, from, cutBefore, cutAfter } = excerptAround(line, lineStart);
  const start = lineStart - from;
  const end = Math.min(lineEnd - from, text.length);

  const cells: Cell[] = [];
  let lineWidth = 0;
  let markerStart: number | undefined;
  let markerEnd: number | undefined;

  for (const grapheme of splitGraphemes(text)) {
    const graphemeEnd = grapheme.index + grapheme.text.length;
    if (markerStart === undefined && graphemeEnd > start) markerStart = lineWidth;

    const drawn = drawGrapheme(grapheme.text, lineWidth);
    cells.push({ text: drawn.text, cell: lineWidth, width: drawn.width });
    lineWidth += drawn.width;

    if (grapheme.index < end) markerEnd = lineWidth;
  }

  const caretStart = markerStart ?? lineWidth;
  const caretEnd = Math.max(caretStart + 1, markerEnd ?? caretStart);
  const excerpt = cutToWindow(cells, lineWidth, caretStart, caretEnd, { cutBefore, cutAfter });
  const lineNumber = String(range.line);
  const blankGutter = ' '.repeat(lineNumber.length);

  return [
    `${paint.gutter(`${lineNumber} |`)}${excerpt.text === '' ? '' : ` ${excerpt.text}`}`,
    `${paint.gutter(`${blankGutter} |`)} ${' '.repeat(excerpt.caretStart)}${paint.marker('^'.repeat(excerpt.caretCount))}`,
  ];
}

/**
 * Returns the part of `line` that the frame draws: the whole line up to {@link maxScannedUnits}, otherwise a
 * slice around `start`. Splitting a very long line into graphemes for every diagnostic on it made the pretty
 * format quadratic (a minute for 1,000 diagnostics on one 160,000-character line). A tab or a wide character
 * takes at most four cells per code unit, so the slice still covers the window {@link cutToWindow} shows
 * unless it is full of zero-width marks, which then shows fewer characters.
 */
function excerptAround(line: string, start: number) {
  if (line.length <= maxScannedUnits) return { text: line, from: 0, cutBefore: false, cutAfter: false };

  let from = Math.max(0, start - scannedUnitsBefore);
  let to = Math.min(line.length, from + maxScannedUnits);
  // Keep surrogate pairs whole at both cuts
  if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from -= 1;
  if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to += 1;

  return { text: line.slice(from, to), from, cutBefore: from > 0, cutAfter: to < line.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Cuts a drawn line longer than {@link maxLineCells} to a window that starts a little before the carets. */
function cutToWindow(
  cells: readonly Cell[],
  lineWidth: number,
  caretStart: number,
  caretEnd: number,
  { cutBefore, cutAfter }: { cutBefore: boolean; cutAfter: boolean },
) {
  if (lineWidth <= maxLineCells && !cutBefore && !cutAfter) {
    return { text: cells.map((cell) => cell.text).join(''), caretStart, caretCount: caretEnd - caretStart };
  }

  // The window may reach one cell past the line, where a caret after the last character sits
  const windowStart = clamp(caretStart - contextCells, 0, Math.max(0, lineWidth + 1 - maxLineCells));
  const windowEnd = windowStart + maxLineCells;
  const inside = cells.filter((cell) => cell.cell >= windowStart && cell.cell + cell.width <= windowEnd);
  const prefix = windowStart > 0 || cutBefore ? '…' : '';
  const suffix = windowEnd < lineWidth || cutAfter ? '…' : '';
  const shownStart = inside[0]?.cell ?? windowStart;
  const shownEnd = Math.max(...inside.map((cell) => cell.cell + cell.width), shownStart);
  const visibleCaretEnd = Math.min(caretEnd, Math.max(shownEnd, caretStart + 1));

  return {
    text: `${prefix}${inside.map((cell) => cell.text).join('')}${suffix}`,
    caretStart: caretStart - shownStart + prefix.length,
    caretCount: Math.max(1, visibleCaretEnd - caretStart),
  };
}

function drawGrapheme(grapheme: string, cell: number): { text: string; width: number } {
  if (grapheme === '\t') {
    const width = tabWidth - (cell % tabWidth);
    return { text: ' '.repeat(width), width };
  }

  const text = sanitizeForTerminal(grapheme);
  return { text, width: text === grapheme ? graphemeWidth(grapheme) : text.length };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
