import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTokenConfig, type TokenConfig, TokenConfigError } from '../../engine/security/token-config.ts';
import { issueToken, verifyToken } from '../../engine/security/tokens.ts';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const NOW_SECONDS = NOW / 1000;
const SECRET = 'demo-only-hs256-secret-0123456789abcdef';
const ISSUER = 'https://mock.example/token';
const AUDIENCE = 'workflow-api';

let hmac: TokenConfig;
let rsa: TokenConfig;
let rsaPublicPem: string;

beforeAll(async () => {
  hmac = await createTokenConfig({ secret: SECRET, issuer: ISSUER, audience: AUDIENCE });
  const pair = await generateKeyPair('RS256', { extractable: true });
  rsaPublicPem = await exportSPKI(pair.publicKey);
  rsa = await createTokenConfig({
    algorithm: 'RS256',
    privateKey: pair.privateKey,
    publicKey: rsaPublicPem,
    issuer: ISSUER,
    audience: AUDIENCE,
  });
});

/** Signs arbitrary claims with the HS256 secret, for tokens `issueToken` would never produce. */
function signClaims(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  return new SignJWT({
    sub: 'alice',
    iss: ISSUER,
    aud: AUDIENCE,
    iat: NOW_SECONDS,
    exp: NOW_SECONDS + 300,
    scope: 'workflows:read',
    ...claims,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', ...header })
    .sign(new TextEncoder().encode(SECRET));
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('issueToken and verifyToken', () => {
  test('round trip maps scopes to roles', async () => {
    const token = await issueToken(
      { subject: 'alice', roles: ['operator'], scopes: ['reports:read'], ttlSeconds: 300, now: NOW },
      hmac,
    );
    expect(await verifyToken(token, hmac, NOW)).toEqual({
      ok: true,
      identity: {
        subject: 'alice',
        roles: ['operator'],
        method: 'bearer-token',
        scopes: ['workflows:operate', 'reports:read'],
        expiresAt: NOW + 300_000,
      },
    });
  });

  test('RS256 round trip', async () => {
    const token = await issueToken({ subject: 'bob', roles: ['admin'], ttlSeconds: 60, now: NOW }, rsa);
    const result = await verifyToken(token, rsa, NOW);
    expect(result.ok).toBe(true);
    expect(result.ok && result.identity.roles).toEqual(['admin']);
  });

  test('expired after exp plus tolerance', async () => {
    const token = await issueToken({ subject: 'alice', roles: ['viewer'], ttlSeconds: 60, now: NOW }, hmac);
    expect((await verifyToken(token, hmac, NOW + 89_999)).ok).toBe(true);
    expect(await verifyToken(token, hmac, NOW + 90_000)).toEqual({
      ok: false,
      reason: 'expired',
      claim: 'exp',
    });
  });

  test('not yet valid before nbf minus tolerance', async () => {
    const token = await issueToken(
      { subject: 'alice', roles: ['viewer'], ttlSeconds: 600, now: NOW + 100_000 },
      hmac,
    );
    expect(await verifyToken(token, hmac, NOW)).toEqual({ ok: false, reason: 'not-yet-valid', claim: 'nbf' });
    expect((await verifyToken(token, hmac, NOW + 70_000)).ok).toBe(true);
  });

  test('iat in the future beyond tolerance', async () => {
    const token = await signClaims({ iat: NOW_SECONDS + 31 });
    expect(await verifyToken(token, hmac, NOW)).toEqual({
      ok: false,
      reason: 'issued-in-future',
      claim: 'iat',
    });
    expect((await verifyToken(await signClaims({ iat: NOW_SECONDS + 30 }), hmac, NOW)).ok).toBe(true);
  });

  test('wrong audience', async () => {
    expect(await verifyToken(await signClaims({ aud: 'other-api' }), hmac, NOW)).toEqual({
      ok: false,
      reason: 'wrong-audience',
      claim: 'aud',
    });
  });

  test('wrong issuer', async () => {
    expect(await verifyToken(await signClaims({ iss: 'https://evil.example' }), hmac, NOW)).toEqual({
      ok: false,
      reason: 'wrong-issuer',
      claim: 'iss',
    });
  });

  test('missing exp', async () => {
    expect(await verifyToken(await signClaims({ exp: undefined }), hmac, NOW)).toEqual({
      ok: false,
      reason: 'missing-claim',
      claim: 'exp',
    });
  });

  test('missing sub', async () => {
    expect(await verifyToken(await signClaims({ sub: undefined }), hmac, NOW)).toEqual({
      ok: false,
      reason: 'missing-claim',
      claim: 'sub',
    });
  });

  test('an ID token type is not an access token', async () => {
    expect(await verifyToken(await signClaims({}, { typ: 'JWT' }), hmac, NOW)).toEqual({
      ok: false,
      reason: 'wrong-type',
      claim: 'typ',
    });
  });

  test('non-string scope is rejected', async () => {
    expect(await verifyToken(await signClaims({ scope: ['workflows:admin'] }), hmac, NOW)).toEqual({
      ok: false,
      reason: 'invalid-claim',
      claim: 'scope',
    });
  });

  test('unknown scopes grant no role', async () => {
    const result = await verifyToken(await signClaims({ scope: 'admin root __proto__' }), hmac, NOW);
    expect(result.ok).toBe(true);
    expect(result.ok && result.identity.roles).toEqual([]);
  });
});

describe('attacks on verifyToken', () => {
  test('tampered payload fails the signature', async () => {
    const token = await issueToken({ subject: 'alice', roles: ['viewer'], ttlSeconds: 300, now: NOW }, hmac);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${header}.${base64url({ ...claims, scope: 'workflows:admin' })}.${signature}`;
    expect(await verifyToken(forged, hmac, NOW)).toEqual({ ok: false, reason: 'invalid-signature' });
  });

  test('tampered signature fails', async () => {
    const token = await issueToken({ subject: 'alice', roles: ['viewer'], ttlSeconds: 300, now: NOW }, rsa);
    const flipped = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await verifyToken(flipped, rsa, NOW)).toEqual({ ok: false, reason: 'invalid-signature' });
  });

  test('alg none is not allowed', async () => {
    const claims = {
      sub: 'alice',
      iss: ISSUER,
      aud: AUDIENCE,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 300,
      scope: 'workflows:admin',
    };
    const unsigned = `${base64url({ alg: 'none', typ: 'at+jwt' })}.${base64url(claims)}.`;
    expect(await verifyToken(unsigned, hmac, NOW)).toEqual({ ok: false, reason: 'algorithm-not-allowed' });
    expect(await verifyToken(unsigned, rsa, NOW)).toEqual({ ok: false, reason: 'algorithm-not-allowed' });
  });

  test('HS256 signed with the RSA public key as secret is rejected', async () => {
    const forged = await new SignJWT({
      sub: 'mallory',
      iss: ISSUER,
      aud: AUDIENCE,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 300,
      scope: 'workflows:admin',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .sign(new TextEncoder().encode(rsaPublicPem));
    expect(await verifyToken(forged, rsa, NOW)).toEqual({ ok: false, reason: 'algorithm-not-allowed' });
  });

  test('RS256 token against an HS256 configuration is rejected', async () => {
    const token = await issueToken({ subject: 'alice', roles: ['viewer'], ttlSeconds: 300, now: NOW }, rsa);
    expect(await verifyToken(token, hmac, NOW)).toEqual({ ok: false, reason: 'algorithm-not-allowed' });
  });

  test('garbage and oversized tokens are malformed', async () => {
    expect(await verifyToken('not.a.jwt', hmac, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyToken('', hmac, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyToken('a'.repeat(8193), hmac, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('createTokenConfig', () => {
  test('rejects an HS256 secret shorter than 32 bytes', async () => {
    await expect(
      createTokenConfig({ secret: 'x'.repeat(31), issuer: ISSUER, audience: AUDIENCE }),
    ).rejects.toThrow(
      new TokenConfigError(
        'secret',
        'token secret is too short: 31 bytes; HS256 needs at least 32 random bytes (for example `openssl rand -base64 48`)',
      ),
    );
  });

  test('accepts a secret of exactly 32 bytes', async () => {
    expect(
      (await createTokenConfig({ secret: 'x'.repeat(32), issuer: ISSUER, audience: AUDIENCE })).algorithm,
    ).toBe('HS256');
  });

  test('rejects a PEM key as HS256 secret', async () => {
    await expect(
      createTokenConfig({ secret: rsaPublicPem, issuer: ISSUER, audience: AUDIENCE }),
    ).rejects.toThrow('token secret looks like a PEM key');
  });

  test('RS256 without a public key or JWKS is rejected', async () => {
    await expect(
      createTokenConfig({ algorithm: 'RS256', issuer: ISSUER, audience: AUDIENCE }),
    ).rejects.toThrow('RS256 needs `publicKey` or `jwks` to verify tokens');
  });

  test('verification-only configuration cannot issue', async () => {
    const verifyOnly = await createTokenConfig({
      algorithm: 'RS256',
      publicKey: rsaPublicPem,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    await expect(issueToken({ subject: 'alice', ttlSeconds: 60, now: NOW }, verifyOnly)).rejects.toThrow(
      'cannot issue tokens: no private key configured for RS256',
    );
  });

  test('ES256 with a JWKS verifies by kid', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const { exportJWK } = await import('jose');
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'ES256' };
    const issuer = await createTokenConfig({
      algorithm: 'ES256',
      privateKey: pair.privateKey,
      publicKey: publicJwk,
      keyId: 'key-1',
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const verifier = await createTokenConfig({
      algorithm: 'ES256',
      jwks: { keys: [publicJwk] },
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const token = await issueToken({ subject: 'alice', roles: ['viewer'], ttlSeconds: 60, now: NOW }, issuer);
    expect((await verifyToken(token, verifier, NOW)).ok).toBe(true);

    const otherKid = await createTokenConfig({
      algorithm: 'ES256',
      privateKey: pair.privateKey,
      publicKey: publicJwk,
      keyId: 'key-2',
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const unknownKidToken = await issueToken({ subject: 'alice', ttlSeconds: 60, now: NOW }, otherKid);
    expect(await verifyToken(unknownKidToken, verifier, NOW)).toEqual({ ok: false, reason: 'unknown-key' });
  });
});
