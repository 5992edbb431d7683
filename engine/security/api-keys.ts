import { API_KEY_ID_BYTES, API_KEY_SECRET_BYTES, formatApiKey, parseApiKey } from './api-key-format.ts';
import {
  API_KEY_DIGEST_BYTES,
  API_KEY_SALT_BYTES,
  type ApiKeyHash,
  computeApiKeyDigest,
  formatApiKeyHash,
  parseApiKeyHash,
} from './api-key-hash.ts';
import {
  type ApiKeyRegistry,
  formatApiKeyEntry,
  isValidOwner,
  type StoredApiKey,
} from './api-key-registry.ts';
import { timingSafeEqual } from './constant-time.ts';
import { bytesToHex } from './encoding.ts';
import type { Identity } from './identity.ts';
import { cryptoRandomBytes, type RandomBytes, takeRandomBytes } from './random.ts';
import type { Role } from './roles.ts';

export interface CreateApiKeyOptions {
  owner: string;
  roles: readonly Role[];
  /** Epoch milliseconds from which the key is rejected; omitted for a key that does not expire. */
  expiresAt?: number;
  /** Defaults to `crypto.getRandomValues`; tests pass a deterministic source. */
  random?: RandomBytes;
}

export interface CreatedApiKey {
  /** The plain key, `wfk_<id>_<secret>`. Show it once; it is not stored anywhere. */
  key: string;
  stored: StoredApiKey;
  /** The `WF_API_KEYS` entry to add, without the secret. */
  registryEntry: string;
}

/** Creates a key with a fresh id, secret and salt. */
export async function createApiKey(options: CreateApiKeyOptions): Promise<CreatedApiKey> {
  if (!isValidOwner(options.owner)) {
    throw new TypeError(
      `invalid owner \`${options.owner}\`: expected letters, digits and \`. _ @ -\`, at most 64 characters`,
    );
  }
  if (options.roles.length === 0) {
    throw new TypeError('an API key needs at least one role');
  }
  if (options.expiresAt !== undefined && !Number.isFinite(options.expiresAt)) {
    throw new TypeError('expiresAt must be epoch milliseconds');
  }

  const random = options.random ?? cryptoRandomBytes;
  const id = bytesToHex(takeRandomBytes(random, API_KEY_ID_BYTES));
  const secret = bytesToHex(takeRandomBytes(random, API_KEY_SECRET_BYTES));
  const salt = takeRandomBytes(random, API_KEY_SALT_BYTES);
  const key = formatApiKey(id, secret);
  const hash: ApiKeyHash = { salt, digest: await computeApiKeyDigest(salt, key) };

  const stored: StoredApiKey = {
    id,
    owner: options.owner,
    roles: [...new Set(options.roles)],
    hash: formatApiKeyHash(hash),
    expiresAt: options.expiresAt,
    revoked: false,
  };
  return { key, stored, registryEntry: formatApiKeyEntry(stored) };
}

/**
 * Why a key was rejected. The HTTP layer responds to all of them with the same 401, because telling `unknown`
 * from `mismatch` would let a caller enumerate key ids; the reason is for logs and tests.
 */
export type ApiKeyRejection = 'malformed' | 'unknown' | 'expired' | 'revoked' | 'mismatch';

export type VerifyApiKeyResult = { ok: true; identity: Identity } | { ok: false; reason: ApiKeyRejection };

// Stands in for the stored hash when the id is unknown, so that path computes the same HMAC as a known id.
// Its digest is all zeros, which no HMAC output is expected to equal.
const DUMMY_HASH: ApiKeyHash = {
  salt: new Uint8Array(API_KEY_SALT_BYTES),
  digest: new Uint8Array(API_KEY_DIGEST_BYTES),
};

/**
 * Verifies a presented key at `now` (epoch milliseconds). The secret is checked before revocation and
 * expiry, so only the key's holder learns that a key is revoked or expired.
 */
export async function verifyApiKey(
  registry: ApiKeyRegistry,
  presentedKey: string,
  now: number,
): Promise<VerifyApiKeyResult> {
  const parsed = parseApiKey(presentedKey);
  if (parsed === undefined) {
    return { ok: false, reason: 'malformed' };
  }

  const stored = registry.get(parsed.id);
  const storedHash = stored === undefined ? undefined : parseApiKeyHash(stored.hash);
  const hash = storedHash ?? DUMMY_HASH;

  const digest = await computeApiKeyDigest(hash.salt, presentedKey);
  const matches = timingSafeEqual(digest, hash.digest);

  if (stored === undefined) {
    return { ok: false, reason: 'unknown' };
  }
  if (storedHash === undefined || !matches) {
    return { ok: false, reason: 'mismatch' };
  }
  if (stored.revoked) {
    return { ok: false, reason: 'revoked' };
  }
  if (stored.expiresAt !== undefined && now >= stored.expiresAt) {
    return { ok: false, reason: 'expired' };
  }

  return {
    ok: true,
    identity: {
      subject: stored.owner,
      roles: stored.roles,
      method: 'api-key',
      keyId: stored.id,
      expiresAt: stored.expiresAt,
    },
  };
}
