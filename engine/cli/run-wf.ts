import type { CliContext } from './cli-context.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './commands/command.ts';
import { commands } from './commands/index.ts';
import { sanitizeForTerminal } from './format/sanitize.ts';
import { packageVersion } from './package-version.ts';
import { didYouMean } from './suggest.ts';

const generalUsage = 'wf COMMAND [options]';

/**
 * Runs `wf` with the arguments after the program name and returns the exit status. Usage errors are printed
 * here with a hint and give status 2. Any other exception propagates to the caller (`wf.ts`).
 */
export async function runWf(args: readonly string[], context: CliContext): Promise<number> {
  try {
    return await dispatch(args, context);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;

    const command = commands.find((candidate) => candidate.name === error.command);
    const usage = command?.usage ?? generalUsage;
    const helpCommand = command === undefined ? 'wf --help' : `wf ${command.name} --help`;
    // The message quotes arguments as typed, which may contain terminal escape sequences
    const message = sanitizeForTerminal(error.message);
    context.stderr.write(`wf: ${message}\nusage: ${usage}\nrun \`${helpCommand}\` for details\n`);
    return 2;
  }
}

async function dispatch(args: readonly string[], context: CliContext): Promise<number> {
  const [first, ...rest] = args;

  if (first === undefined) throw new UsageError('missing command');
  if (first === '--version') {
    context.stdout.write(`wf ${packageVersion()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') return showHelp(rest, context);
  if (first.startsWith('-')) {
    const hint = first.startsWith('--') ? didYouMean(first.slice(2), ['help', 'version'], '--') : '';
    throw new UsageError(`unknown option \`${first}\`${hint}`);
  }

  const command = findCommand(first);
  return await command.run(rest, context);
}

function showHelp(args: readonly string[], context: CliContext): number {
  const [name, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\` after \`help ${name}\``);

  if (name === undefined) {
    context.stdout.write(formatGeneralHelp());
    return 0;
  }

  const command = findCommand(name);
  context.stdout.write(`usage: ${command.usage}\n\n${command.help}`);
  return 0;
}

function findCommand(name: string): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (command !== undefined) return command;

  const names = [...commands.map((candidate) => candidate.name), 'help'];
  throw new UsageError(`unknown command \`${name}\`${didYouMean(name, names)}`);
}

function formatGeneralHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length), 'help'.length) + 3;
  const rows = [
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    `  ${'help'.padEnd(width)}show help for wf or for one command`,
  ];

  return `usage: ${generalUsage}

Checks trading-operations workflow files.

commands:
${rows.join('\n')}

options:
  -h, --help     show this help; \`wf COMMAND --help\` shows a command's help
      --version  print the version of wf

run \`wf help COMMAND\` for the options of a command
`;
}
