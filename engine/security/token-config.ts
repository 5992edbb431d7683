import {
  type CryptoKey,
  createLocalJWKSet,
  importJWK,
  importPKCS8,
  importSPKI,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { utf8Bytes } from './encoding.ts';

export type TokenAlgorithm = 'HS256' | 'RS256' | 'ES256';

export const MIN_HMAC_SECRET_BYTES = 32;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
/** RFC 9068 access-token type: a token of another kind (an ID token, say) is not accepted as one. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

/** A PEM string, a JWK or an already imported key. */
export type AsymmetricKeyInput = string | JWK | CryptoKey;

interface CommonTokenOptions {
  issuer: string;
  audience: string;
  /** Leeway for `exp`, `nbf` and `iat` against the verifier's clock; default 30 seconds. */
  clockToleranceSeconds?: number;
  /** Key id written into issued tokens' `kid` header, to pick the key from a JWKS. */
  keyId?: string;
}

export interface HmacTokenOptions extends CommonTokenOptions {
  algorithm?: 'HS256';
  /** At least 32 bytes; a string is taken as UTF-8. */
  secret: string | Uint8Array;
}

export interface AsymmetricTokenOptions extends CommonTokenOptions {
  algorithm: 'RS256' | 'ES256';
  /** PKCS#8 PEM, private JWK or CryptoKey; needed only to issue tokens. */
  privateKey?: AsymmetricKeyInput;
  /** SPKI PEM, public JWK or CryptoKey; give this or `jwks` to verify tokens. */
  publicKey?: AsymmetricKeyInput;
  /** A JSON Web Key Set, with keys chosen by the token's `kid`. */
  jwks?: JSONWebKeySet;
}

export type TokenConfigOptions = HmacTokenOptions | AsymmetricTokenOptions;

/** Keys imported once and the settings every token is checked against. */
export interface TokenConfig {
  algorithm: TokenAlgorithm;
  issuer: string;
  audience: string;
  clockToleranceSeconds: number;
  keyId?: string;
  signingKey?: CryptoKey | Uint8Array;
  verificationKey: CryptoKey | Uint8Array | JWTVerifyGetKey;
}

/** Raised at start-up for a token configuration that cannot work, never while handling a request. */
export class TokenConfigError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'TokenConfigError';
    this.field = field;
  }
}

/** Checks the options and imports the keys. Throws `TokenConfigError` with the field at fault. */
export async function createTokenConfig(options: TokenConfigOptions): Promise<TokenConfig> {
  if (options.issuer === '') {
    throw new TokenConfigError(
      'issuer',
      'token issuer is empty; set it to the URL or name of the token endpoint',
    );
  }
  if (options.audience === '') {
    throw new TokenConfigError('audience', 'token audience is empty; set it to the URL or name of this API');
  }

  const clockToleranceSeconds = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  if (!Number.isInteger(clockToleranceSeconds) || clockToleranceSeconds < 0 || clockToleranceSeconds > 300) {
    throw new TokenConfigError(
      'clockToleranceSeconds',
      `invalid clock tolerance \`${clockToleranceSeconds}\`; expected an integer from 0 to 300 seconds`,
    );
  }

  const common = {
    issuer: options.issuer,
    audience: options.audience,
    clockToleranceSeconds,
    keyId: options.keyId,
  };
  if (options.algorithm === undefined || options.algorithm === 'HS256') {
    const secret = hmacSecretBytes((options as HmacTokenOptions).secret);
    return { ...common, algorithm: 'HS256', signingKey: secret, verificationKey: secret };
  }
  if (options.algorithm === 'RS256' || options.algorithm === 'ES256') {
    return { ...common, algorithm: options.algorithm, ...(await importAsymmetricKeys(options)) };
  }
  throw new TokenConfigError(
    'algorithm',
    `unsupported algorithm \`${String(options.algorithm)}\`; expected \`HS256\`, \`RS256\` or \`ES256\``,
  );
}

function hmacSecretBytes(secret: string | Uint8Array | undefined): Uint8Array {
  if (secret === undefined) {
    throw new TokenConfigError(
      'secret',
      'token secret is missing; HS256 needs a secret of at least 32 bytes',
    );
  }
  if (typeof secret === 'string' && secret.trimStart().startsWith('-----BEGIN')) {
    throw new TokenConfigError(
      'secret',
      'token secret looks like a PEM key; use algorithm `RS256` or `ES256` with `publicKey` for key pairs',
    );
  }

  const bytes = typeof secret === 'string' ? utf8Bytes(secret) : new Uint8Array(secret);
  if (bytes.length < MIN_HMAC_SECRET_BYTES) {
    throw new TokenConfigError(
      'secret',
      `token secret is too short: ${bytes.length} bytes; HS256 needs at least ${MIN_HMAC_SECRET_BYTES} random bytes (for example \`openssl rand -base64 48\`)`,
    );
  }
  return bytes;
}

async function importAsymmetricKeys(
  options: AsymmetricTokenOptions,
): Promise<{ signingKey?: CryptoKey; verificationKey: CryptoKey | JWTVerifyGetKey }> {
  const signingKey =
    options.privateKey === undefined
      ? undefined
      : await importKey(options.privateKey, options.algorithm, 'private');

  if (options.publicKey !== undefined && options.jwks !== undefined) {
    throw new TokenConfigError('jwks', 'give either `publicKey` or `jwks`, not both');
  }
  if (options.jwks !== undefined) {
    return { signingKey, verificationKey: createLocalJWKSet(options.jwks) };
  }
  if (options.publicKey === undefined) {
    throw new TokenConfigError(
      'publicKey',
      `${options.algorithm} needs \`publicKey\` or \`jwks\` to verify tokens`,
    );
  }
  return { signingKey, verificationKey: await importKey(options.publicKey, options.algorithm, 'public') };
}

async function importKey(
  input: AsymmetricKeyInput,
  algorithm: 'RS256' | 'ES256',
  kind: 'private' | 'public',
): Promise<CryptoKey> {
  const field = kind === 'private' ? 'privateKey' : 'publicKey';
  try {
    if (typeof input === 'string') {
      return kind === 'private' ? await importPKCS8(input, algorithm) : await importSPKI(input, algorithm);
    }
    if (input instanceof CryptoKey) {
      if (input.type !== kind) {
        throw new TokenConfigError(field, `${field} is a ${input.type} key; expected a ${kind} key`);
      }
      return input;
    }
    if (kind === 'public' && 'd' in input) {
      throw new TokenConfigError(field, `${field} contains private key material; give only the public part`);
    }
    const key = await importJWK(input, algorithm);
    if (key instanceof Uint8Array) {
      throw new TokenConfigError(field, `${field} is a symmetric JWK; ${algorithm} needs an asymmetric key`);
    }
    return key;
  } catch (error) {
    if (error instanceof TokenConfigError) {
      throw error;
    }
    throw new TokenConfigError(
      field,
      `${field} cannot be imported for ${algorithm}: ${(error as Error).message}`,
    );
  }
}
