import { describe, expect, test } from 'vitest';
import { renderCodeFrame } from '../../engine/cli/format/code-frame.ts';

function frame(line: string, column: number, endColumn: number, endLine = 1): string[] {
  return renderCodeFrame([line], { line: 1, column, endLine, endColumn });
}

describe('renderCodeFrame', () => {
  test('underlines the range under plain ASCII', () => {
    expect(frame('  type: data_fetchr', 9, 20)).toEqual([
      '1 |   type: data_fetchr',
      '  |         ^^^^^^^^^^^',
    ]);
  });

  test('expands a tab to the next stop of four cells', () => {
    expect(frame('\tkey: x', 7, 8)).toEqual(['1 |     key: x', '  |          ^']);
  });

  test('expands a mid-line tab relative to the line start', () => {
    expect(frame('ab\tc', 4, 5)).toEqual(['1 | ab  c', '  |     ^']);
  });

  test('counts an emoji as two UTF-16 units and two cells', () => {
    expect(frame('a😀b', 2, 4)).toEqual(['1 | a😀b', '  |  ^^']);
    expect(frame('a😀b', 4, 5)).toEqual(['1 | a😀b', '  |    ^']);
  });

  test('keeps carets aligned after a tab and an emoji', () => {
    expect(frame('\tname: 🚀 launch', 11, 17)).toEqual([
      '1 |     name: 🚀 launch',
      '  |              ^^^^^^',
    ]);
  });

  test('counts a CJK character as two cells', () => {
    expect(frame('名前: x', 5, 6)).toEqual(['1 | 名前: x', '  |       ^']);
  });

  test('treats a ZWJ emoji sequence as one two-cell character', () => {
    expect(frame('👨‍👩‍👧 x', 10, 11)).toEqual(['1 | 👨‍👩‍👧 x', '  |    ^']);
  });

  test('clamps a range past the line end to one caret', () => {
    expect(frame('abc', 10, 12)).toEqual(['1 | abc', '  |    ^']);
  });

  test('shows one caret for an empty range', () => {
    expect(frame('abc', 2, 2)).toEqual(['1 | abc', '  |  ^']);
  });

  test('underlines to the line end when the range spans lines', () => {
    expect(renderCodeFrame(['a', 'abcdef'], { line: 2, column: 3, endLine: 4, endColumn: 1 })).toEqual([
      '2 | abcdef',
      '  |   ^^^^',
    ]);
  });

  test('shows an empty line without trailing space', () => {
    expect(frame('', 1, 1)).toEqual(['1 |', '  | ^']);
  });

  test('drops the carriage return of a CRLF line', () => {
    expect(frame('key: value\r', 6, 11)).toEqual(['1 | key: value', '  |      ^^^^^']);
  });

  test('replaces terminal control characters with visible symbols', () => {
    expect(frame('x\u001b[31my', 1, 2)).toEqual(['1 | x␛[31my', '  | ^']);
  });

  test('widens the gutter to the line number', () => {
    const lines = Array.from({ length: 120 }, (_, index) => `line ${index + 1}`);
    expect(renderCodeFrame(lines, { line: 120, column: 6, endLine: 120, endColumn: 9 })).toEqual([
      '120 | line 120',
      '    |      ^^^',
    ]);
  });

  test('returns nothing for a line outside the source', () => {
    expect(renderCodeFrame(['a'], { line: 3, column: 1, endLine: 3, endColumn: 2 })).toEqual([]);
  });

  test('paints gutter and marker', () => {
    const paint = { gutter: (text: string) => `<${text}>`, marker: (text: string) => `[${text}]` };
    expect(renderCodeFrame(['abc'], { line: 1, column: 2, endLine: 1, endColumn: 3 }, paint)).toEqual([
      '<1 |> abc',
      '<  |>  [^]',
    ]);
  });

  describe('long lines', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz';
    const longLine = alphabet.repeat(12).slice(0, 300);

    test('keeps a line of 120 cells whole', () => {
      const line = longLine.slice(0, 120);
      expect(frame(line, 120, 121)).toEqual([`1 | ${line}`, `  | ${' '.repeat(119)}^`]);
    });

    test('cuts the end of a long line after an early range', () => {
      expect(frame(longLine, 1, 4)).toEqual([`1 | ${longLine.slice(0, 120)}…`, '  | ^^^']);
    });

    test('cuts both ends around a range in the middle', () => {
      expect(frame(longLine, 150, 155)).toEqual([
        `1 | …${longLine.slice(119, 239)}…`,
        `  | ${' '.repeat(31)}^^^^^`,
      ]);
    });

    test('shows the line end for a range past it', () => {
      expect(frame(longLine, 301, 302)).toEqual([`1 | …${longLine.slice(181)}`, `  | ${' '.repeat(120)}^`]);
    });

    test('clips carets of a range wider than the window', () => {
      expect(frame(longLine, 100, 290)).toEqual([
        `1 | …${longLine.slice(69, 189)}…`,
        `  | ${' '.repeat(31)}${'^'.repeat(90)}`,
      ]);
    });
  });
});

// Splitting a 160,000-character line into graphemes for each of 1,000 diagnostics on it took over a minute
describe('renderCodeFrame on a very long line', () => {
  const line = `depends_on: [${'a,'.repeat(80_000)}a]`;

  test('shows a window around a range in the middle', () => {
    const column = 14 + 2 * 40_000;
    expect(renderCodeFrame([line], { line: 1, column, endLine: 1, endColumn: column + 1 })).toEqual([
      `1 | …${'a,'.repeat(60)}…`,
      `  | ${' '.repeat(31)}^`,
    ]);
  });

  test('matches the frame of a short line with the same surroundings', () => {
    const column = 14 + 2 * 40_000;
    const shortLine = `${'a,'.repeat(400)}a`;
    expect(renderCodeFrame([line], { line: 1, column, endLine: 1, endColumn: column + 1 })).toEqual(
      renderCodeFrame([shortLine], { line: 1, column: 401, endLine: 1, endColumn: 402 }),
    );
  });

  test('shows the start of the line without a leading cut mark', () => {
    expect(renderCodeFrame([line], { line: 1, column: 14, endLine: 1, endColumn: 15 })).toEqual([
      `1 | depends_on: [${'a,'.repeat(53)}a…`,
      `  |              ^`,
    ]);
  });

  test('keeps a surrogate pair whole at the cut', () => {
    const emojiLine = '😀'.repeat(2000);
    const [text] = renderCodeFrame([emojiLine], { line: 1, column: 2001, endLine: 1, endColumn: 2003 });
    expect(text).toBe(`1 | …${'😀'.repeat(60)}…`);
  });
});
