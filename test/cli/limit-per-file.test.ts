import { describe, expect, test } from 'vitest';
import { formatOmittedNote, limitPerFile } from '../../engine/cli/format/limit-per-file.ts';
import type { Diagnostic } from '../../engine/workflow/index.ts';

function at(file: string, line: number): Diagnostic {
  return {
    code: 'WF305',
    severity: 'warning',
    message: 'm',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
  };
}

describe('limitPerFile', () => {
  test('keeps the first ones of each file and counts the rest', () => {
    const diagnostics = [at('a.yaml', 1), at('a.yaml', 2), at('a.yaml', 3), at('b.yaml', 1), at('c.yaml', 1)];
    expect(Array.from(limitPerFile(diagnostics, 2))).toEqual([
      { file: 'a.yaml', shown: [at('a.yaml', 1), at('a.yaml', 2)], omitted: 1 },
      { file: 'b.yaml', shown: [at('b.yaml', 1)], omitted: 0 },
      { file: 'c.yaml', shown: [at('c.yaml', 1)], omitted: 0 },
    ]);
  });

  test('keeps a file exactly at the limit whole', () => {
    expect(Array.from(limitPerFile([at('a.yaml', 1), at('a.yaml', 2)], 2))).toEqual([
      { file: 'a.yaml', shown: [at('a.yaml', 1), at('a.yaml', 2)], omitted: 0 },
    ]);
  });

  test('yields nothing for no diagnostics', () => {
    expect(Array.from(limitPerFile([], 2))).toEqual([]);
  });

  test('leaves room for the engine note by default', () => {
    const diagnostics = Array.from({ length: 1002 }, (_, index) => at('a.yaml', index + 1));
    const [group] = Array.from(limitPerFile(diagnostics));
    expect(group?.shown).toHaveLength(1001);
    expect(group?.omitted).toBe(1);
  });
});

describe('formatOmittedNote', () => {
  test('names the file and the count', () => {
    expect(formatOmittedNote('flows/a.yaml', 5)).toBe(
      '... and 5 more diagnostics in `flows/a.yaml`, not shown: `--format json` lists every one the engine returned',
    );
  });

  test('uses the singular for one', () => {
    expect(formatOmittedNote('a.yaml', 1)).toBe(
      '... and 1 more diagnostic in `a.yaml`, not shown: `--format json` lists every one the engine returned',
    );
  });

  test('makes control characters in the file name visible', () => {
    expect(formatOmittedNote('x\u001b[31m.yaml', 2)).toBe(
      '... and 2 more diagnostics in `x\u241b[31m.yaml`, not shown: `--format json` lists every one the engine returned',
    );
  });
});
