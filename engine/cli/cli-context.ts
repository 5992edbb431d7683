/** Text stream that a command writes to, such as `process.stdout` or a test buffer. */
export interface TextOutput {
  write(text: string): unknown;
}

/**
 * Everything a command reads from its surroundings, passed in so that commands stay testable in-process.
 * `wf.ts` builds the real one from `process`.
 */
export interface CliContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: TextOutput;
  stderr: TextOutput;
  /** Whether stdout is a terminal, which turns colour on unless the environment sets NO_COLOR, FORCE_COLOR or TERM=dumb. */
  stdoutIsTty: boolean;
}
