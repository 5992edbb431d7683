import type { Diagnostic, DiagnosticRule } from '../../workflow/index.ts';
import type { CliContext } from '../cli-context.ts';
import { shouldUseColor } from '../color.ts';
import { packageVersion } from '../package-version.ts';
import { writeChunks } from '../write-chunks.ts';
import { formatGithub } from './github.ts';
import { jsonChunks } from './json.ts';
import { formatOmittedNote, limitPerFile } from './limit-per-file.ts';
import { formatPretty, type PrettyOptions } from './pretty.ts';
import { sarifChunks } from './sarif.ts';

export const reportFormats = ['pretty', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface ReportInputs {
  sources: ReadonlyMap<string, string>;
  rules: readonly DiagnosticRule[];
  docsBaseUrl: string | undefined;
}

/**
 * Writes the report of `wf validate` to stdout in `format`, piece by piece. The pretty and github formats
 * show at most {@link limitPerFile}'s maximum per file and a note for the rest: pretty on stdout after the
 * file's diagnostics, github on stderr, because its stdout carries only annotation commands.
 */
export function writeReport(
  format: ReportFormat,
  diagnostics: readonly Diagnostic[],
  { sources, rules, docsBaseUrl }: ReportInputs,
  context: CliContext,
): void {
  const ruleNames = new Map(rules.map((rule) => [rule.code, rule.name]));

  switch (format) {
    case 'pretty': {
      const color = shouldUseColor(context.env, context.stdoutIsTty);
      writeChunks(context.stdout, prettyChunks(diagnostics, { sources, ruleNames, docsBaseUrl, color }));
      return;
    }
    case 'json':
      writeChunks(context.stdout, jsonChunks(diagnostics));
      return;
    case 'sarif': {
      const options = { rules, toolVersion: packageVersion(), docsBaseUrl, srcRoot: context.cwd };
      writeChunks(context.stdout, sarifChunks(diagnostics, options));
      return;
    }
    case 'github':
      for (const { file, shown, omitted } of limitPerFile(diagnostics)) {
        context.stdout.write(formatGithub(shown, ruleNames));
        if (omitted > 0) context.stderr.write(`wf: ${formatOmittedNote(file, omitted)}\n`);
      }
  }
}

function* prettyChunks(diagnostics: readonly Diagnostic[], options: PrettyOptions): Generator<string> {
  for (const { file, shown, omitted } of limitPerFile(diagnostics)) {
    yield formatPretty(shown, options);
    if (omitted > 0) yield `${formatOmittedNote(file, omitted)}\n\n`;
  }
}
