import { styleText } from 'node:util';
import type { Diagnostic, Severity } from '../../workflow/index.ts';
import { type FramePaint, renderCodeFrame } from './code-frame.ts';
import { docsLink } from './docs-link.ts';
import { sanitizeForTerminal } from './sanitize.ts';

export interface PrettyOptions {
  /** Source text by diagnostic `file`; a diagnostic whose file is missing here is shown without a frame. */
  sources: ReadonlyMap<string, string>;
  /** Rule name by code, shown next to the code. */
  ruleNames: ReadonlyMap<string, string>;
  docsBaseUrl?: string;
  color: boolean;
}

type StyleFormat = Parameters<typeof styleText>[0];

const severityStyle: Record<Severity, StyleFormat> = {
  error: ['red', 'bold'],
  warning: ['yellow', 'bold'],
  info: ['cyan', 'bold'],
};

/**
 * Formats diagnostics for a terminal. Each one gets a `file:line:col: severity: message [code rule-name]` line
 * in the gcc style that editors' problem matchers parse, then the source line with the range underlined, the
 * hint, related locations and the docs link, and a blank line.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], options: PrettyOptions): string {
  const paint = (format: StyleFormat, text: string) =>
    options.color ? styleText(format, text, { validateStream: false }) : text;
  const linesByFile = new Map<string, string[]>();
  let output = '';

  for (const diagnostic of diagnostics) {
    const lines = sourceLines(diagnostic.file, options.sources, linesByFile);
    const framePaint: FramePaint = {
      gutter: (text) => paint('dim', text),
      marker: (text) => paint(severityStyle[diagnostic.severity], text),
    };

    output += `${formatHeadline(diagnostic, options.ruleNames, paint)}\n`;
    for (const frameLine of renderCodeFrame(lines, diagnostic, framePaint)) output += `  ${frameLine}\n`;
    if (diagnostic.hint !== undefined) {
      output += `  ${paint('bold', 'hint:')} ${sanitizeForTerminal(diagnostic.hint)}\n`;
    }
    for (const related of diagnostic.related ?? []) {
      const location = `${related.file}:${related.line}:${related.column}`;
      output += `  ${paint('bold', 'related:')} ${sanitizeForTerminal(`${location}: ${related.message}`)}\n`;
    }
    output += `  ${paint('bold', 'docs:')} ${docsLink(diagnostic.code, options.docsBaseUrl)}\n\n`;
  }

  return output;
}

function formatHeadline(
  diagnostic: Diagnostic,
  ruleNames: ReadonlyMap<string, string>,
  paint: (format: StyleFormat, text: string) => string,
): string {
  const location = paint(
    'bold',
    sanitizeForTerminal(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:`),
  );
  const severity = paint(severityStyle[diagnostic.severity], `${diagnostic.severity}:`);
  const ruleName = ruleNames.get(diagnostic.code);
  const rule = paint('dim', `[${diagnostic.code}${ruleName === undefined ? '' : ` ${ruleName}`}]`);
  return `${location} ${severity} ${sanitizeForTerminal(diagnostic.message)} ${rule}`;
}

function sourceLines(
  file: string,
  sources: ReadonlyMap<string, string>,
  cache: Map<string, string[]>,
): string[] {
  let lines = cache.get(file);
  if (lines === undefined) {
    // Split at `\n` only, because the engine's line numbers do not count a lone `\r` as a line break
    lines = sources.get(file)?.split('\n') ?? [];
    cache.set(file, lines);
  }
  return lines;
}
