import type { RunStatus } from '../../workflow/simulate/index.ts';
import type { OperationContext } from '../operation.ts';
import { validationProblem } from '../request-body.ts';
import { jsonResponse } from '../responses.ts';
import { runStatus } from '../run-store.ts';
import { viewRun } from '../run-view.ts';

const RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled'];
const QUERY_PARAMETERS = ['status', 'workflow_id', 'limit', 'cursor'];
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

interface Query {
  status?: RunStatus;
  workflowId?: string;
  limit: number;
  /** Only runs older than this sequence number: the last run of the previous page. */
  before?: number;
}

/** Contents of a cursor: the position, and the filters it belongs to. */
interface Cursor {
  before: number;
  status: string | null;
  workflowId: string | null;
}

/** `GET /workflows/runs`: newest first, filtered, one page at a time. */
export function listRuns(context: OperationContext): Response {
  const query = parseQuery(context.url.searchParams);
  if (typeof query === 'string') return validationProblem(context, query);

  const { runs, now, basePath } = context.services;
  const at = now();
  const matching = runs
    .newestFirst()
    .filter((run) => query.before === undefined || run.sequence < query.before)
    .filter((run) => query.workflowId === undefined || run.workflowId === query.workflowId)
    .filter((run) => query.status === undefined || runStatus(run, at) === query.status);

  const page = matching.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    matching.length > query.limit && last !== undefined
      ? encodeCursor({
          before: last.sequence,
          status: query.status ?? null,
          workflowId: query.workflowId ?? null,
        })
      : null;

  const self = `${basePath}/workflows/runs${context.url.search}`;
  const links: Record<string, string> = { self };
  if (nextCursor !== null) {
    const next = new URLSearchParams(context.url.searchParams);
    next.set('cursor', nextCursor);
    links.next = `${basePath}/workflows/runs?${next.toString()}`;
  }

  return jsonResponse({
    items: page.map((run) => viewRun(run, at, basePath)),
    next_cursor: nextCursor,
    links,
  });
}

/** Returns the query, or the `detail` of a 422. */
function parseQuery(search: URLSearchParams): Query | string {
  for (const name of search.keys()) {
    if (!QUERY_PARAMETERS.includes(name)) {
      return `unknown query parameter \`${name}\`; expected \`status\`, \`workflow_id\`, \`limit\` or \`cursor\``;
    }
    if (search.getAll(name).length > 1) return `query parameter \`${name}\` is repeated`;
  }

  const status = search.get('status') ?? undefined;
  if (status !== undefined && !(RUN_STATUSES as readonly string[]).includes(status)) {
    return `invalid \`status\`; expected one of ${RUN_STATUSES.map((name) => `\`${name}\``).join(', ')}`;
  }

  const workflowId = search.get('workflow_id') ?? undefined;
  if (workflowId !== undefined && !/^[a-z][a-z0-9_-]*$/.test(workflowId)) {
    return 'invalid `workflow_id`; expected lowercase letters, digits, `_` and `-`, starting with a letter';
  }

  const limitText = search.get('limit') ?? String(DEFAULT_LIMIT);
  const limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    return `invalid \`limit\`; expected a whole number from 1 to ${MAX_LIMIT}`;
  }

  const cursorText = search.get('cursor') ?? undefined;
  if (cursorText === undefined) {
    return { status: status as RunStatus | undefined, workflowId, limit };
  }
  const cursor = decodeCursor(cursorText);
  if (cursor === undefined) return 'invalid `cursor`; pass the `next_cursor` of the previous page unchanged';
  if (cursor.status !== (status ?? null) || cursor.workflowId !== (workflowId ?? null)) {
    return '`cursor` belongs to other filters; repeat the `status` and `workflow_id` of the first page';
  }
  return { status: status as RunStatus | undefined, workflowId, limit, before: cursor.before };
}

function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify([cursor.before, cursor.status, cursor.workflowId]);
  return btoa(json).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decodeCursor(text: string): Cursor | undefined {
  try {
    const json = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const [before, status, workflowId] = JSON.parse(json) as unknown[];
    const isFilter = (value: unknown) => value === null || typeof value === 'string';
    if (!Number.isSafeInteger(before) || !isFilter(status) || !isFilter(workflowId)) return undefined;
    return {
      before: before as number,
      status: status as string | null,
      workflowId: workflowId as string | null,
    };
  } catch {
    return undefined;
  }
}
