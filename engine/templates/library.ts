import type { SourceFile } from '../workflow/source-file.ts';
import { parseSource } from '../workflow/yaml/parse-source.ts';
import { componentSources } from './components/index.ts';
import type { ComponentDefinition, TemplateDefinition } from './definitions.ts';
import { readComponent, readTemplate } from './definitions.ts';
import { templateSources } from './library/index.ts';

/** Returns the file name that diagnostics in a library template name, as `wf templates --show NAME` prints it. */
export function templateFileName(name: string): string {
  return `templates/${name}.yaml`;
}

export function componentFileName(name: string): string {
  return `components/${name}.yaml`;
}

function parseLibraryFile(file: string, yaml: string): { source: SourceFile; data: Record<string, unknown> } {
  const parsed = parseSource(yaml);
  if (!parsed.data || parsed.findings.length > 0) {
    throw new TypeError(`library file \`${file}\` is not a valid YAML mapping`);
  }
  return {
    source: { file, source: yaml, doc: parsed.doc, lineCounter: parsed.lineCounter },
    data: parsed.data,
  };
}

let templates: TemplateDefinition[] | undefined;
let components: ComponentDefinition[] | undefined;

/**
 * Returns the built-in templates, parsed on first use. A library template with a problem is a defect of the
 * engine, so it throws a TypeError. The library tests instantiate and validate every template.
 */
export function libraryTemplates(): readonly TemplateDefinition[] {
  templates ??= templateSources.map(({ name, yaml }) => {
    const { source, data } = parseLibraryFile(templateFileName(name), yaml);
    const read = readTemplate(data, source);
    if (!read.template || read.findings.length > 0 || read.template.name !== name) {
      throw new TypeError(
        `library template \`${name}\` is invalid: ${read.findings[0]?.message ?? 'wrong name'}`,
      );
    }
    return read.template;
  });
  return templates;
}

/** Returns the built-in components, parsed on first use, in the order the docs list them. */
export function libraryComponents(): readonly ComponentDefinition[] {
  components ??= componentSources.map(({ name, yaml }) => {
    const { source, data } = parseLibraryFile(componentFileName(name), yaml);
    const read = readComponent(data.component, source, ['component']);
    if (!read.component || read.findings.length > 0 || read.component.name !== name) {
      throw new TypeError(
        `library component \`${name}\` is invalid: ${read.findings[0]?.message ?? 'wrong name'}`,
      );
    }
    return read.component;
  });
  return components;
}

export function findTemplate(name: string): TemplateDefinition | undefined {
  return libraryTemplates().find((template) => template.name === name);
}

export function templateSource(name: string): string | undefined {
  return templateSources.find((entry) => entry.name === name)?.yaml;
}
