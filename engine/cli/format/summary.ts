import type { Diagnostic } from '../../workflow/index.ts';

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** How many distinct files have at least one diagnostic. */
  filesWithProblems: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const files = new Set<string>();
  const counts = { errors: 0, warnings: 0, infos: 0 };

  for (const diagnostic of diagnostics) {
    files.add(diagnostic.file);
    if (diagnostic.severity === 'error') counts.errors += 1;
    else if (diagnostic.severity === 'warning') counts.warnings += 1;
    else counts.infos += 1;
  }

  return { ...counts, filesWithProblems: files.size };
}

/**
 * Formats the closing line of a run, such as `2 errors, 1 warning in 3 files (12 files checked)` or
 * `no problems in 12 files`. With `errorsOnly` (the `--quiet` flag) a clean run reads `no errors in 12 files`,
 * because warnings were not looked at.
 */
export function formatSummary(counts: DiagnosticCounts, filesChecked: number, errorsOnly = false): string {
  const parts = [
    plural(counts.errors, 'error', 'errors'),
    plural(counts.warnings, 'warning', 'warnings'),
    plural(counts.infos, 'info', 'info'),
  ].filter((part) => part !== '');

  const checked = plural(filesChecked, 'file', 'files');
  if (parts.length === 0) return `no ${errorsOnly ? 'errors' : 'problems'} in ${checked}`;

  const withProblems = plural(counts.filesWithProblems, 'file', 'files');
  return `${parts.join(', ')} in ${withProblems} (${checked} checked)`;
}

function plural(count: number, singular: string, pluralForm: string): string {
  if (count === 0) return '';
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
