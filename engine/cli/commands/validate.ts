import { limits } from '../../workflow/limits.ts';
import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { expandFileArguments } from '../files/expand-file-arguments.ts';
import { maxWorkflowFileBytes } from '../files/read-workflow-file.ts';
import { sanitizeForTerminal } from '../format/sanitize.ts';
import { countDiagnostics, formatSummary } from '../format/summary.ts';
import { type ReportFormat, reportFormats, writeReport } from '../format/write-report.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import { didYouMean } from '../suggest.ts';
import type { Command } from './command.ts';

const optionSpecs: OptionSpecs = {
  format: { type: 'string', short: 'f' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'docs-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Validates workflow files and reports each problem with its position, code and docs link.

FILES are paths, directories or glob patterns. A directory stands for the .yaml and .yml files
directly inside it. Quote glob patterns (for example 'flows/**/*.yaml'): wf expands them itself,
so they work the same on every shell. A file reached twice, by overlapping patterns or through a
symbolic link, is validated once.

A file over ${maxWorkflowFileBytes.toLocaleString('en-US')} bytes is not read and fails with WF601, as a file over
the engine's character limit does. The engine reports at most ${limits.maxDiagnostics.toLocaleString('en-US')} diagnostics per file,
then one WF602 diagnostic that says how many more it found.

options:
  -f, --format FORMAT    output format: pretty (default), json, sarif or github
      --max-warnings N   exit with status 1 when more than N warnings are found
  -q, --quiet            report errors only, leaving out warnings and info
      --docs-url URL     base URL of the docs site, for rule links (default: site-relative paths)
  -h, --help             show this help

formats:
  pretty   file:line:col lines with the source line, hint and docs link; summary on stdout
  json     one JSON array of diagnostics on stdout; summary on stderr
  sarif    a SARIF 2.1.0 log for code-scanning services; summary on stderr
  github   GitHub Actions annotation commands; summary on stderr

exit status:
  0  no errors (warnings allowed, up to --max-warnings)
  1  errors found, or more warnings than --max-warnings
  2  wf could not run: bad arguments, or a file that is missing or cannot be read
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check workflow files and report problems',
  usage: 'wf validate FILES... [--format pretty|json|sarif|github] [--max-warnings N] [--quiet]',
  help,
  run: runValidate,
};

async function runValidate(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'validate');
  if (values.help === true) {
    context.stdout.write(`usage: ${validateCommand.usage}\n\n${help}`);
    return 0;
  }

  const format = parseFormat(values.format);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const docsBaseUrl = typeof values['docs-url'] === 'string' ? values['docs-url'] : undefined;
  if (positionals.length === 0) {
    throw new UsageError(
      'missing FILES: name at least one workflow file, directory or glob pattern',
      'validate',
    );
  }

  // Loaded here rather than at the top so that `wf --help` and usage errors skip loading the engine
  const { validateFiles } = await import('../validate-files.ts');
  const { diagnosticRules } = await import('../../workflow/index.ts');

  const expanded = expandFileArguments(positionals, context.cwd);
  const run = validateFiles(expanded.files, format === 'pretty');
  const problems = [...expanded.problems, ...run.problems];
  for (const problem of problems) context.stderr.write(`wf: ${sanitizeForTerminal(problem)}\n`);

  const quiet = values.quiet === true;
  const shown = quiet
    ? run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    : run.diagnostics;
  writeReport(format, shown, { sources: run.sources, rules: diagnosticRules, docsBaseUrl }, context);

  const summary =
    run.filesChecked === 0 ? '' : `${formatSummary(countDiagnostics(shown), run.filesChecked, quiet)}\n`;
  (format === 'pretty' ? context.stdout : context.stderr).write(summary);

  const counts = countDiagnostics(run.diagnostics);
  const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
  if (tooManyWarnings) {
    context.stderr.write(
      `wf: too many warnings: found ${counts.warnings}, \`--max-warnings\` allows ${maxWarnings}\n`,
    );
  }

  if (problems.length > 0) return 2;
  return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}

function parseFormat(value: string | boolean | undefined): ReportFormat {
  if (value === undefined) return 'pretty';

  const format = reportFormats.find((candidate) => candidate === value);
  if (format !== undefined) return format;

  const text = String(value);
  const tail =
    didYouMean(text, reportFormats) ||
    `, expected one of ${reportFormats.map((name) => `\`${name}\``).join(', ')}`;
  throw new UsageError(`unknown format \`${text}\`${tail}`, 'validate');
}

function parseMaxWarnings(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;

  const text = String(value);
  if (!/^\d+$/.test(text)) {
    throw new UsageError(
      `option \`--max-warnings\` needs a whole number of 0 or more, got \`${text}\``,
      'validate',
    );
  }
  return Number(text);
}
