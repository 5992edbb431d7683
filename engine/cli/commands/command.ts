import type { CliContext } from '../cli-context.ts';

/** One `wf` subcommand. A new subcommand is one file that exports a Command, listed in `commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for the list of commands in `wf help`. */
  summary: string;
  /** The synopsis, for example `wf validate FILES... [options]`. */
  usage: string;
  /** The full text of `wf help NAME` and `wf NAME --help`, after the usage line. */
  help: string;
  /** Runs the command and returns its exit status. Throws UsageError for bad arguments. */
  run(args: readonly string[], context: CliContext): Promise<number> | number;
}
