import type { ParameterDeclaration, TemplateDefinition } from '../templates/index.ts';
import { validateWorkflow, type Workflow } from '../workflow/index.ts';

/** A named workflow the API can run; the caller loads the YAML (files on `wf serve`, bundled strings in the browser). */
export interface CatalogEntry {
  /** Must equal the file's `workflow.id`. */
  id: string;
  /** A short human-readable name. */
  title: string;
  yaml: string;
  /** What the workflow does; default: the comment at the top of the file, or the title. */
  description?: string;
}

/** A catalog entry after validation, with the parsed workflow. */
export interface ResolvedCatalogEntry {
  id: string;
  /** `workflow` for a plain workflow file, `template` for a library template with typed parameters. */
  kind: 'workflow' | 'template';
  title: string;
  description: string;
  /** The file's YAML: the workflow, or the template with its placeholders. */
  yaml: string;
  /** The workflow itself, or for a template its instance with the template's example values. */
  workflow: Workflow;
  /** The template's parameters in declaration order; empty for a plain workflow. */
  parameters: readonly ParameterDeclaration[];
  /** The library template, for `kind: 'template'`. */
  template?: TemplateDefinition;
}

/**
 * Validates every workflow entry and indexes them by id, followed by `templates`. An entry with errors or
 * an id used twice is a caller's mistake: `TypeError`.
 */
export function resolveCatalog(
  entries: readonly CatalogEntry[],
  templates: readonly ResolvedCatalogEntry[] = [],
): ReadonlyMap<string, ResolvedCatalogEntry> {
  const catalog = new Map<string, ResolvedCatalogEntry>();

  for (const entry of entries) {
    const result = validateWorkflow(entry.yaml, { file: `${entry.id}.yaml` });
    const firstError = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    if (firstError !== undefined || result.workflow === undefined) {
      const reason = firstError === undefined ? 'no workflow' : `${firstError.code} ${firstError.message}`;
      throw new TypeError(`catalog entry \`${entry.id}\` is not a valid workflow: ${reason}`);
    }
    if (result.workflow.id !== entry.id) {
      throw new TypeError(
        `catalog entry \`${entry.id}\` contains workflow \`${result.workflow.id}\`; the ids must be equal`,
      );
    }
    if (catalog.has(entry.id)) {
      throw new TypeError(`catalog entry \`${entry.id}\` is listed twice`);
    }

    catalog.set(entry.id, {
      id: entry.id,
      kind: 'workflow',
      title: entry.title,
      description: entry.description ?? leadingComment(entry.yaml) ?? entry.title,
      yaml: entry.yaml,
      workflow: result.workflow,
      parameters: [],
    });
  }

  for (const template of templates) {
    if (catalog.has(template.id)) {
      throw new TypeError(
        `catalog entry \`${template.id}\` has the name of a library template; rename the workflow`,
      );
    }
    catalog.set(template.id, template);
  }
  return catalog;
}

/**
 * Builds a catalog entry from a workflow file alone: the id from `workflow.id`, the title from the first
 * comment line up to its first `:` (or the id), the description from the whole leading comment. Returns
 * undefined for a file that is not a valid workflow.
 */
export function catalogEntryFromSource(yaml: string): CatalogEntry | undefined {
  const result = validateWorkflow(yaml);
  if (result.workflow === undefined || result.diagnostics.some((item) => item.severity === 'error')) {
    return undefined;
  }

  const comment = leadingComment(yaml);
  const title = comment === undefined ? result.workflow.id : (comment.split(/[:.]/)[0] as string).trim();
  return { id: result.workflow.id, title, yaml, ...(comment === undefined ? {} : { description: comment }) };
}

/** The `#` lines at the top of a file joined into one paragraph, or undefined when the file starts otherwise. */
function leadingComment(yaml: string): string | undefined {
  const lines: string[] = [];
  for (const line of yaml.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    lines.push(line.replace(/^#+\s?/, '').trim());
  }
  const text = lines.join(' ').trim();
  return text === '' ? undefined : text;
}
