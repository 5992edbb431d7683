import { mockApiBasePath } from '../../../api-mock/site-paths.ts';

/** An operation the lab can fire, with a request body that passes validation. */
export interface LabOperation {
  operationId: string;
  method: 'GET' | 'POST';
  path: string;
  /** The limit the contract gives it, shown next to the choice. */
  rateLimit: string;
  body?: () => { contentType: string; text: string };
}

/** The workflow in the mock's catalog that the lab triggers. */
export const LAB_WORKFLOW_ID = 'example_workflow';

const SMALL_WORKFLOW = [
  'workflow:',
  '  id: lab_check',
  '  type: langgraph',
  '  nodes:',
  '    - name: extract',
  '      type: data_fetcher',
  '      config:',
  '        source: database',
  '',
].join('\n');

function json(value: unknown): { contentType: string; text: string } {
  return { contentType: 'application/json', text: JSON.stringify(value) };
}

export const LAB_OPERATIONS: readonly LabOperation[] = [
  {
    operationId: 'triggerWorkflow',
    method: 'POST',
    path: '/workflows/trigger',
    rateLimit: '10/minute',
    body: () => json({ workflow_id: LAB_WORKFLOW_ID, parameters: {} }),
  },
  { operationId: 'listRuns', method: 'GET', path: '/workflows/runs', rateLimit: '100/minute' },
  { operationId: 'listTemplates', method: 'GET', path: '/templates', rateLimit: '100/minute' },
  {
    operationId: 'validateTemplate',
    method: 'POST',
    path: '/templates/validate',
    rateLimit: '30/minute',
    body: () => json({ yaml: SMALL_WORKFLOW, file: 'lab.yaml' }),
  },
  { operationId: 'getHealth', method: 'GET', path: '/health', rateLimit: '100/minute' },
];

/**
 * Returns the URL of a lab request. The lab hands requests to the engine directly, so the host is never contacted:
 * `.invalid` is reserved and cannot resolve. The path carries the site's base path, as the mock expects.
 */
export function labRequestUrl(path: string): string {
  return `http://mock.invalid${mockApiBasePath()}${path}`;
}

export function labOperation(operationId: string): LabOperation {
  const operation = LAB_OPERATIONS.find((candidate) => candidate.operationId === operationId);
  if (operation === undefined) throw new TypeError(`unknown lab operation \`${operationId}\``);
  return operation;
}

/** Creates a request for `operation` with `headers`. A body can be read once, so each request gets its own. */
export function labRequest(operation: LabOperation, headers: Record<string, string>): Request {
  const body = operation.body?.();
  return new Request(labRequestUrl(operation.path), {
    method: operation.method,
    headers: body === undefined ? headers : { ...headers, 'Content-Type': body.contentType },
    body: body?.text,
  });
}
