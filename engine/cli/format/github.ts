import type { Diagnostic, Severity } from '../../workflow/index.ts';

const commandBySeverity: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * Formats diagnostics as GitHub Actions workflow commands (`::error file=...,line=...::message`), one per line,
 * which the runner turns into annotations on the pull request. The hint follows the message on a new line.
 */
export function formatGithub(
  diagnostics: readonly Diagnostic[],
  ruleNames: ReadonlyMap<string, string>,
): string {
  let output = '';

  for (const diagnostic of diagnostics) {
    const ruleName = ruleNames.get(diagnostic.code);
    const properties = [
      ['file', diagnostic.file],
      ['line', String(diagnostic.line)],
      ['col', String(diagnostic.column)],
      ['endLine', String(diagnostic.endLine)],
      ['endColumn', String(diagnostic.endColumn)],
      ['title', ruleName === undefined ? diagnostic.code : `${diagnostic.code} ${ruleName}`],
    ]
      .map(([name, value]) => `${name}=${escapeProperty(value ?? '')}`)
      .join(',');
    const message =
      diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message}\nhint: ${diagnostic.hint}`;

    output += `::${commandBySeverity[diagnostic.severity]} ${properties}::${escapeData(message)}\n`;
  }

  return output;
}

/** Escapes a command's message the way the Actions runner unescapes it: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value: as {@link escapeData}, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
