import { type ConfigIssue, splitConfigEntries } from './config-issue.ts';
import { timingSafeEqual } from './constant-time.ts';
import type { Identity } from './identity.ts';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  derivePasswordDigest,
  PASSWORD_DIGEST_BYTES,
  PASSWORD_HASH_SCHEME,
  PASSWORD_SALT_BYTES,
  parsePasswordHash,
} from './password-hash.ts';
import { formatRoleList, parseRoleList } from './role-list.ts';
import type { Role } from './roles.ts';
import { describeConfigValue } from './safe-value.ts';

export interface StoredUser {
  username: string;
  roles: readonly Role[];
  /** `pbkdf2-sha256.<iterations>.<salt>.<digest>`, see `password-hash.ts`. */
  passwordHash: string;
}

export type UserRegistry = ReadonlyMap<string, StoredUser>;

/**
 * The `WF_USERS` variable for the password grant: entries separated by `;` or new lines, each
 * `username,roles,passwordHash`, roles joined by `+`. Example: `alice,operator,pbkdf2-sha256.600000.<salt>.<digest>`.
 */
export const USERS_VARIABLE = 'WF_USERS';

const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export type ParseUserRegistryResult =
  | { ok: true; registry: UserRegistry }
  | { ok: false; issues: ConfigIssue[] };

/** Parses `WF_USERS`, collecting every problem; messages never contain password hashes. */
export function parseUserRegistry(text: string): ParseUserRegistryResult {
  const registry = new Map<string, StoredUser>();
  const issues: ConfigIssue[] = [];

  for (const { entry, text: entryText } of splitConfigEntries(text)) {
    const fields = entryText.split(',').map((field) => field.trim());
    if (fields.length !== 3) {
      issues.push({
        entry,
        message: `expected 3 fields \`username,roles,passwordHash\`, found ${fields.length}`,
      });
      continue;
    }

    const [username, rolesText, passwordHash] = fields as [string, string, string];
    const entryIssues: ConfigIssue[] = [];
    if (!USERNAME_PATTERN.test(username)) {
      entryIssues.push({
        entry,
        field: 'username',
        message: `invalid username ${describeConfigValue(username)}; expected letters, digits and \`. _ @ -\``,
      });
    } else if (registry.has(username)) {
      entryIssues.push({ entry, field: 'username', message: `duplicate username \`${username}\`` });
    }
    const roles = parseRoleList(rolesText);
    if ('error' in roles) {
      entryIssues.push({ entry, field: 'roles', message: roles.error });
    }
    if (parsePasswordHash(passwordHash) === undefined) {
      entryIssues.push({
        entry,
        field: 'passwordHash',
        message: `invalid password hash; expected \`${PASSWORD_HASH_SCHEME}.<iterations>.<32 hex characters>.<64 hex characters>\` as printed by the hash-password command`,
      });
    }

    if (entryIssues.length > 0 || 'error' in roles) {
      issues.push(...entryIssues);
      continue;
    }
    registry.set(username, { username, roles: roles.roles, passwordHash });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, registry };
}

export function formatUserEntry(user: StoredUser): string {
  return [user.username, formatRoleList(user.roles), user.passwordHash].join(',');
}

export type PasswordRejection = 'unknown-user' | 'mismatch';

export type VerifyPasswordResult =
  | { ok: true; identity: Identity }
  | { ok: false; reason: PasswordRejection };

/**
 * Checks a user name and password. An unknown user costs one PBKDF2 derivation like a known one, with the
 * highest iteration count in the registry, so response time does not reveal which user names exist. That
 * is exact when all users share one iteration count, as hashes made by `hashPassword` with its default do.
 */
export async function verifyPassword(
  users: UserRegistry,
  username: string,
  password: string,
): Promise<VerifyPasswordResult> {
  const user = users.get(username);
  const stored = user === undefined ? undefined : parsePasswordHash(user.passwordHash);
  const hash = stored ?? {
    iterations: maxIterations(users),
    salt: new Uint8Array(PASSWORD_SALT_BYTES),
    digest: new Uint8Array(PASSWORD_DIGEST_BYTES),
  };

  const digest = await derivePasswordDigest(password, hash.salt, hash.iterations);
  const matches = timingSafeEqual(digest, hash.digest);

  if (user === undefined) {
    return { ok: false, reason: 'unknown-user' };
  }
  if (stored === undefined || !matches) {
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true, identity: { subject: user.username, roles: user.roles, method: 'password' } };
}

function maxIterations(users: UserRegistry): number {
  let iterations = 0;
  for (const user of users.values()) {
    iterations = Math.max(iterations, parsePasswordHash(user.passwordHash)?.iterations ?? 0);
  }
  return iterations === 0 ? DEFAULT_PBKDF2_ITERATIONS : iterations;
}
