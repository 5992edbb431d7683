/**
 * CORS for browser pages on another origin (the docs site calling `wf serve`). Credentials travel in
 * headers, never in cookies, so any origin may call: a page can only use a key or token it already has.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': [
    'Location',
    'Retry-After',
    'RateLimit',
    'RateLimit-Policy',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
    'WWW-Authenticate',
  ].join(', '),
};

/** Returns the response to a preflight `OPTIONS` request for a path that has operations. */
export function preflightResponse(allowedMethods: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': [...allowedMethods, 'OPTIONS'].join(', '),
      'Access-Control-Allow-Headers': 'Authorization, X-API-Key, Content-Type',
      'Access-Control-Max-Age': '600',
    },
  });
}
