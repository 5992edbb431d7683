import { hasPermission } from '../../security/index.ts';
import type { OperationContext } from '../operation.ts';
import { jsonResponse, problemResponse } from '../responses.ts';
import { runStatus } from '../run-store.ts';
import { viewRun } from '../run-view.ts';

/**
 * `POST /workflows/runs/{run_id}/cancel`. The route already required `runs:cancel-own`; cancelling
 * another identity's run also needs `runs:cancel-any`. Cancelling a cancelled run returns it unchanged.
 */
export function cancelRun(context: OperationContext): Response {
  const { runs, now, basePath } = context.services;
  const identity = context.identity;
  const id = context.params.run_id as string;
  const run = runs.get(id);

  if (run === undefined || identity === undefined) {
    return problemResponse('not-found', `no run \`${id}\``, { instance: context.instance });
  }

  const own = run.triggeredBy === identity.subject;
  if (!own && !hasPermission(identity.roles, 'runs:cancel-any')) {
    return problemResponse(
      'forbidden',
      `run \`${id}\` was triggered by another identity; cancelling it requires role \`admin\``,
      { instance: context.instance },
    );
  }

  const at = now();
  const status = runStatus(run, at);
  if (status === 'succeeded' || status === 'failed') {
    return problemResponse(
      'run-finished',
      `run \`${id}\` already ended \`${status}\` and cannot be cancelled`,
      {
        instance: context.instance,
      },
    );
  }
  if (status !== 'cancelled') {
    run.cancelledAt = at;
  }
  return jsonResponse(viewRun(run, at, basePath));
}
