import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import type { Command } from './command.ts';

const optionSpecs: OptionSpecs = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  // Not `--env-file`: Node 24 reads that flag even after the script name and exits with status 9.
  dotenv: { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  seed: { type: 'string' },
  'sim-speed': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Serves the platform API on your machine, with runs simulated in memory.

Credentials come from the environment and from a .env file in the current directory (see
.env.example). Without WF_API_KEYS, WF_USERS and WF_TOKEN_SECRET the server runs in demo
mode with the public demo credentials of the security guide. Runs, rate-limit counters and
tokens live in memory and are gone when the server stops. Stop it with Ctrl-C.

options:
  -p, --port PORT       TCP port (default: WF_SERVE_PORT, else 8000; 0 picks a free port)
      --host HOST       address to listen on (default: WF_SERVE_HOST, else 127.0.0.1)
      --dotenv PATH     read variables from PATH instead of ./.env (the file must exist)
      --trust-proxy     take the client address from X-Forwarded-For; only behind a proxy that sets it
      --seed N          seed of run ids and simulated runs, for reproducible demos
      --sim-speed N     run simulated workflows N times faster than real time (default 1)
  -q, --quiet           do not log one line per request
  -h, --help            show this help

exit status:
  0  stopped with Ctrl-C (SIGINT) or SIGTERM
  2  could not start: bad arguments, invalid configuration, or the port is in use
`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the platform API locally, with simulated runs',
  usage: 'wf serve [--port 8000] [--host 127.0.0.1] [--dotenv PATH] [--trust-proxy]',
  help,
  run: runServe,
};

async function runServe(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'serve');
  if (values.help === true) {
    context.stdout.write(`usage: ${serveCommand.usage}\n\n${help}`);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument \`${positionals[0]}\``, 'serve');
  }

  const port = optionalInteger(values.port, '--port', 0, 65_535);
  const seed = optionalInteger(values.seed, '--seed', 0, 2 ** 32 - 1);
  const speed = optionalSpeed(values['sim-speed']);

  // Loaded here so that `wf --help` and usage errors skip loading the server and the engine.
  const { startServer } = await import('../serve/start-server.ts');
  return startServer(
    {
      port,
      host: typeof values.host === 'string' ? values.host : undefined,
      envFile: typeof values.dotenv === 'string' ? values.dotenv : undefined,
      trustProxy: values['trust-proxy'] === true,
      seed,
      speed,
      quiet: values.quiet === true,
    },
    context,
  );
}

function optionalInteger(value: string | boolean | undefined, option: string, min: number, max: number) {
  if (value === undefined) return undefined;
  const text = String(value);
  const number = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new UsageError(
      `option \`${option}\` needs a whole number from ${min} to ${max}, got \`${text}\``,
      'serve',
    );
  }
  return number;
}

function optionalSpeed(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const speed = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(speed > 0 && speed <= 10_000)) {
    throw new UsageError(
      `option \`--sim-speed\` needs a number above 0 and at most 10000, got \`${text}\``,
      'serve',
    );
  }
  return speed;
}
