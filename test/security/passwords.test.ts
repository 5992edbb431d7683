import { beforeAll, describe, expect, test, vi } from 'vitest';
import { hashPassword, parsePasswordHash } from '../../engine/security/password-hash.ts';
import {
  formatUserEntry,
  parseUserRegistry,
  type UserRegistry,
  verifyPassword,
} from '../../engine/security/users.ts';

const ITERATIONS = 1000;
const fixedSalt = (length: number) => Uint8Array.from({ length }, (_, index) => index);

let users: UserRegistry;

beforeAll(async () => {
  const passwordHash = await hashPassword('correct horse', { iterations: ITERATIONS, random: fixedSalt });
  const parsed = parseUserRegistry(formatUserEntry({ username: 'alice', roles: ['operator'], passwordHash }));
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.issues));
  }
  users = parsed.registry;
});

describe('hashPassword', () => {
  test('writes scheme, iterations, salt and digest', async () => {
    const hash = await hashPassword('correct horse', { iterations: ITERATIONS, random: fixedSalt });
    expect(hash).toMatch(/^pbkdf2-sha256\.1000\.000102030405060708090a0b0c0d0e0f\.[0-9a-f]{64}$/);
    expect(parsePasswordHash(hash)?.iterations).toBe(1000);
  });

  test('defaults to 600000 iterations', async () => {
    const hash = await hashPassword('x', { random: fixedSalt });
    expect(hash.split('.')[1]).toBe('600000');
  });

  test('rejects zero iterations', async () => {
    await expect(hashPassword('x', { iterations: 0 })).rejects.toThrow(
      'iterations must be an integer from 1 to 10000000, got `0`',
    );
  });
});

describe('verifyPassword', () => {
  test('accepts the right password', async () => {
    expect(await verifyPassword(users, 'alice', 'correct horse')).toEqual({
      ok: true,
      identity: { subject: 'alice', roles: ['operator'], method: 'password' },
    });
  });

  test('rejects a wrong password', async () => {
    expect(await verifyPassword(users, 'alice', 'correct horsf')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyPassword(users, 'alice', 'correct hors')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyPassword(users, 'alice', '')).toEqual({ ok: false, reason: 'mismatch' });
  });

  test('rejects an unknown user', async () => {
    expect(await verifyPassword(users, 'mallory', 'correct horse')).toEqual({
      ok: false,
      reason: 'unknown-user',
    });
  });

  test('unknown user costs the same derivation as a known one', async () => {
    const deriveBits = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
    try {
      await verifyPassword(users, 'mallory', 'guess');
      await verifyPassword(users, 'alice', 'guess');
      const iterations = deriveBits.mock.calls.map(([algorithm]) => (algorithm as Pbkdf2Params).iterations);
      expect(iterations).toEqual([1000, 1000]);
    } finally {
      deriveBits.mockRestore();
    }
  });

  test('composed and decomposed accents are the same password', async () => {
    const passwordHash = await hashPassword('caf\u00e9', { iterations: ITERATIONS, random: fixedSalt });
    const parsed = parseUserRegistry(`bob,viewer,${passwordHash}`);
    expect(parsed.ok).toBe(true);
    const registry = parsed.ok ? parsed.registry : new Map();
    expect((await verifyPassword(registry, 'bob', 'cafe\u0301')).ok).toBe(true);
  });
});

describe('parseUserRegistry', () => {
  test('reports bad entries without the hash', () => {
    const result = parseUserRegistry('alice,operator;bob,admin+root,pbkdf2-sha256.0.00.11');
    expect(result).toEqual({
      ok: false,
      issues: [
        { entry: 1, message: 'expected 3 fields `username,roles,passwordHash`, found 2' },
        { entry: 2, field: 'roles', message: 'unknown role `root`; expected `viewer`, `operator`, `admin`' },
        {
          entry: 2,
          field: 'passwordHash',
          message:
            'invalid password hash; expected `pbkdf2-sha256.<iterations>.<32 hex characters>.<64 hex characters>` as printed by the hash-password command',
        },
      ],
    });
  });
});
