import { bytesToHex, hexToBytes, utf8Bytes } from './encoding.ts';
import { cryptoRandomBytes, type RandomBytes, takeRandomBytes } from './random.ts';

/**
 * Stored form of a password: `pbkdf2-sha256.<iterations>.<salt>.<digest>`, salt (16 bytes) and digest
 * (32 bytes) in lowercase hex. Fields are joined with `.` because `$` is expanded by shells and by
 * Docker Compose in `.env` files. 600,000 iterations is OWASP's current recommendation for PBKDF2-SHA256.
 */
export const PASSWORD_HASH_SCHEME = 'pbkdf2-sha256';
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** Upper bound accepted from configuration, so a typo cannot make every login take minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const PASSWORD_SALT_BYTES = 16;
export const PASSWORD_DIGEST_BYTES = 32;

export interface PasswordHash {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  digest: Uint8Array<ArrayBuffer>;
}

export function parsePasswordHash(text: string): PasswordHash | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts[0] !== PASSWORD_HASH_SCHEME || !/^[1-9]\d{0,7}$/.test(parts[1] as string)) {
    return undefined;
  }

  const iterations = Number(parts[1]);
  const salt = hexToBytes(parts[2] as string);
  const digest = hexToBytes(parts[3] as string);
  if (
    iterations > MAX_PBKDF2_ITERATIONS ||
    salt?.length !== PASSWORD_SALT_BYTES ||
    digest?.length !== PASSWORD_DIGEST_BYTES
  ) {
    return undefined;
  }
  return { iterations, salt, digest };
}

export function formatPasswordHash(hash: PasswordHash): string {
  return `${PASSWORD_HASH_SCHEME}.${hash.iterations}.${bytesToHex(hash.salt)}.${bytesToHex(hash.digest)}`;
}

/** Derives the PBKDF2-SHA256 digest of a password; the password is NFC-normalised first. */
export async function derivePasswordDigest(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', utf8Bytes(password.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    PASSWORD_DIGEST_BYTES * 8,
  );
  return new Uint8Array(bits);
}

export interface HashPasswordOptions {
  iterations?: number;
  random?: RandomBytes;
}

/** Hashes a password with a fresh salt, for the `WF_USERS` variable. */
export async function hashPassword(password: string, options: HashPasswordOptions = {}): Promise<string> {
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new TypeError(
      `iterations must be an integer from 1 to ${MAX_PBKDF2_ITERATIONS}, got \`${iterations}\``,
    );
  }
  if (password === '') {
    throw new TypeError('password must not be empty');
  }

  const salt = takeRandomBytes(options.random ?? cryptoRandomBytes, PASSWORD_SALT_BYTES);
  const digest = await derivePasswordDigest(password, salt, iterations);
  return formatPasswordHash({ iterations, salt, digest });
}
