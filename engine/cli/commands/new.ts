import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import { didYouMean } from '../suggest.ts';
import type { Command } from './command.ts';

const optionSpecs: OptionSpecs = {
  template: { type: 'string', short: 't' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Writes a new workflow file that uses a template, filled in with the template's example values.

Without --out the file is printed on stdout. An existing file is never overwritten.
Run \`wf templates\` for the names.

options:
  -t, --template NAME   the template to use (required)
  -o, --out FILE        write the workflow to FILE
  -h, --help            show this help
`;

export const newCommand: Command = {
  name: 'new',
  summary: 'scaffold a workflow file that uses a template',
  usage: 'wf new --template NAME [--out FILE]',
  help,
  run: runNew,
};

async function runNew(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'new');
  if (values.help === true) {
    context.stdout.write(`usage: ${newCommand.usage}\n\n${help}`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\``, 'new');
  if (typeof values.template !== 'string') {
    throw new UsageError('missing option `--template`: run `wf templates` for the names', 'new');
  }

  const { findTemplate, libraryTemplates, templateInstanceYaml } = await import('../../templates/index.ts');
  const template = findTemplate(values.template);
  if (!template) {
    const names = libraryTemplates().map((entry) => entry.name);
    throw new UsageError(
      `unknown template \`${values.template}\`${didYouMean(values.template, names)}`,
      'new',
    );
  }

  const yaml = templateInstanceYaml(template);
  if (typeof values.out !== 'string') {
    context.stdout.write(yaml);
    return 0;
  }

  try {
    // The `wx` flag makes the write fail when the file exists, with no window between a check and the write
    writeFileSync(resolve(context.cwd, values.out), yaml, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST' ? 'the file exists; choose another name or remove it first' : (code ?? String(error));
    context.stderr.write(`wf: cannot write \`${values.out}\`: ${reason}\n`);
    return 2;
  }
  context.stderr.write(`wf: wrote \`${values.out}\` from template \`${template.name}\`\n`);
  return 0;
}
