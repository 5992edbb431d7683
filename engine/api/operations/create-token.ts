import {
  issueToken,
  ROLES,
  type Role,
  SCOPE_ROLES,
  type Scope,
  verifyPassword,
} from '../../security/index.ts';
import type { OperationContext } from '../operation.ts';
import { bytesFrom } from '../random-values.ts';
import { readBodyText } from '../request-body.ts';
import { jsonResponse } from '../responses.ts';

type OAuthErrorCode = 'invalid_request' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_scope';

/** Token responses carry a credential, so neither they nor their errors may be cached (RFC 6749, section 5.1). */
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthError(error: OAuthErrorCode, description: string): Response {
  return jsonResponse({ error, error_description: description }, 400, NO_STORE);
}

/**
 * `POST /auth/token`: the OAuth2 resource owner password grant (RFC 6749, section 4.3). A user gets only
 * scopes whose role is at most the user's highest role; without `scope` it gets all of them.
 */
export async function createToken(context: OperationContext): Promise<Response> {
  const contentType = context.request.headers.get('Content-Type') ?? '';
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return oauthError('invalid_request', 'send the grant as `application/x-www-form-urlencoded`');
  }

  const text = await readBodyText(context);
  if (!text.ok) return text.response;
  const form = new URLSearchParams(text.value);

  for (const name of new Set(form.keys())) {
    if (form.getAll(name).length > 1) return oauthError('invalid_request', `field \`${name}\` is repeated`);
  }
  const grantType = form.get('grant_type');
  const username = form.get('username');
  const password = form.get('password');
  if (grantType === null) return oauthError('invalid_request', 'missing field `grant_type`');
  if (grantType !== 'password') {
    const shown = /^[A-Za-z0-9_:.-]{1,40}$/.test(grantType) ? `\`${grantType}\`` : 'given';
    return oauthError('unsupported_grant_type', `grant type ${shown} is not supported; use \`password\``);
  }
  if (username === null || username === '') return oauthError('invalid_request', 'missing field `username`');
  if (password === null || password === '') return oauthError('invalid_request', 'missing field `password`');

  const { users, tokens, now, random, tokenTtlSeconds } = context.services;
  if (tokens === undefined) {
    return oauthError('unsupported_grant_type', 'this server issues no tokens; use an API key');
  }

  const verified = await verifyPassword(users, username, password);
  if (!verified.ok) return oauthError('invalid_grant', 'invalid user name or password');

  const highest = highestRole(verified.identity.roles);
  const allowed = scopesUpTo(highest);
  const requested = form.get('scope');
  const scopes = requested === null ? allowed : requested.split(' ').filter((scope) => scope !== '');
  for (const scope of scopes) {
    if (!Object.hasOwn(SCOPE_ROLES, scope)) {
      const shown = /^[A-Za-z0-9_:.-]{1,40}$/.test(scope) ? `\`${scope}\`` : 'requested';
      return oauthError(
        'invalid_scope',
        `unknown scope ${shown}; expected ${allowedList(Object.keys(SCOPE_ROLES))}`,
      );
    }
    if (!allowed.includes(scope as Scope)) {
      return oauthError('invalid_scope', `scope \`${scope}\` is not allowed for role \`${highest}\``);
    }
  }

  const accessToken = await issueToken(
    { subject: username, scopes, ttlSeconds: tokenTtlSeconds, now: now(), random: bytesFrom(random) },
    tokens,
  );
  return jsonResponse(
    { access_token: accessToken, token_type: 'Bearer', expires_in: tokenTtlSeconds, scope: scopes.join(' ') },
    200,
    NO_STORE,
  );
}

function highestRole(roles: readonly Role[]): Role {
  return ROLES.filter((role) => roles.includes(role)).at(-1) ?? 'viewer';
}

/** Scopes of `role` and every less privileged role, in `ROLES` order. */
function scopesUpTo(role: Role): Scope[] {
  const rank = ROLES.indexOf(role);
  return (Object.entries(SCOPE_ROLES) as [Scope, Role][])
    .filter(([, scopeRole]) => ROLES.indexOf(scopeRole) <= rank)
    .sort(([, a], [, b]) => ROLES.indexOf(a) - ROLES.indexOf(b))
    .map(([scope]) => scope);
}

function allowedList(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
