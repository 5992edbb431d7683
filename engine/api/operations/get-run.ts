import type { OperationContext } from '../operation.ts';
import { jsonResponse, problemResponse } from '../responses.ts';
import { viewRun } from '../run-view.ts';

/** `GET /workflows/runs/{run_id}`: the run at the current time of the clock. */
export function getRun(context: OperationContext): Response {
  const { runs, now, basePath } = context.services;
  const id = context.params.run_id as string;
  const run = runs.get(id);

  if (run === undefined) {
    return problemResponse('not-found', `no run \`${id}\``, { instance: context.instance });
  }
  return jsonResponse(viewRun(run, now(), basePath));
}
