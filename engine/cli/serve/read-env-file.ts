import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

export type EnvFileResult =
  | { kind: 'missing' }
  | { kind: 'read'; values: Record<string, string> }
  | { kind: 'unreadable'; message: string };

/**
 * Reads a `.env` file with Node's own parser (`util.parseEnv`, the one behind `--env-file`), so quoting
 * and comments follow Node's rules. A missing file is not an error: it means demo mode.
 */
export function readEnvFile(path: string): EnvFileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', message: `cannot read \`${path}\`: ${(error as Error).message}` };
  }
  return { kind: 'read', values: parseEnv(text) as Record<string, string> };
}
