import { validateWorkflow, type Workflow } from '../../workflow/index.ts';
import { simulateRun } from '../../workflow/simulate/index.ts';
import { didYouMean } from '../../workflow/suggest.ts';
import { instantiateTemplate } from '../instantiate-template.ts';
import type { OperationContext } from '../operation.ts';
import { isParameterValue, type ParameterValues } from '../parameter-values.ts';
import { drawRunId, drawSeed } from '../random-values.ts';
import { jsonType, readJsonObject, unknownField, validationProblem } from '../request-body.ts';
import { jsonResponse, problemResponse } from '../responses.ts';

const FIELDS = ['workflow_id', 'parameters', 'workflow'] as const;
const WORKFLOW_ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
/** The file name that diagnostics of an inline workflow carry, as the contract specifies. */
const INLINE_FILE = 'workflow';

interface TriggerRequest {
  workflowId: string;
  parameters: ParameterValues;
  inline?: string;
}

/**
 * `POST /workflows/trigger`: queues a run of a catalog workflow, of a library template instantiated with
 * the request's parameters, or of an inline workflow, validated first. The whole run is simulated now from
 * a seed; reads reveal it as the clock advances.
 */
export async function triggerWorkflow(context: OperationContext): Promise<Response> {
  const body = await readJsonObject(context);
  if (!body.ok) return body.response;

  const parsed = parseTriggerRequest(body.value);
  if (typeof parsed === 'string') return validationProblem(context, parsed);

  const resolved =
    parsed.inline === undefined ? findInCatalog(context, parsed) : checkInline(context, parsed);
  if (resolved instanceof Response) return resolved;

  return queueRun(context, parsed, resolved.workflow, resolved.source);
}

/** Returns the request, or the `detail` of a 422 for a malformed body. */
function parseTriggerRequest(body: Record<string, unknown>): TriggerRequest | string {
  const extra = unknownField(body, FIELDS);
  if (extra !== undefined) {
    return `unknown field \`${extra}\` in the request body; expected \`workflow_id\`, \`parameters\` and \`workflow\``;
  }

  const { workflow_id: workflowId, parameters, workflow } = body;
  if (workflowId === undefined) return 'missing field `workflow_id` in the request body';
  if (typeof workflowId !== 'string')
    return `field \`workflow_id\` must be a string, got ${jsonType(workflowId)}`;
  if (!WORKFLOW_ID_PATTERN.test(workflowId)) {
    return `invalid \`workflow_id\`; expected lowercase letters, digits, \`_\` and \`-\`, starting with a letter`;
  }

  if (parameters === undefined) return 'missing field `parameters` in the request body; send `{}` for none';
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    return `field \`parameters\` must be an object, got ${jsonType(parameters)}`;
  }
  for (const [name, value] of Object.entries(parameters)) {
    if (!isParameterValue(value)) {
      return `parameter \`${name}\` must be a string, number, boolean or a list of them, got ${jsonType(value)}`;
    }
  }

  if (workflow !== undefined && typeof workflow !== 'string') {
    return `field \`workflow\` must be a string of YAML, got ${jsonType(workflow)}`;
  }
  return {
    workflowId,
    parameters: parameters as ParameterValues,
    ...(workflow === undefined ? {} : { inline: workflow }),
  };
}

type Resolved = { workflow: Workflow; source: 'catalog' | 'inline' } | Response;

function findInCatalog(context: OperationContext, request: TriggerRequest): Resolved {
  const { catalog } = context.services;
  const entry = catalog.get(request.workflowId);
  if (entry?.kind === 'template') {
    return instantiate(context, request);
  }
  if (entry !== undefined) {
    const givenNames = Object.keys(request.parameters);
    if (givenNames.length > 0) {
      return validationProblem(
        context,
        `workflow \`${entry.id}\` takes no parameters, got \`${givenNames[0]}\`; send \`"parameters": {}\` or trigger a template`,
      );
    }
    return { workflow: entry.workflow, source: 'catalog' };
  }

  const hint = didYouMean(request.workflowId, [...catalog.keys()]);
  const detail = `no workflow or template \`${request.workflowId}\` in the catalog${hint === undefined ? '' : `; ${hint}`}`;
  return problemResponse('not-found', detail, { instance: context.instance });
}

function instantiate(context: OperationContext, request: TriggerRequest): Resolved {
  const instance = instantiateTemplate(request.workflowId, request.parameters);
  if (instance.ok) {
    return { workflow: instance.workflow, source: 'catalog' };
  }

  const noun = instance.errors === 1 ? 'error' : 'errors';
  return problemResponse(
    'validation-failed',
    `the parameters of template \`${request.workflowId}\` have ${instance.errors} ${noun}`,
    { instance: context.instance, diagnostics: instance.diagnostics },
  );
}

function checkInline(context: OperationContext, request: TriggerRequest): Resolved {
  const result = validateWorkflow(request.inline as string, { file: INLINE_FILE });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;

  if (errors > 0 || result.workflow === undefined) {
    return problemResponse(
      'validation-failed',
      `the inline workflow has ${errors} ${errors === 1 ? 'error' : 'errors'}`,
      {
        instance: context.instance,
        diagnostics: result.diagnostics,
      },
    );
  }
  if (result.workflow.id !== request.workflowId) {
    return validationProblem(
      context,
      `\`workflow_id\` is \`${request.workflowId}\` but the inline workflow's id is \`${result.workflow.id}\`; they must be equal`,
    );
  }
  return { workflow: result.workflow, source: 'inline' };
}

function queueRun(
  context: OperationContext,
  request: TriggerRequest,
  workflow: Workflow,
  source: 'catalog' | 'inline',
): Response {
  const { runs, random, now, basePath, simulation } = context.services;
  const createdAt = now();

  let id = drawRunId(random);
  while (runs.has(id)) id = drawRunId(random);

  const simulated = simulateRun(workflow, { ...simulation, seed: drawSeed(random), startAt: createdAt });
  runs.add(
    {
      id,
      workflowId: request.workflowId,
      source,
      parameters: request.parameters,
      triggeredBy: (context.identity as { subject: string }).subject,
      createdAt,
      simulated,
    },
    createdAt,
  );

  const self = `${basePath}/workflows/runs/${id}`;
  return jsonResponse(
    {
      run_id: id,
      workflow_id: request.workflowId,
      status: 'queued',
      created_at: new Date(createdAt).toISOString(),
      links: { self, cancel: `${self}/cancel` },
    },
    202,
    { Location: self },
  );
}
