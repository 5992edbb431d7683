import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ROUTES } from '../../engine/api/index.ts';
import { matchRoute } from '../../engine/api/match-route.ts';
import { strictValidator } from '../openapi/strict-schema.ts';

type Json = Record<string, unknown>;

export const contract = parse(
  readFileSync(fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url)), 'utf8'),
) as Json;
const components = contract.components as Record<string, Record<string, Json>>;
const componentSchemas = components.schemas as Record<string, unknown>;

function resolveResponse(value: Json): Json {
  if (typeof value.$ref !== 'string') return value;
  const name = value.$ref.replace('#/components/responses/', '');
  return components.responses?.[name] as Json;
}

/**
 * Returns the problems of one response against the contract: the status must be documented for the
 * operation, the content type must be the documented one, and the body must match its schema exactly
 * (objects closed, see strict-schema.ts). An empty list means the response conforms.
 */
export function contractProblems(
  method: string,
  pathname: string,
  status: number,
  contentType: string,
  body: unknown,
): string[] {
  const match = matchRoute(ROUTES, method, pathname);
  if (match.kind !== 'found') {
    return status === 404 || status === 405 ? [] : [`no operation for ${method} ${pathname}`];
  }

  const paths = contract.paths as Record<string, Record<string, Json>>;
  const operation = paths[match.route.path]?.[method.toLowerCase()] as Json | undefined;
  const responses = operation?.responses as Record<string, Json> | undefined;
  const documented = responses?.[String(status)];
  if (documented === undefined) {
    return [`status ${status} is not documented for \`${match.route.operationId}\``];
  }

  const content = resolveResponse(documented).content as Record<string, Json> | undefined;
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  const entry = content?.[mediaType];
  if (entry === undefined) {
    return [
      `content type \`${mediaType}\` is not documented for ${status} of \`${match.route.operationId}\``,
    ];
  }

  const result = strictValidator(entry.schema, componentSchemas).safeParse(body);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
