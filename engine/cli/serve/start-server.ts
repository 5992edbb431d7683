import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
// Single modules rather than the index, so the server does not load msw.
import { DEFAULT_MAX_BODY_BYTES } from '../../api/config.ts';
import {
  DEMO_ADMIN_API_KEY,
  DEMO_OPERATOR_API_KEY,
  DEMO_VIEWER_API_KEY,
} from '../../api/demo-credentials.ts';
import { createPlatformApi } from '../../api/platform-api.ts';
import { simulationAtSpeed } from '../../api/simulation-speed.ts';
import { mulberry32 } from '../../workflow/simulate/index.ts';
import type { CliContext } from '../cli-context.ts';
import { EXAMPLE_WORKFLOWS_DIRECTORY, loadCatalog } from './load-catalog.ts';
import { createNodeHandler, type RequestLogEntry } from './node-adapter.ts';
import { readEnvFile } from './read-env-file.ts';
import { loadServeSettings } from './serve-settings.ts';

export interface ServeOptions {
  port: number | undefined;
  host: string | undefined;
  envFile: string | undefined;
  trustProxy: boolean;
  seed: number | undefined;
  speed: number | undefined;
  quiet: boolean;
}

const DEFAULT_PORT = 8000;
const DEFAULT_HOST = '127.0.0.1';
const PREFIX = 'wf serve:';

/** Starts the server and resolves with the exit status once it stopped on SIGINT or SIGTERM. */
export async function startServer(options: ServeOptions, context: CliContext): Promise<number> {
  const fail = (message: string) => {
    context.stderr.write(`${PREFIX} ${message}\n`);
    return 2;
  };

  const envPath = options.envFile ?? join(context.cwd, '.env');
  const envFile = readEnvFile(envPath);
  if (envFile.kind === 'unreadable') return fail(envFile.message);
  if (envFile.kind === 'missing' && options.envFile !== undefined)
    return fail(`env file \`${envPath}\` not found`);

  // Variables already in the environment win over the file, as with Node's `--env-file`.
  const env = { ...(envFile.kind === 'read' ? envFile.values : {}), ...context.env };
  const loaded = await loadServeSettings(env);
  if (!loaded.ok) {
    for (const error of loaded.errors) context.stderr.write(`${PREFIX} ${error}\n`);
    return fail('invalid configuration; fix the variables above (see .env.example)');
  }
  const settings = loaded.settings;

  const catalog = loadCatalog(EXAMPLE_WORKFLOWS_DIRECTORY);
  for (const name of catalog.skipped) {
    context.stderr.write(
      `${PREFIX} skipped catalog file \`${name}\`: not a valid workflow or a repeated id\n`,
    );
  }

  const api = createPlatformApi({
    apiKeys: settings.apiKeys,
    users: settings.users,
    tokens: settings.tokens,
    tokenTtlSeconds: settings.tokenTtlSeconds,
    rateLimitStrategy: settings.rateLimitStrategy,
    rateLimitExempt: settings.rateLimitExempt,
    now: Date.now,
    random: mulberry32(options.seed ?? randomInt(2 ** 32)),
    catalog: catalog.entries,
    basePath: '',
    mode: settings.mode,
    ...(options.speed === undefined ? {} : { simulation: simulationAtSpeed(options.speed) }),
    onError: (error) => context.stderr.write(`${PREFIX} error in a handler: ${describeError(error)}\n`),
  });

  const handler = createNodeHandler(api, {
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    trustProxy: options.trustProxy,
    now: () => performance.now(),
    onResponse: (entry) => {
      if (!options.quiet) context.stderr.write(`${PREFIX} ${formatLogLine(entry)}\n`);
    },
    onError: (error) =>
      context.stderr.write(`${PREFIX} failed to send a response: ${describeError(error)}\n`),
  });

  const server = createServer(handler);
  const port = options.port ?? settings.port ?? DEFAULT_PORT;
  const host = options.host ?? settings.host ?? DEFAULT_HOST;
  const listening = await new Promise<string | undefined>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => resolve(listenError(error, host, port)));
    server.listen(port, host, () => resolve(undefined));
  });
  if (listening !== undefined) return fail(listening);

  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  if (settings.mode === 'demo') context.stderr.write(demoBanner());
  if (settings.mode === 'configured' && settings.apiKeys.size === 0 && settings.users.size === 0) {
    context.stderr.write(
      `${PREFIX} warning: no API keys (WF_API_KEYS) and no users (WF_USERS) are configured, so every protected operation answers 401; add keys with \`wf keys create\` or users with \`wf users hash-password\`\n`,
    );
  }
  context.stderr.write(
    `${PREFIX} listening on http://${formatHost(host)}:${actualPort} (${settings.mode} mode)\n`,
  );

  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      context.stderr.write(`${PREFIX} received ${signal}, stopping\n`);
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

function formatLogLine(entry: RequestLogEntry): string {
  return `${entry.method} ${entry.path} ${entry.status} ${entry.milliseconds}ms ${entry.subject ?? '-'}`;
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${formatHost(host)}:${port}`;
  if (error.code === 'EADDRINUSE')
    return `cannot listen on ${where}: the port is in use; pick another with --port`;
  if (error.code === 'EACCES') return `cannot listen on ${where}: permission denied; use a port above 1023`;
  return `cannot listen on ${where}: ${error.message}`;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function demoBanner(): string {
  const rule = '='.repeat(78);
  return [
    rule,
    'DEMO MODE: no WF_API_KEYS, WF_USERS or WF_TOKEN_SECRET is set, so this server accepts the',
    'PUBLIC demo credentials printed in the security guide. Anyone who can reach it can use them.',
    'Never expose it beyond this machine. Configure real credentials in .env (see .env.example).',
    `  viewer key:   ${DEMO_VIEWER_API_KEY}`,
    `  operator key: ${DEMO_OPERATOR_API_KEY}`,
    `  admin key:    ${DEMO_ADMIN_API_KEY}`,
    '  users:        demo-viewer, demo-operator, demo-admin (password: <user>-password)',
    rule,
    '',
  ]
    .map((line) => `${line}\n`)
    .join('');
}
