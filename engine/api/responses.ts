import type { Diagnostic } from '../workflow/index.ts';

/**
 * Problem types are `tag:` URIs (RFC 4151): identifiers to compare as strings, not links to follow.
 * Titles are the HTTP status phrases, one per type.
 */
export const PROBLEM_TYPE_PREFIX = 'tag:trading-workflows,2026:problem/';

export const PROBLEM_TYPES = {
  'not-found': { status: 404, title: 'Not Found' },
  'method-not-allowed': { status: 405, title: 'Method Not Allowed' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'rate-limited': { status: 429, title: 'Too Many Requests' },
  'validation-failed': { status: 422, title: 'Unprocessable Content' },
  'run-finished': { status: 409, title: 'Conflict' },
  'body-too-large': { status: 413, title: 'Content Too Large' },
  'bad-request': { status: 400, title: 'Bad Request' },
  'internal-error': { status: 500, title: 'Internal Server Error' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export interface ProblemOptions {
  /** The request path as the client sent it, base path included. */
  instance: string;
  headers?: Record<string, string>;
  /** For `validation-failed`: the engine's findings, empty when only the request body is malformed. */
  diagnostics?: readonly Diagnostic[];
}

/** Builds an `application/problem+json` response (RFC 9457). */
export function problemResponse(type: ProblemType, detail: string, options: ProblemOptions): Response {
  const { status, title } = PROBLEM_TYPES[type];
  const body: Record<string, unknown> = {
    type: `${PROBLEM_TYPE_PREFIX}${type}`,
    title,
    status,
    detail,
    instance: options.instance,
  };
  if (type === 'validation-failed') {
    body.diagnostics = options.diagnostics ?? [];
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...options.headers },
  });
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** Merges headers into a response; a new Response because a fetched one may have immutable headers. */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) {
    merged.set(name, value);
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}
