import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import { didYouMean } from '../suggest.ts';
import type { Command } from './command.ts';

const optionSpecs: OptionSpecs = {
  show: { type: 'string', short: 's' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Lists the built-in workflow templates with a one-line summary each.

With --show NAME it prints the template's YAML instead, exactly as the engine reads it; that is the
text \`examples/templates/NAME.yaml\` holds and the file name diagnostics give as \`templates/NAME.yaml\`.

options:
  -s, --show NAME   print the YAML of one template
  -h, --help        show this help
`;

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'list the built-in workflow templates, or print one',
  usage: 'wf templates [--show NAME]',
  help,
  run: runTemplates,
};

async function runTemplates(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'templates');
  if (values.help === true) {
    context.stdout.write(`usage: ${templatesCommand.usage}\n\n${help}`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\``, 'templates');

  const { libraryTemplates, templateSource } = await import('../../templates/index.ts');
  const templates = libraryTemplates();

  if (typeof values.show === 'string') {
    const source = templateSource(values.show);
    if (source === undefined) {
      const names = templates.map((template) => template.name);
      throw new UsageError(
        `unknown template \`${values.show}\`${didYouMean(values.show, names)}`,
        'templates',
      );
    }
    context.stdout.write(source);
    return 0;
  }

  const width = Math.max(...templates.map((template) => template.name.length)) + 3;
  for (const template of templates)
    context.stdout.write(`${template.name.padEnd(width)}${template.summary}\n`);
  return 0;
}
