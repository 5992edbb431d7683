/**
 * Entry point of the `wf` command: `node engine/cli/wf.ts COMMAND ...` (or `npm run -s wf -- COMMAND ...`).
 * It connects the process to runWf and keeps stack traces from the user: an unexpected exception is printed
 * as one line and exits with status 2. Set `WF_DEBUG=1` to see the stack trace instead.
 */
import type { CliContext } from './cli-context.ts';

// npm runs scripts from the package root and passes the directory it was started in as INIT_CWD, so under
// `npm run wf` relative file arguments are resolved against INIT_CWD, as the user typed them
const startedByNpmScript = process.env.npm_lifecycle_event === 'wf' && process.env.INIT_CWD !== undefined;

const context: CliContext = {
  cwd: startedByNpmScript ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTty: process.stdout.isTTY === true,
};

let crashReported = false;

// A reader that closes the pipe early (`wf validate ... | head`) is not an error worth reporting
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  reportCrash(error);
});

// When stderr itself fails (`wf serve 2>&1 | head`), nothing can be reported any more. Reporting it on
// stderr would fail again and raise another error event, an endless loop at full CPU.
process.stderr.on('error', () => process.exit(process.exitCode ?? 0));
process.on('uncaughtException', reportCrash);
process.on('unhandledRejection', reportCrash);

// Imported dynamically so that a module that fails to load is reported by reportCrash, not by Node with a stack
import('./run-wf.ts')
  .then(({ runWf }) => runWf(process.argv.slice(2), context))
  .then((status) => {
    // exitCode rather than exit(), so output still queued for a pipe is flushed before the process ends
    process.exitCode = status;
  }, reportCrash);

function reportCrash(error: unknown): void {
  process.exitCode = 2;
  // One report is enough, and a failing stderr must not turn each report into the next crash
  if (crashReported) return;
  crashReported = true;

  const message = error instanceof Error ? error.message : String(error);
  const detail = process.env.WF_DEBUG === '1' && error instanceof Error ? (error.stack ?? message) : message;
  process.stderr.write(`wf: internal error: ${detail}\n`);
}
