import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import {
  type CatalogEntry,
  catalogEntryFromSource,
  createDemoSecurity,
  createPlatformApi,
  type DemoSecurity,
  type PlatformApi,
} from '../../engine/api/index.ts';
import { createMswHandlers } from '../../engine/api/msw-handlers.ts';
import { mulberry32 } from '../../engine/workflow/simulate/index.ts';
import { contractProblems } from './contract-check.ts';

/** 2026-12-04T18:00:00Z, a round epoch second, so rate-limit reset times are easy to state. */
export const START = Date.UTC(2026, 11, 4, 18, 0, 0);

const root = fileURLToPath(new URL('../../', import.meta.url));

export const catalog: CatalogEntry[] = ['etl.yaml', 'workflow_config.yaml'].map(
  (name) => catalogEntryFromSource(readFileSync(`${root}examples/workflows/${name}`, 'utf8')) as CatalogEntry,
);

let demoSecurity: Promise<DemoSecurity> | undefined;
export function demo(): Promise<DemoSecurity> {
  demoSecurity ??= createDemoSecurity();
  return demoSecurity;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One way of reaching the API; every scenario runs through each. */
export interface Adapter {
  name: 'direct' | 'msw' | 'process';
  /** Whether `advance` moves the API's clock; the process runs on the wall clock. */
  hasVirtualClock: boolean;
  request(path: string, init?: RequestInit): Promise<ApiResponse>;
  /** Moves the injected clock forward; on the process adapter it waits for real. */
  advance(milliseconds: number): Promise<void>;
  /** The API's current time in epoch milliseconds. */
  now(): number;
  close(): Promise<void>;
}

async function read(method: string, pathname: string, response: Response): Promise<ApiResponse> {
  const text = await response.text();
  const body = text === '' ? undefined : JSON.parse(text);
  const problems = contractProblems(
    method,
    pathname,
    response.status,
    response.headers.get('Content-Type') ?? '',
    body,
  );
  if (problems.length > 0) {
    throw new Error(`${method} ${pathname} ${response.status} breaks the contract:\n${problems.join('\n')}`);
  }
  return { status: response.status, headers: response.headers, body };
}

async function inProcessApi(): Promise<{ api: PlatformApi; clock: { now: number } }> {
  const clock = { now: START };
  const api = createPlatformApi({
    ...(await demo()),
    now: () => clock.now,
    random: mulberry32(7),
    catalog,
    mode: 'demo',
    // No failures, so the run lifecycle is the same through every adapter.
    simulation: { retries: 0 },
  });
  return { api, clock };
}

export async function startDirect(): Promise<Adapter> {
  const { api, clock } = await inProcessApi();
  return {
    name: 'direct',
    hasVirtualClock: true,
    async request(path, init) {
      const request = new Request(`http://api.test${path}`, init);
      return read(
        request.method,
        new URL(request.url).pathname,
        await api.handle(request, { clientAddress: '203.0.113.7' }),
      );
    },
    advance: async (milliseconds) => {
      clock.now += milliseconds;
    },
    now: () => clock.now,
    close: async () => {},
  };
}

export async function startMsw(): Promise<Adapter> {
  const clock = { now: START };
  const api = createPlatformApi({
    ...(await demo()),
    now: () => clock.now,
    random: mulberry32(7),
    catalog,
    mode: 'demo',
    basePath: '/mockapi',
    simulation: { retries: 0 },
  });
  const server = setupServer(...createMswHandlers(api, { baseUrl: 'http://mock.test/mockapi' }));
  server.listen({ onUnhandledFrame: 'error' });
  return {
    name: 'msw',
    hasVirtualClock: true,
    async request(path, init) {
      const method = init?.method ?? 'GET';
      const response = await fetch(`http://mock.test/mockapi${path}`, init);
      return read(method, new URL(`http://x${path}`).pathname, response);
    },
    advance: async (milliseconds) => {
      clock.now += milliseconds;
    },
    now: () => clock.now,
    close: async () => server.close(),
  };
}

const wfEntry = `${root}engine/cli/wf.ts`;

/** Starts `wf serve --port 0` in demo mode and resolves once it printed its address. */
export async function startProcess(extraArgs: string[] = []): Promise<Adapter & { stderr: () => string }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [wfEntry, 'serve', '--port', '0', '--seed', '7', '--sim-speed', '60', ...extraArgs],
    { cwd: '/tmp', env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wf serve did not start:\n${stderr}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`wf serve exited with ${code}:\n${stderr}`)));
  });

  return {
    name: 'process',
    hasVirtualClock: false,
    stderr: () => stderr,
    async request(path, init) {
      const method = init?.method ?? 'GET';
      return read(method, new URL(`http://x${path}`).pathname, await fetch(`${baseUrl}${path}`, init));
    },
    advance: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    now: () => Date.now(),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

export const ADAPTERS = [
  { name: 'direct', start: startDirect },
  { name: 'msw', start: startMsw },
  { name: 'process', start: () => startProcess() },
] as const;
