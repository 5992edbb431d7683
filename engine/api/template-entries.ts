import {
  libraryTemplates,
  type TemplateDefinition,
  templateFileName,
  templateInstanceYaml,
  templateSource,
} from '../templates/index.ts';
import { validateWorkflow } from '../workflow/index.ts';
import type { ResolvedCatalogEntry } from './catalog.ts';

/**
 * Catalog entries for the library templates, so `GET /templates` lists them and `POST /workflows/trigger`
 * can instantiate them. Each entry's `workflow` is the template instantiated with its example values, which
 * gives the listing its `workflow_type`. A template whose example does not validate is a defect of the
 * engine: `TypeError`.
 */
export function templateCatalogEntries(
  templates: readonly TemplateDefinition[] = libraryTemplates(),
): ResolvedCatalogEntry[] {
  return templates.map((template) => {
    const result = validateWorkflow(templateInstanceYaml(template), {
      file: templateFileName(template.name),
    });
    const firstError = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    if (firstError !== undefined || result.workflow === undefined) {
      const reason = firstError === undefined ? 'no workflow' : `${firstError.code} ${firstError.message}`;
      throw new TypeError(`library template \`${template.name}\` does not instantiate: ${reason}`);
    }

    return {
      id: template.name,
      kind: 'template',
      title: template.title,
      description: template.description,
      yaml: templateSource(template.name) ?? template.source.source,
      workflow: result.workflow,
      parameters: template.parameters,
      template,
    };
  });
}
