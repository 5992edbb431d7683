import type { Route } from './operation.ts';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  /** The path exists but not with this method; `allowed` lists the methods it has. */
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

/** Matches a path below the base path against the route table's OpenAPI path templates. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const allowed: string[] = [];

  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params === undefined) continue;
    if (route.method === method) {
      return { kind: 'found', route, params };
    }
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

/** Matches `/a/{b}/c` segment by segment; a parameter matches one non-empty segment, percent-decoded. */
function matchPath(template: string, path: string): Record<string, string> | undefined {
  const templateSegments = template.split('/');
  const pathSegments = path.split('/');
  if (templateSegments.length !== pathSegments.length) return undefined;

  const params: Record<string, string> = {};
  for (const [index, expected] of templateSegments.entries()) {
    const actual = pathSegments[index] as string;
    const parameter = /^\{(\w+)\}$/.exec(expected)?.[1];
    if (parameter === undefined) {
      if (actual !== expected) return undefined;
      continue;
    }

    const decoded = decodeSegment(actual);
    if (decoded === undefined || decoded === '') return undefined;
    params[parameter] = decoded;
  }
  return params;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
