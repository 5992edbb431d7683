import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  type ApiKeyRegistry,
  formatApiKeyEntry,
  parseApiKeyRegistry,
} from '../../engine/security/api-key-registry.ts';
import { type CreatedApiKey, createApiKey, verifyApiKey } from '../../engine/security/api-keys.ts';

const NOW = Date.UTC(2026, 0, 15);

/** Deterministic bytes: a counter, so every created key is different and reproducible. */
function counterRandom(seed: number) {
  let next = seed;
  return (length: number) => Uint8Array.from({ length }, () => next++ % 256);
}

let alice: CreatedApiKey;
let aliceRotated: CreatedApiKey;
let bob: CreatedApiKey;
let revoked: CreatedApiKey;
let expired: CreatedApiKey;
let registry: ApiKeyRegistry;

beforeAll(async () => {
  alice = await createApiKey({ owner: 'alice', roles: ['operator'], random: counterRandom(1) });
  aliceRotated = await createApiKey({ owner: 'alice', roles: ['operator'], random: counterRandom(101) });
  bob = await createApiKey({
    owner: 'bob',
    roles: ['admin', 'viewer'],
    expiresAt: NOW + 1000,
    random: counterRandom(201),
  });
  revoked = await createApiKey({ owner: 'carol', roles: ['viewer'], random: counterRandom(51) });
  expired = await createApiKey({
    owner: 'dave',
    roles: ['viewer'],
    expiresAt: NOW,
    random: counterRandom(151),
  });
  const entries = [
    alice,
    aliceRotated,
    bob,
    { ...revoked, stored: { ...revoked.stored, revoked: true } },
    expired,
  ];
  const parsed = parseApiKeyRegistry(entries.map((created) => formatApiKeyEntry(created.stored)).join(';'));
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.issues));
  }
  registry = parsed.registry;
});

describe('createApiKey', () => {
  test('key has the documented format', () => {
    expect(alice.key).toMatch(/^wfk_[0-9a-f]{16}_[0-9a-f]{64}$/);
    expect(alice.key.slice(4, 20)).toBe('0102030405060708');
    expect(alice.stored.id).toBe('0102030405060708');
  });

  test('registry entry holds the hash, not the secret', () => {
    const secret = alice.key.slice(21);
    expect(alice.registryEntry).not.toContain(secret);
    expect(alice.registryEntry).toMatch(
      /^0102030405060708,alice,operator,hmac-sha256\.[0-9a-f]{32}\.[0-9a-f]{64},,active$/,
    );
  });

  test('entry with expiry writes a UTC timestamp', () => {
    expect(bob.registryEntry.split(',')[2]).toBe('admin+viewer');
    expect(bob.registryEntry.split(',')[4]).toBe('2026-01-15T00:00:01Z');
  });

  test('rejects an empty role list', async () => {
    await expect(createApiKey({ owner: 'alice', roles: [] })).rejects.toThrow(
      'an API key needs at least one role',
    );
  });
});

describe('verifyApiKey', () => {
  test('accepts the key and returns its identity', async () => {
    expect(await verifyApiKey(registry, alice.key, NOW)).toEqual({
      ok: true,
      identity: {
        subject: 'alice',
        roles: ['operator'],
        method: 'api-key',
        keyId: alice.stored.id,
        expiresAt: undefined,
      },
    });
  });

  test('accepts both keys of a rotated owner', async () => {
    expect((await verifyApiKey(registry, aliceRotated.key, NOW)).ok).toBe(true);
    expect((await verifyApiKey(registry, alice.key, NOW)).ok).toBe(true);
  });

  test('rejects a wrong secret as mismatch', async () => {
    const last = alice.key.at(-1) === '0' ? '1' : '0';
    expect(await verifyApiKey(registry, `${alice.key.slice(0, -1)}${last}`, NOW)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  test('rejects a prefix of the real key as malformed', async () => {
    expect(await verifyApiKey(registry, alice.key.slice(0, -1), NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verifyApiKey(registry, alice.key.slice(0, 21), NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  test('rejects the key with extra characters as malformed', async () => {
    expect(await verifyApiKey(registry, `${alice.key}0`, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyApiKey(registry, ` ${alice.key}`, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyApiKey(registry, alice.key.toUpperCase(), NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verifyApiKey(registry, '', NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('rejects an unknown id', async () => {
    expect(await verifyApiKey(registry, `wfk_ffffffffffffffff_${alice.key.slice(21)}`, NOW)).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  test('rejects another owner’s secret under this id', async () => {
    const mixed = `wfk_${alice.stored.id}_${bob.key.slice(21)}`;
    expect(await verifyApiKey(registry, mixed, NOW)).toEqual({ ok: false, reason: 'mismatch' });
  });

  test('rejects a hash moved onto another id', async () => {
    const moved = parseApiKeyRegistry(formatApiKeyEntry({ ...alice.stored, id: 'ffffffffffffffff' }));
    if (!moved.ok) {
      throw new Error('registry did not parse');
    }
    expect(await verifyApiKey(moved.registry, `wfk_ffffffffffffffff_${alice.key.slice(21)}`, NOW)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  test('rejects a revoked key', async () => {
    expect(await verifyApiKey(registry, revoked.key, NOW)).toEqual({ ok: false, reason: 'revoked' });
  });

  test('rejects an expired key from its expiry instant', async () => {
    expect((await verifyApiKey(registry, expired.key, NOW - 1)).ok).toBe(true);
    expect(await verifyApiKey(registry, expired.key, NOW)).toEqual({ ok: false, reason: 'expired' });
  });

  test('expiry is checked after the secret', async () => {
    const wrong = `${expired.key.slice(0, -2)}${expired.key.endsWith('00') ? '11' : '00'}`;
    expect(await verifyApiKey(registry, wrong, NOW)).toEqual({ ok: false, reason: 'mismatch' });
  });

  test('bob’s key is valid until one second after NOW', async () => {
    expect((await verifyApiKey(registry, bob.key, NOW + 999)).ok).toBe(true);
    expect(await verifyApiKey(registry, bob.key, NOW + 1000)).toEqual({ ok: false, reason: 'expired' });
  });
});

test('unknown id and wrong secret compute one HMAC each', async () => {
  const sign = vi.spyOn(globalThis.crypto.subtle, 'sign');
  try {
    await verifyApiKey(registry, `wfk_ffffffffffffffff_${alice.key.slice(21)}`, NOW);
    const unknownCalls = sign.mock.calls.length;
    sign.mockClear();
    await verifyApiKey(registry, `wfk_${alice.stored.id}_${bob.key.slice(21)}`, NOW);
    expect(unknownCalls).toBe(1);
    expect(sign.mock.calls.length).toBe(1);
  } finally {
    sign.mockRestore();
  }
});
