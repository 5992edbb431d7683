import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Workflow } from '../../workflow/index.ts';
import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { shouldUseColor } from '../color.ts';
import { readWorkflowFile } from '../files/read-workflow-file.ts';
import { formatPretty } from '../format/pretty.ts';
import { countDiagnostics, formatSummary } from '../format/summary.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import { didYouMean } from '../suggest.ts';
import type { Command } from './command.ts';

const targets = ['airflow', 'langgraph'] as const;

const optionSpecs: OptionSpecs = {
  to: { type: 'string', short: 't' },
  out: { type: 'string', short: 'o' },
  'airflow-version': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Generates a Python module from a workflow file: an Airflow DAG or a LangGraph graph.

The file is validated first. When it has errors they are printed as \`wf validate\` prints them,
nothing is written and the exit status is 1. Each generated task calls the platform's node
implementations through one import: \`from trading_platform.nodes import run_node\`.

options:
  -t, --to TARGET            airflow or langgraph (required)
  -o, --out PATH             write the module to PATH instead of stdout
      --airflow-version N    3 (default) imports from airflow.sdk, 2 from airflow.decorators
  -h, --help                 show this help

exit status:
  0  the module was written
  1  the workflow has errors; nothing was written
  2  wf could not run: bad arguments, or a file that cannot be read or written
`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'generate an Airflow DAG or a LangGraph module from a workflow file',
  usage: 'wf export --to airflow|langgraph FILE [--out PATH] [--airflow-version 3|2]',
  help,
  run: runExport,
};

export type LoadResult = { ok: true; workflow: Workflow } | { ok: false; status: number };

/**
 * Reads and validates one workflow file for a command that needs a clean workflow. Problems are printed
 * as `wf validate` prints them, in the pretty format on stderr so that stdout carries only the result.
 */
export async function loadValidWorkflow(file: string, context: CliContext): Promise<LoadResult> {
  const read = readWorkflowFile(resolve(context.cwd, file), file);
  if (!read.ok) {
    context.stderr.write(`wf: ${read.problem}\n`);
    return { ok: false, status: 2 };
  }

  const { validateWorkflow, diagnosticRules } = await import('../../workflow/index.ts');
  const result = validateWorkflow(read.text, { file });
  const counts = countDiagnostics(result.diagnostics);
  if (counts.errors === 0 && result.workflow) return { ok: true, workflow: result.workflow };

  const report = formatPretty(result.diagnostics, {
    sources: new Map([[file, read.text]]),
    ruleNames: new Map(diagnosticRules.map((rule) => [rule.code, rule.name])),
    color: shouldUseColor(context.env, false),
  });
  context.stderr.write(`${report}${formatSummary(counts, 1)}\n`);
  return { ok: false, status: 1 };
}

async function runExport(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'export');
  if (values.help === true) {
    context.stdout.write(`usage: ${exportCommand.usage}\n\n${help}`);
    return 0;
  }

  const target = parseTarget(values.to);
  const airflowVersion = parseAirflowVersion(values['airflow-version']);
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('missing FILE: name the workflow file to export', 'export');
  if (extra.length > 0)
    throw new UsageError(`unexpected argument \`${extra[0]}\`, export takes one FILE`, 'export');

  const loaded = await loadValidWorkflow(file, context);
  if (!loaded.ok) return loaded.status;

  const { exportWorkflow } = await import('../../workflow/export/index.ts');
  const module = exportWorkflow(loaded.workflow, target, { airflowVersion });
  if (typeof values.out !== 'string') {
    context.stdout.write(module);
    return 0;
  }

  try {
    writeFileSync(resolve(context.cwd, values.out), module);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    context.stderr.write(`wf: cannot write \`${values.out}\`: ${code}\n`);
    return 2;
  }
  context.stderr.write(`wf: wrote ${target} module \`${values.out}\`\n`);
  return 0;
}

function parseTarget(value: string | boolean | undefined): (typeof targets)[number] {
  if (value === undefined)
    throw new UsageError('missing option `--to`: choose `airflow` or `langgraph`', 'export');

  const target = targets.find((candidate) => candidate === value);
  if (target !== undefined) return target;
  const text = String(value);
  throw new UsageError(
    `unknown target \`${text}\`${didYouMean(text, targets) || ', expected `airflow` or `langgraph`'}`,
    'export',
  );
}

function parseAirflowVersion(value: string | boolean | undefined): 2 | 3 {
  if (value === undefined || value === '3') return 3;
  if (value === '2') return 2;
  throw new UsageError(
    `option \`--airflow-version\` must be \`3\` or \`2\`, got \`${String(value)}\``,
    'export',
  );
}
