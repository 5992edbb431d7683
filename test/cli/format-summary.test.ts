import { describe, expect, test } from 'vitest';
import { formatJson } from '../../engine/cli/format/json.ts';
import { countDiagnostics, formatSummary } from '../../engine/cli/format/summary.ts';
import type { Diagnostic, Severity } from '../../engine/workflow/index.ts';

function diagnostic(file: string, severity: Severity): Diagnostic {
  return { code: 'WF101', severity, message: 'm', file, line: 1, column: 1, endLine: 1, endColumn: 2 };
}

describe('formatSummary', () => {
  test('counts errors, warnings and files', () => {
    const counts = countDiagnostics([
      diagnostic('a.yaml', 'error'),
      diagnostic('a.yaml', 'error'),
      diagnostic('b.yaml', 'warning'),
      diagnostic('c.yaml', 'warning'),
    ]);
    expect(formatSummary(counts, 12)).toBe('2 errors, 2 warnings in 3 files (12 files checked)');
  });

  test('uses the singular for one', () => {
    const counts = countDiagnostics([diagnostic('a.yaml', 'error'), diagnostic('a.yaml', 'warning')]);
    expect(formatSummary(counts, 1)).toBe('1 error, 1 warning in 1 file (1 file checked)');
  });

  test('mentions info only when present', () => {
    const counts = countDiagnostics([diagnostic('a.yaml', 'info'), diagnostic('a.yaml', 'info')]);
    expect(formatSummary(counts, 2)).toBe('2 info in 1 file (2 files checked)');
  });

  test('reports a clean run', () => {
    expect(formatSummary(countDiagnostics([]), 12)).toBe('no problems in 12 files');
    expect(formatSummary(countDiagnostics([]), 1)).toBe('no problems in 1 file');
  });

  test('says no errors when warnings were left out', () => {
    expect(formatSummary(countDiagnostics([]), 3, true)).toBe('no errors in 3 files');
  });
});

describe('formatJson', () => {
  test('writes one indented array and a newline', () => {
    expect(formatJson([diagnostic('a.yaml', 'error')])).toBe(
      '[\n  {\n    "code": "WF101",\n    "severity": "error",\n    "message": "m",\n    "file": "a.yaml",\n' +
        '    "line": 1,\n    "column": 1,\n    "endLine": 1,\n    "endColumn": 2\n  }\n]\n',
    );
  });

  test('writes an empty array for no diagnostics', () => {
    expect(formatJson([])).toBe('[]\n');
  });
});
