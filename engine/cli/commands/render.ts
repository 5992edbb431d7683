import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import type { Command } from './command.ts';
import { loadValidWorkflow } from './export.ts';

const optionSpecs: OptionSpecs = {
  direction: { type: 'string', short: 'd' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Prints the graph of a workflow file as a Mermaid flowchart on stdout.

The file is validated first; when it has errors they are printed on stderr and the exit status is 1.
A router's edges are labelled with their conditions.

options:
  -d, --direction DIR   TD (top down, default) or LR (left to right)
  -h, --help            show this help
`;

export const renderCommand: Command = {
  name: 'render',
  summary: 'print the graph of a workflow file as Mermaid text',
  usage: 'wf render FILE [--direction TD|LR]',
  help,
  run: runRender,
};

async function runRender(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'render');
  if (values.help === true) {
    context.stdout.write(`usage: ${renderCommand.usage}\n\n${help}`);
    return 0;
  }

  const direction = values.direction ?? 'TD';
  if (direction !== 'TD' && direction !== 'LR') {
    throw new UsageError(
      `option \`--direction\` must be \`TD\` or \`LR\`, got \`${String(direction)}\``,
      'render',
    );
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('missing FILE: name the workflow file to render', 'render');
  if (extra.length > 0)
    throw new UsageError(`unexpected argument \`${extra[0]}\`, render takes one FILE`, 'render');

  const loaded = await loadValidWorkflow(file, context);
  if (!loaded.ok) return loaded.status;

  const { workflowToMermaid } = await import('../../workflow/index.ts');
  context.stdout.write(workflowToMermaid(loaded.workflow, { direction }));
  return 0;
}
