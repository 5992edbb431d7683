import type { ResolvedCatalogEntry } from '../catalog.ts';
import type { OperationContext } from '../operation.ts';
import { jsonResponse } from '../responses.ts';

/** Builds the `TemplateSummary` of one catalog entry. */
export function templateSummary(entry: ResolvedCatalogEntry, basePath: string): Record<string, unknown> {
  return {
    template_id: entry.id,
    kind: entry.kind,
    name: entry.title,
    description: entry.description,
    workflow_type: entry.workflow.type,
    parameter_names: entry.parameters.map((parameter) => parameter.name),
    links: { self: `${basePath}/templates/${entry.id}` },
  };
}

/** `GET /templates`: the catalog's workflows and the library templates, sorted by id. */
export function listTemplates(context: OperationContext): Response {
  const { catalog, basePath } = context.services;
  const items = [...catalog.values()]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((entry) => templateSummary(entry, basePath));
  return jsonResponse({ items });
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
