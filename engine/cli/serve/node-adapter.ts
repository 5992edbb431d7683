import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOutcome, PlatformApi } from '../../api/platform-api.ts';
import { PROBLEM_TYPE_PREFIX } from '../../api/responses.ts';

export interface NodeAdapterOptions {
  /** Largest request body read, in bytes; a larger one gets 413 without being read to the end. */
  maxBodyBytes: number;
  /** Take the client address from the first `X-Forwarded-For` entry; only behind a proxy that sets it. */
  trustProxy: boolean;
  now: () => number;
  /** Called once per request with what the log line needs. */
  onResponse: (entry: RequestLogEntry) => void;
  onError: (error: unknown) => void;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  milliseconds: number;
  /** The identity's subject, or undefined for an anonymous or rejected request. */
  subject: string | undefined;
}

/**
 * Adapts the fetch-style API to `node:http`: the IncomingMessage becomes a `Request` (its body capped at
 * `maxBodyBytes`) and the `Response` body is streamed back.
 */
export function createNodeHandler(api: PlatformApi, options: NodeAdapterOptions) {
  return (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    const startedAt = options.now();
    const method = incoming.method ?? 'GET';
    const rawPath = incoming.url ?? '/';
    const path = rawPath.split('?')[0] as string;

    handle(api, incoming, options)
      .then((outcome) => send(outcome.response, outgoing).then(() => outcome))
      .then((outcome) => {
        const milliseconds = Math.round(options.now() - startedAt);
        options.onResponse({
          method,
          path,
          status: outcome.response.status,
          milliseconds,
          subject: outcome.subject,
        });
      })
      .catch((error: unknown) => {
        options.onError(error);
        if (!outgoing.headersSent) {
          outgoing.writeHead(500, { 'Content-Type': 'application/problem+json' });
        }
        outgoing.end();
      });
  };
}

async function handle(
  api: PlatformApi,
  incoming: IncomingMessage,
  options: NodeAdapterOptions,
): Promise<ApiOutcome> {
  const rawPath = incoming.url ?? '/';
  // An absolute-form or `*` target is for proxies; this server only serves origin-form paths.
  if (!rawPath.startsWith('/')) {
    return {
      response: localProblem(400, 'Bad Request', 'bad-request', 'the request target must be a path', rawPath),
    };
  }

  const body = await readBody(incoming, options.maxBodyBytes);
  if (body === 'too-large') {
    const detail = `the request body is larger than ${options.maxBodyBytes} bytes`;
    return { response: localProblem(413, 'Content Too Large', 'body-too-large', detail, rawPath) };
  }

  const headers = new Headers();
  for (const [name, values] of Object.entries(incoming.headersDistinct)) {
    for (const value of values ?? []) headers.append(name, value);
  }
  const method = incoming.method ?? 'GET';
  // The origin is fixed, never taken from `Host`: handlers read only the path and query.
  const request = new Request(`http://localhost${rawPath}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  });
  return api.respond(request, { clientAddress: clientAddress(incoming, options.trustProxy) });
}

function clientAddress(incoming: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = incoming.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return incoming.socket.remoteAddress ?? 'unknown';
}

/**
 * Reads the whole body, or settles as `too-large` at the first byte over `limit`. The rest is drained
 * and dropped rather than the socket destroyed, so the client still receives the 413.
 */
function readBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(incoming.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve('too-large');

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let tooLarge = false;
    incoming.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (tooLarge) return;
      if (length > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => {
      if (!tooLarge) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    incoming.on('error', reject);
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);

  if (response.body !== null) {
    for await (const chunk of response.body) {
      outgoing.write(chunk);
    }
  }
  await new Promise<void>((resolve) => outgoing.end(resolve));
}

/** Builds the problem for a request rejected before it reaches the API, in the API's format. */
function localProblem(
  status: number,
  title: string,
  type: string,
  detail: string,
  instance: string,
): Response {
  const body = {
    type: `${PROBLEM_TYPE_PREFIX}${type}`,
    title,
    status,
    detail,
    instance: instance.slice(0, 200),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Access-Control-Allow-Origin': '*',
      Connection: 'close',
    },
  });
}
