import { bytesToHex, hexToBytes, utf8Bytes } from './encoding.ts';

/**
 * Stored form of an API key: `hmac-sha256.<salt>.<digest>`, where the digest is HMAC-SHA256 keyed with a
 * random 16-byte per-key salt over the whole key `wfk_<id>_<secret>`, both in lowercase hex.
 *
 * Why HMAC and not PBKDF2: the secret is 256 random bits, so guessing it from a leaked hash is infeasible
 * even at billions of hashes per second, and a slow hash would only add latency to every request (and a
 * cheap way to burn server CPU). The salt makes equal keys hash differently across registries, and hashing
 * the whole key binds the digest to its id, so a hash copied onto another entry's id does not verify.
 * Fields are joined with `.` because `$` is expanded by shells and by Docker Compose in `.env` files.
 */
export const API_KEY_HASH_SCHEME = 'hmac-sha256';
export const API_KEY_SALT_BYTES = 16;
export const API_KEY_DIGEST_BYTES = 32;

export interface ApiKeyHash {
  salt: Uint8Array<ArrayBuffer>;
  digest: Uint8Array<ArrayBuffer>;
}

export function parseApiKeyHash(text: string): ApiKeyHash | undefined {
  const parts = text.split('.');
  if (parts.length !== 3 || parts[0] !== API_KEY_HASH_SCHEME) {
    return undefined;
  }

  const salt = hexToBytes(parts[1] as string);
  const digest = hexToBytes(parts[2] as string);
  if (salt?.length !== API_KEY_SALT_BYTES || digest?.length !== API_KEY_DIGEST_BYTES) {
    return undefined;
  }
  return { salt, digest };
}

export function formatApiKeyHash(hash: ApiKeyHash): string {
  return `${API_KEY_HASH_SCHEME}.${bytesToHex(hash.salt)}.${bytesToHex(hash.digest)}`;
}

export async function computeApiKeyDigest(
  salt: Uint8Array<ArrayBuffer>,
  key: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const hmacKey = await globalThis.crypto.subtle.importKey(
    'raw',
    salt,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', hmacKey, utf8Bytes(key)));
}
