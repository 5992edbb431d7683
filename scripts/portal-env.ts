/**
 * Reads the build's own settings (the `PORTAL_*` variables) from `.env`, which Astro does not load into
 * `process.env` for its configuration file. Other variables in `.env` hold credentials of `wf serve`, so they
 * are left out on purpose: nothing of them can reach the build or the built site. A variable already set in
 * the environment wins over the file, as it does for `wf serve`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

const buildSettingPrefix = 'PORTAL_';

export function loadPortalSettings(
  envFile = '.env',
  environment: Record<string, string | undefined> = process.env,
): Record<string, string> {
  if (!existsSync(envFile)) return {};

  const loaded: Record<string, string> = {};
  for (const [name, value] of Object.entries(parseEnv(readFileSync(envFile, 'utf8')))) {
    if (!name.startsWith(buildSettingPrefix) || value === undefined) continue;
    if (environment[name] === undefined) environment[name] = value;
    loaded[name] = value;
  }
  return loaded;
}
