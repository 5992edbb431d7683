/**
 * API key format: `wfk_<id>_<secret>`.
 * - `wfk_` marks the string as a workflow-platform key, so secret scanners and people can recognise it.
 * - `<id>`: 16 lowercase hex characters (8 random bytes). It is public: it names the registry entry, so a
 *   key is looked up by id and never by comparing against every stored hash.
 * - `<secret>`: 64 lowercase hex characters (32 random bytes, 256 bits).
 * Hex avoids `_` and `-` inside the parts, so the key splits unambiguously and selects as one word.
 */
export const API_KEY_PREFIX = 'wfk_';
export const API_KEY_ID_BYTES = 8;
export const API_KEY_SECRET_BYTES = 32;

const API_KEY_ID_LENGTH = API_KEY_ID_BYTES * 2;
const API_KEY_SECRET_LENGTH = API_KEY_SECRET_BYTES * 2;
export const API_KEY_LENGTH = API_KEY_PREFIX.length + API_KEY_ID_LENGTH + 1 + API_KEY_SECRET_LENGTH;

const API_KEY_PATTERN = new RegExp(
  `^${API_KEY_PREFIX}([0-9a-f]{${API_KEY_ID_LENGTH}})_([0-9a-f]{${API_KEY_SECRET_LENGTH}})$`,
);
export const API_KEY_ID_PATTERN = new RegExp(`^[0-9a-f]{${API_KEY_ID_LENGTH}}$`);

export interface ParsedApiKey {
  id: string;
  secret: string;
}

/** Splits a presented key into id and secret; undefined when it does not have the exact format. */
export function parseApiKey(presented: string): ParsedApiKey | undefined {
  if (presented.length !== API_KEY_LENGTH) {
    return undefined;
  }

  const match = API_KEY_PATTERN.exec(presented);
  if (match === null) {
    return undefined;
  }
  return { id: match[1] as string, secret: match[2] as string };
}

export function formatApiKey(id: string, secret: string): string {
  return `${API_KEY_PREFIX}${id}_${secret}`;
}
