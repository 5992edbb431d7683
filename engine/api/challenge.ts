/** The realm of both challenges; it names the protection space, not a host. */
export const AUTH_REALM = 'trading-workflows';

/**
 * The `WWW-Authenticate` value of a 401: both accepted schemes (RFC 9110, section 11.6.1). A rejected
 * bearer token adds `error="invalid_token"` with a description (RFC 6750, section 3); a request without
 * credentials gets no error code, as RFC 6750 requires.
 */
export function authenticateChallenge(tokenError?: string): string {
  const bearer =
    tokenError === undefined
      ? `Bearer realm="${AUTH_REALM}"`
      : `Bearer realm="${AUTH_REALM}", error="invalid_token", error_description="${tokenError}"`;
  return `${bearer}, ApiKey realm="${AUTH_REALM}"`;
}
