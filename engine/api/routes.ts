import type { Route } from './operation.ts';
import { cancelRun } from './operations/cancel-run.ts';
import { createToken } from './operations/create-token.ts';
import { getHealth } from './operations/get-health.ts';
import { getRun } from './operations/get-run.ts';
import { getTemplate } from './operations/get-template.ts';
import { listRuns } from './operations/list-runs.ts';
import { listTemplates } from './operations/list-templates.ts';
import { triggerWorkflow } from './operations/trigger-workflow.ts';
import { validateTemplate } from './operations/validate-template.ts';

/**
 * Every operation of the API. Order matters only where two templates match one path: none do today,
 * because `/templates/validate` is a POST and `/templates/{template_id}` a GET.
 */
export const ROUTES: readonly Route[] = [
  {
    operationId: 'triggerWorkflow',
    method: 'POST',
    path: '/workflows/trigger',
    permission: 'workflows:trigger',
    role: 'operator',
    rateLimit: '10/minute',
    handle: triggerWorkflow,
  },
  {
    operationId: 'listRuns',
    method: 'GET',
    path: '/workflows/runs',
    permission: 'runs:read',
    role: 'viewer',
    rateLimit: '100/minute',
    handle: listRuns,
  },
  {
    operationId: 'getRun',
    method: 'GET',
    path: '/workflows/runs/{run_id}',
    permission: 'runs:read',
    role: 'viewer',
    rateLimit: '100/minute',
    handle: getRun,
  },
  {
    operationId: 'cancelRun',
    method: 'POST',
    path: '/workflows/runs/{run_id}/cancel',
    permission: 'runs:cancel-own',
    role: 'operator',
    rateLimit: '10/minute',
    handle: cancelRun,
  },
  {
    operationId: 'listTemplates',
    method: 'GET',
    path: '/templates',
    permission: 'templates:read',
    role: 'viewer',
    rateLimit: '100/minute',
    handle: listTemplates,
  },
  {
    operationId: 'getTemplate',
    method: 'GET',
    path: '/templates/{template_id}',
    permission: 'templates:read',
    role: 'viewer',
    rateLimit: '100/minute',
    handle: getTemplate,
  },
  {
    operationId: 'validateTemplate',
    method: 'POST',
    path: '/templates/validate',
    permission: 'templates:validate',
    role: 'operator',
    rateLimit: '30/minute',
    handle: validateTemplate,
  },
  {
    operationId: 'createToken',
    method: 'POST',
    path: '/auth/token',
    rateLimit: '5/minute',
    handle: createToken,
  },
  { operationId: 'getHealth', method: 'GET', path: '/health', rateLimit: '100/minute', handle: getHealth },
];
