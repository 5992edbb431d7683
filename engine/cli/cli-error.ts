/**
 * A mistake in how `wf` was called (unknown command, unknown option, bad option value). The command prints
 * the message and a usage hint and exits with status 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose help the hint points to, or undefined for `wf` itself. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
