import { API_KEY_ID_PATTERN } from './api-key-format.ts';
import { API_KEY_HASH_SCHEME, parseApiKeyHash } from './api-key-hash.ts';
import { type ConfigIssue, splitConfigEntries } from './config-issue.ts';
import { formatRoleList, parseRoleList } from './role-list.ts';
import type { Role } from './roles.ts';
import { describeConfigValue } from './safe-value.ts';
import { formatUtcTimestamp, parseUtcTimestamp } from './timestamp.ts';

/**
 * One API key at rest. Only the hash is stored; the plain key is shown once, when it is created.
 */
export interface StoredApiKey {
  /** The public id, the middle part of `wfk_<id>_<secret>`. */
  id: string;
  owner: string;
  roles: readonly Role[];
  /** `hmac-sha256.<salt>.<digest>`, see `api-key-hash.ts`. */
  hash: string;
  /** Epoch milliseconds from which the key is rejected as expired. */
  expiresAt?: number;
  revoked: boolean;
}

/** Stored keys by id. An owner may have several keys, which is how keys are rotated. */
export type ApiKeyRegistry = ReadonlyMap<string, StoredApiKey>;

/**
 * The `WF_API_KEYS` variable: entries separated by `;` or new lines, blank entries and entries starting
 * with `#` ignored, each entry six fields separated by `,`:
 *
 *   id,owner,roles,hash,expiresAt,status
 *
 * - `id`: 16 lowercase hex characters, unique in the variable.
 * - `owner`: letters, digits and `. _ @ -`, at most 64 characters, starting with a letter or digit.
 * - `roles`: `viewer`, `operator` or `admin`, several joined by `+`.
 * - `hash`: `hmac-sha256.<32 hex salt>.<64 hex digest>`.
 * - `expiresAt`: empty for no expiry, or a UTC time `2026-12-31` / `2026-12-31T18:00:00Z`.
 * - `status`: `active` or `revoked`.
 *
 * Example: `3f9a0c1d2e4b5a69,alice,operator+viewer,hmac-sha256.<salt>.<digest>,2026-12-31,active`.
 */
export const API_KEYS_VARIABLE = 'WF_API_KEYS';

const OWNER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const FIELDS = ['id', 'owner', 'roles', 'hash', 'expiresAt', 'status'] as const;

export type ParseApiKeyRegistryResult =
  | { ok: true; registry: ApiKeyRegistry }
  | { ok: false; issues: ConfigIssue[] };

/**
 * Parses `WF_API_KEYS`. Every problem is collected; on any problem the whole variable is rejected, so a
 * server never starts with a silently shortened key list. Messages never contain hashes or plain keys.
 */
export function parseApiKeyRegistry(text: string): ParseApiKeyRegistryResult {
  const registry = new Map<string, StoredApiKey>();
  const issues: ConfigIssue[] = [];

  for (const { entry, text: entryText } of splitConfigEntries(text)) {
    const parsed = parseApiKeyEntry(entry, entryText);
    if ('issues' in parsed) {
      issues.push(...parsed.issues);
      continue;
    }
    if (registry.has(parsed.key.id)) {
      issues.push({
        entry,
        field: 'id',
        message: `duplicate key id \`${parsed.key.id}\`; each key needs its own id`,
      });
      continue;
    }
    registry.set(parsed.key.id, parsed.key);
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, registry };
}

function parseApiKeyEntry(entry: number, text: string): { key: StoredApiKey } | { issues: ConfigIssue[] } {
  const fields = text.split(',').map((field) => field.trim());
  if (fields.length !== FIELDS.length) {
    const message = text.includes('wfk_')
      ? 'contains a plain API key; store only the line printed when the key was created'
      : `expected ${FIELDS.length} fields \`${FIELDS.join(',')}\`, found ${fields.length}`;
    return { issues: [{ entry, message }] };
  }

  const [id, owner, rolesText, hash, expiresText, status] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const issues: ConfigIssue[] = [];

  if (!API_KEY_ID_PATTERN.test(id)) {
    issues.push({
      entry,
      field: 'id',
      message: `invalid id ${describeConfigValue(id)}; expected 16 lowercase hex characters`,
    });
  }
  if (!OWNER_PATTERN.test(owner)) {
    issues.push({
      entry,
      field: 'owner',
      message: `invalid owner ${describeConfigValue(owner)}; expected letters, digits and \`. _ @ -\`, at most 64 characters`,
    });
  }

  const roles = parseRoleList(rolesText);
  if ('error' in roles) {
    issues.push({ entry, field: 'roles', message: roles.error });
  }

  if (parseApiKeyHash(hash) === undefined) {
    const message = hash.startsWith('wfk_')
      ? 'contains a plain API key; store only the hash line printed when the key was created'
      : `invalid hash; expected \`${API_KEY_HASH_SCHEME}.<32 hex characters>.<64 hex characters>\``;
    issues.push({ entry, field: 'hash', message });
  }

  const expiresAt = expiresText === '' ? undefined : parseUtcTimestamp(expiresText);
  if (expiresText !== '' && expiresAt === undefined) {
    issues.push({
      entry,
      field: 'expiresAt',
      message: `invalid expiry ${describeConfigValue(expiresText)}; expected empty, \`2026-12-31\` or \`2026-12-31T18:00:00Z\``,
    });
  }

  if (status !== 'active' && status !== 'revoked') {
    issues.push({
      entry,
      field: 'status',
      message: `invalid status ${describeConfigValue(status)}; expected \`active\` or \`revoked\``,
    });
  }

  if (issues.length > 0 || 'error' in roles) {
    return { issues };
  }
  return { key: { id, owner, roles: roles.roles, hash, expiresAt, revoked: status === 'revoked' } };
}

/** Formats one stored key as a `WF_API_KEYS` entry; `parseApiKeyRegistry` reads it back unchanged. */
export function formatApiKeyEntry(key: StoredApiKey): string {
  const expires = key.expiresAt === undefined ? '' : formatUtcTimestamp(key.expiresAt);
  return [
    key.id,
    key.owner,
    formatRoleList(key.roles),
    key.hash,
    expires,
    key.revoked ? 'revoked' : 'active',
  ].join(',');
}

export function isValidOwner(owner: string): boolean {
  return OWNER_PATTERN.test(owner);
}
