import { decodeJwt } from 'jose';
import {
  type ApiKeyRegistry,
  type Identity,
  parseApiKey,
  type TokenConfig,
  verifyApiKey,
  verifyToken,
} from '../security/index.ts';
import { formatUtcTimestamp } from '../security/timestamp.ts';

/** The result of reading the credentials of a request; nothing is decided about permissions yet. */
export type Identification =
  | { kind: 'anonymous' }
  | { kind: 'identified'; identity: Identity }
  | {
      kind: 'rejected';
      /** The problem's `detail`. */
      detail: string;
      /** The RFC 6750 `error_description` of the `Bearer` challenge, for a rejected bearer token. */
      tokenError?: string;
    };

export interface IdentifyOptions {
  apiKeys: ApiKeyRegistry;
  tokens: TokenConfig | undefined;
  now: number;
  /** Path of the token endpoint, base path included, for messages. */
  tokenPath: string;
}

/**
 * Reads `X-API-Key` or `Authorization: Bearer <token>` (the scheme is case-insensitive). A request that
 * sends both is rejected rather than having one silently win, because the two may name different callers.
 * A header whose value is empty or only whitespace counts as absent: API clients such as Scalar send
 * `X-API-Key:` with no value when no key is chosen, and that caller sent no credentials rather than a wrong one.
 */
export async function identify(request: Request, options: IdentifyOptions): Promise<Identification> {
  const apiKey = nonBlankHeader(request, 'X-API-Key');
  const authorization = nonBlankHeader(request, 'Authorization');

  if (apiKey !== null && authorization !== null) {
    return {
      kind: 'rejected',
      detail: 'send either an `X-API-Key` header or an `Authorization` header, not both',
    };
  }
  if (apiKey !== null) {
    return identifyApiKey(apiKey, options);
  }
  if (authorization !== null) {
    return identifyAuthorization(authorization, options);
  }
  return { kind: 'anonymous' };
}

/** Returns the header's value without surrounding whitespace, or `null` when it is missing or blank. */
function nonBlankHeader(request: Request, name: string): string | null {
  const value = request.headers.get(name)?.trim();
  return value ? value : null;
}

async function identifyApiKey(key: string, options: IdentifyOptions): Promise<Identification> {
  const result = await verifyApiKey(options.apiKeys, key, options.now);
  if (result.ok) {
    return { kind: 'identified', identity: result.identity };
  }

  // `revoked` and `expired` are reported only after the secret matched, so only the key's holder learns them.
  if (result.reason === 'revoked') {
    return { kind: 'rejected', detail: 'the API key was revoked; ask an administrator for a new key' };
  }
  if (result.reason === 'expired') {
    const id = parseApiKey(key)?.id ?? '';
    const expiresAt = options.apiKeys.get(id)?.expiresAt ?? options.now;
    return {
      kind: 'rejected',
      detail: `the API key expired at \`${formatUtcTimestamp(expiresAt)}\`; ask an administrator for a new key`,
    };
  }
  return { kind: 'rejected', detail: 'invalid API key' };
}

async function identifyAuthorization(header: string, options: IdentifyOptions): Promise<Identification> {
  const match = /^(\S+)(?:\s+(.*))?$/.exec(header);
  const scheme = match?.[1] ?? '';
  const token = match?.[2]?.trim() ?? '';

  if (scheme.toLowerCase() !== 'bearer') {
    const shown = /^[A-Za-z][A-Za-z0-9-]{0,19}$/.test(scheme) ? `\`${scheme}\`` : 'in the header';
    return {
      kind: 'rejected',
      detail: `unsupported authorization scheme ${shown}; send \`Authorization: Bearer <token>\` or an \`X-API-Key\` header`,
    };
  }
  if (options.tokens === undefined) {
    return {
      kind: 'rejected',
      detail: 'this server accepts no bearer tokens; send an `X-API-Key` header',
      tokenError: 'bearer tokens are not accepted',
    };
  }

  const result = await verifyToken(token, options.tokens, options.now);
  if (result.ok) {
    return { kind: 'identified', identity: result.identity };
  }
  if (result.reason === 'expired') {
    // jose checks the signature before the claims, so an `expired` token carries a genuine `exp`.
    const exp = decodeJwt(token).exp ?? options.now / 1000;
    return {
      kind: 'rejected',
      detail: `the bearer token expired at \`${formatUtcTimestamp(exp * 1000)}\`; get a new one from \`${options.tokenPath}\``,
      tokenError: 'the token expired',
    };
  }
  return {
    kind: 'rejected',
    detail: `invalid bearer token; get a new one from \`${options.tokenPath}\``,
    tokenError: 'the token is invalid',
  };
}
