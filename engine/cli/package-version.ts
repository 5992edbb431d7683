import { readFileSync } from 'node:fs';

/** Returns the `version` field of the project's package.json, which is also the version of `wf`. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
