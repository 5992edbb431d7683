import { stringify } from 'yaml';
import type { TemplateDefinition } from './definitions.ts';

/**
 * Writes a workflow file that uses `template` with its example values, as `wf new` scaffolds it and the
 * docs show it. `id` defaults to the template's name.
 */
export function templateInstanceYaml(template: TemplateDefinition, id = template.name): string {
  const body = stringify(
    { workflow: { id, template: template.name, parameters: template.example } },
    { lineWidth: 0 },
  );
  return `# ${template.title}: ${template.summary}\n${body}`;
}
