import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Request } from 'playwright-core';

/** Flags that keep Debian's Chromium from reaching any host other than the preview server. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PreviewServer {
  /** For example `http://127.0.0.1:40123`. */
  origin: string;
  stop(): void;
}

/** Finds a free TCP port on 127.0.0.1 by letting the system pick one and releasing it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('failed to get a free port on 127.0.0.1')),
      );
    });
  });
}

async function waitUntilServing(
  url: string,
  preview: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (preview.exitCode !== null) {
      throw new Error(`astro preview exited with status ${preview.exitCode}: ${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // The server is not listening yet.
    }
    // Polling interval while the server starts; the deadline above bounds the wait.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not respond at \`${url}\` within ${timeoutMs} ms: ${output()}`);
}

/** `--outDir` when `PORTAL_PREVIEW_OUT_DIR` names a build other than dist/, for trying a build in a scratch folder. */
function outDirArguments(): string[] {
  const outDir = process.env.PORTAL_PREVIEW_OUT_DIR;
  return outDir === undefined || outDir === '' ? [] : ['--outDir', outDir];
}

/**
 * Starts `astro preview` of the built site (dist/, or `PORTAL_PREVIEW_OUT_DIR`) on a free port of 127.0.0.1
 * and waits until it serves. `--ignore-lock` keeps a preview the developer already runs (`npm start`) from
 * blocking this one or being replaced by it.
 */
export async function startPreview(root = process.cwd(), timeoutMs = 60_000): Promise<PreviewServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const bin = join(root, 'node_modules', '.bin');
  const preview = spawn(
    join(bin, 'astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock', ...outDirArguments()],
    {
      cwd: root,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

  let output = '';
  preview.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  preview.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });

  try {
    await waitUntilServing(`${origin}/`, preview, timeoutMs, () => output);
  } catch (error) {
    preview.kill('SIGTERM');
    throw error;
  }
  return { origin, stop: () => preview.kill('SIGTERM') };
}

/** Launches Debian's Chromium headless (`PORTAL_CHROMIUM_PATH` overrides the path). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PORTAL_CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}

/** URLs of requests that went anywhere but `origin`; data: and blob: URLs never leave the page. */
export function foreignRequests(requests: readonly Request[], origin: string): string[] {
  return requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}
