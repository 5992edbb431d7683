import { errors, jwtVerify, SignJWT } from 'jose';
import { bytesToHex } from './encoding.ts';
import type { Identity } from './identity.ts';
import { cryptoRandomBytes, type RandomBytes, takeRandomBytes } from './random.ts';
import type { Role } from './roles.ts';
import { rolesFromScopes, scopeForRole, splitScopes } from './scopes.ts';
import { ACCESS_TOKEN_TYPE, type TokenConfig, TokenConfigError } from './token-config.ts';

/** Tokens longer than this are rejected before any parsing; issued tokens are well under 1 KB. */
export const MAX_TOKEN_LENGTH = 8192;

export interface IssueTokenOptions {
  subject: string;
  /** Roles to grant; each becomes its scope (see `SCOPE_ROLES`). */
  roles?: readonly Role[];
  /** Extra scopes written as given, after those of `roles`. */
  scopes?: readonly string[];
  ttlSeconds: number;
  /** Epoch milliseconds; becomes `iat` and `nbf`, rounded down to the second. */
  now: number;
  random?: RandomBytes;
}

/** Signs an access token with `sub`, `iss`, `aud`, `iat`, `nbf`, `exp`, `jti` and `scope`. */
export async function issueToken(options: IssueTokenOptions, config: TokenConfig): Promise<string> {
  if (config.signingKey === undefined) {
    throw new TokenConfigError(
      'privateKey',
      `cannot issue tokens: no private key configured for ${config.algorithm}`,
    );
  }
  if (options.subject === '') {
    throw new TypeError('token subject must not be empty');
  }
  if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
    throw new TypeError(`ttlSeconds must be a positive integer, got \`${options.ttlSeconds}\``);
  }

  const scopes = [...new Set([...(options.roles ?? []).map(scopeForRole), ...(options.scopes ?? [])])];
  const issuedAt = Math.floor(options.now / 1000);
  const tokenId = bytesToHex(takeRandomBytes(options.random ?? cryptoRandomBytes, 16));

  return new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({
      alg: config.algorithm,
      typ: ACCESS_TOKEN_TYPE,
      ...(config.keyId === undefined ? {} : { kid: config.keyId }),
    })
    .setSubject(options.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .setJti(tokenId)
    .sign(config.signingKey);
}

/**
 * Why a token was rejected. As with API keys, the HTTP layer responds to every reason with 401, and the
 * reason goes into logs and the `error_description` of `WWW-Authenticate`.
 */
export type TokenRejection =
  | 'malformed'
  | 'algorithm-not-allowed'
  | 'invalid-signature'
  | 'unknown-key'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'wrong-type'
  | 'missing-claim'
  | 'invalid-claim';

export type VerifyTokenResult =
  | { ok: true; identity: Identity }
  | { ok: false; reason: TokenRejection /** The claim at fault, for claim failures. */; claim?: string };

/**
 * Verifies a bearer token at `now` (epoch milliseconds): the signature with the configured algorithm only
 * (so `alg: none` and HS256/RS256 substitution fail), `exp`, `nbf` and `iat` within the clock tolerance,
 * `iss`, `aud` and the `at+jwt` type.
 */
export async function verifyToken(
  token: string,
  config: TokenConfig,
  now: number,
): Promise<VerifyTokenResult> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return { ok: false, reason: 'malformed' };
  }

  let payload: Record<string, unknown>;
  try {
    const verified = await jwtVerify(token, config.verificationKey as Parameters<typeof jwtVerify>[1], {
      algorithms: [config.algorithm],
      issuer: config.issuer,
      audience: config.audience,
      typ: ACCESS_TOKEN_TYPE,
      clockTolerance: config.clockToleranceSeconds,
      currentDate: new Date(now),
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    payload = verified.payload;
  } catch (error) {
    return rejectionFor(error);
  }

  // jose checks `iat` against the clock only together with `maxTokenAge`, so the future check is here.
  const issuedAt = payload.iat as number;
  if (issuedAt > now / 1000 + config.clockToleranceSeconds) {
    return { ok: false, reason: 'issued-in-future', claim: 'iat' };
  }

  return identityFromClaims(payload);
}

function identityFromClaims(payload: Record<string, unknown>): VerifyTokenResult {
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    return { ok: false, reason: 'invalid-claim', claim: 'sub' };
  }
  if (payload.scope !== undefined && typeof payload.scope !== 'string') {
    return { ok: false, reason: 'invalid-claim', claim: 'scope' };
  }

  const scopes = splitScopes(payload.scope ?? '');
  return {
    ok: true,
    identity: {
      subject: payload.sub,
      roles: rolesFromScopes(scopes),
      method: 'bearer-token',
      scopes,
      expiresAt: (payload.exp as number) * 1000,
    },
  };
}

function rejectionFor(error: unknown): VerifyTokenResult {
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return { ok: false, reason: 'algorithm-not-allowed' };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { ok: false, reason: 'invalid-signature' };
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return { ok: false, reason: 'unknown-key' };
  }
  if (error instanceof errors.JWTExpired) {
    return { ok: false, reason: 'expired', claim: error.claim };
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return claimRejection(error);
  }
  if (error instanceof errors.JOSEError) {
    return { ok: false, reason: 'malformed' };
  }
  throw error;
}

function claimRejection(error: InstanceType<typeof errors.JWTClaimValidationFailed>): VerifyTokenResult {
  const claim = error.claim;
  if (error.reason === 'missing') {
    return { ok: false, reason: 'missing-claim', claim };
  }
  const byClaim: Record<string, TokenRejection> = {
    nbf: 'not-yet-valid',
    iss: 'wrong-issuer',
    aud: 'wrong-audience',
    typ: 'wrong-type',
  };
  return {
    ok: false,
    reason: Object.hasOwn(byClaim, claim) ? (byClaim[claim] as TokenRejection) : 'invalid-claim',
    claim,
  };
}
