import { didYouMean } from '../../workflow/suggest.ts';
import type { OperationContext } from '../operation.ts';
import { viewParameter } from '../parameter-view.ts';
import { jsonResponse, problemResponse } from '../responses.ts';
import { templateSummary } from './list-templates.ts';

/** `GET /templates/{template_id}`: one catalog entry with its parameters and source. */
export function getTemplate(context: OperationContext): Response {
  const { catalog, basePath } = context.services;
  const id = context.params.template_id as string;
  const entry = catalog.get(id);

  if (entry === undefined) {
    const hint = didYouMean(id, [...catalog.keys()]);
    const detail = `no template \`${id}\`${hint === undefined ? '' : `; ${hint}`}`;
    return problemResponse('not-found', detail, { instance: context.instance });
  }
  return jsonResponse({
    ...templateSummary(entry, basePath),
    parameters: entry.parameters.map(viewParameter),
    source: entry.yaml,
  });
}
