import type { Finding, PathSegment } from '../workflow/finding.ts';
import type { Origin, Place } from '../workflow/origin.ts';
import { createOrigin, identityOrigin } from '../workflow/origin.ts';
import { quoteValue } from '../workflow/schema/describe-value.ts';
import type { SourceFile } from '../workflow/source-file.ts';
import { didYouMean, listOf } from '../workflow/suggest.ts';
import { bindParameters } from './bind-parameters.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkParameterValue } from './check-value.ts';
import type { ComponentDefinition, TemplateDefinition } from './definitions.ts';
import { readComponents, readTemplate } from './definitions.ts';
import { expandIncludes } from './expand-includes.ts';
import { findTemplate, libraryComponents, libraryTemplates } from './library.ts';
import { childOrigin } from './origin-target.ts';
import type { Binding } from './substitute.ts';
import { substitute } from './substitute.ts';

/** A document after templates and components are expanded, ready for the schema and the rules. */
export interface ExpandedDocument {
  /** Absent when a template or parameter problem leaves no workflow worth checking. */
  data?: Record<string, unknown>;
  findings: Finding[];
  /** Where each value of `data` was written. */
  origin: Origin;
}

/** The fields of a workflow that uses a template; the rest comes from the template. */
const instanceFields = ['id', 'template', 'parameters'];

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface ExpandedWorkflow {
  workflow: unknown;
  origin: Origin;
  components: ComponentDefinition[];
  findings: Finding[];
}

/**
 * Expands a parsed workflow file. A template file (top-level `template:`) is instantiated with its example
 * values so that its workflow is checked. A file whose `workflow:` names a `template` is instantiated with
 * its `parameters`. In both, and in plain files, `include:` items are replaced by component nodes.
 */
export function expandDocument(data: Record<string, unknown>, user: SourceFile): ExpandedDocument {
  const root = identityOrigin(user);
  const local = readComponents(data.components, user);

  const expanded = isMapping(data.template)
    ? expandTemplateFile(data, user)
    : isMapping(data.workflow) && 'template' in data.workflow
      ? expandInstance(data.workflow, user)
      : { workflow: data.workflow, origin: childOrigin(root, 'workflow'), components: [], findings: [] };

  const findings = [...local.findings, ...expanded.findings];
  if (findings.length > 0 && expanded.workflow === undefined) return { findings, origin: root };

  const components = new Map<string, ComponentDefinition>();
  for (const component of [...libraryComponents(), ...expanded.components, ...local.components]) {
    components.set(component.name, component);
  }

  let workflow = expanded.workflow;
  let workflowOrigin = expanded.origin;
  if (isMapping(workflow) && Array.isArray(workflow.nodes)) {
    const nodesOrigin = childOrigin(workflowOrigin, 'nodes');
    const included = expandIncludes(workflow.nodes, nodesOrigin, components);
    findings.push(...included.findings);

    const expandedNodes = createOrigin(nodesOrigin, nodesOrigin.via);
    included.expanded.origins.forEach((origin, index) => expandedNodes.children.set(String(index), origin));
    workflowOrigin = createOrigin(workflowOrigin, workflowOrigin.via);
    for (const [key, child] of expanded.origin.children) workflowOrigin.children.set(key, child);
    workflowOrigin.children.set('nodes', expandedNodes);
    workflow = { ...workflow, nodes: included.expanded.nodes };
  }

  if (findings.some((finding) => finding.code.startsWith('WF5'))) return { findings, origin: root };

  root.children.set('workflow', workflowOrigin);
  const { template: _template, components: _components, ...rest } = data;
  return { data: { ...rest, workflow }, findings, origin: root };
}

function instantiate(
  template: TemplateDefinition,
  binding: Binding,
  via: Place[],
  id: { value: unknown; place: Place } | undefined,
  workflowPlace: Place,
): { workflow: Record<string, unknown>; origin: Origin } {
  const bodyPlace: Place = {
    source: template.source,
    path: ['workflow'],
    note: `in template \`${template.name}\``,
  };
  const body = substitute(template.body, bodyPlace, via, binding);
  const origin = createOrigin(workflowPlace, via);
  for (const [key, child] of body.origin.children) origin.children.set(key, child);

  const workflow = { ...(body.value as Record<string, unknown>) };
  if (id) {
    workflow.id = id.value;
    origin.children.set('id', createOrigin(id.place));
  }
  return { workflow: id ? { id: id.value, ...workflow } : workflow, origin };
}

/** Checks a template file's declarations and placeholders, then instantiates it with its example values. */
function expandTemplateFile(data: Record<string, unknown>, user: SourceFile): ExpandedWorkflow {
  const read = readTemplate(data, user);
  const template = read.template;
  if (!template)
    return { workflow: undefined, origin: identityOrigin(user), components: [], findings: read.findings };

  const label = `template \`${template.name}\``;
  const findings = [...read.findings];
  const declared = template.parameters.map((parameter) => parameter.name);
  findings.push(...checkPlaceholders(template.body, ['workflow'], declared, label, user));
  for (const component of template.components) {
    const names = component.parameters.map((parameter) => parameter.name);
    const owner = `component \`${component.name}\``;
    findings.push(...checkPlaceholders(component.nodes, [...component.path, 'nodes'], names, owner, user));
  }
  for (const parameter of template.parameters) {
    const problem = 'default' in parameter ? checkParameterValue(parameter, parameter.default) : undefined;
    if (!problem) continue;
    findings.push({
      code: 'WF503',
      message: `invalid default for parameter \`${parameter.name}\` of ${label}: expected ${problem}`,
      target: { path: [...parameter.path, 'default'], at: 'value', source: user },
    });
  }

  const hasExample = isMapping(data.template) && 'example' in data.template;
  const bound = bindParameters(
    { label, parameters: template.parameters, source: user, parametersPath: ['template', 'parameters'] },
    {
      values: template.example,
      source: user,
      path: ['template', 'example'],
      missingAt: hasExample ? ['template', 'example'] : ['template'],
    },
  );
  findings.push(...bound.findings);
  if (findings.length > 0)
    return { workflow: undefined, origin: identityOrigin(user), components: [], findings };

  const nameValue = { value: template.name, place: { source: user, path: ['template', 'name'], note: '' } };
  const workflowPlace = { source: user, path: ['workflow'], note: label };
  const instance = instantiate(template, bound.binding, [], nameValue, workflowPlace);
  return { ...instance, components: template.components, findings };
}

function unknownInstanceFields(body: Record<string, unknown>, user: SourceFile): Finding[] {
  return Object.keys(body)
    .filter((key) => !instanceFields.includes(key))
    .map((key) => {
      const hint = didYouMean(key, instanceFields);
      return {
        code: 'WF202',
        message: `unknown field \`${key}\` in a workflow that uses a template, expected ${listOf(instanceFields)}`,
        hint: hint ?? 'the template defines the rest of the workflow: change it through `parameters`',
        target: { path: ['workflow', key], at: 'key' as const, source: user },
      };
    });
}

/** Binds the parameters of a workflow that names a library template, then instantiates the template. */
function expandInstance(body: Record<string, unknown>, user: SourceFile): ExpandedWorkflow {
  const none = { workflow: undefined, origin: identityOrigin(user), components: [] };
  const findings = unknownInstanceFields(body, user);
  const templatePath: PathSegment[] = ['workflow', 'template'];

  const name = body.template;
  const template = typeof name === 'string' ? findTemplate(name) : undefined;
  if (!template) {
    const names = libraryTemplates().map((entry) => entry.name);
    const hint = typeof name === 'string' ? didYouMean(name, names) : undefined;
    findings.push({
      code: 'WF501',
      message: `unknown template ${quoteValue(name)}, expected ${listOf(names)}`,
      hint: hint ?? 'run `wf templates` to list the templates',
      target: { path: templatePath, at: 'value', source: user },
    });
    return { ...none, findings };
  }

  const label = `template \`${template.name}\``;
  const bound = bindParameters(
    {
      label,
      parameters: template.parameters,
      source: template.source,
      parametersPath: ['template', 'parameters'],
    },
    {
      values: body.parameters,
      source: user,
      path: ['workflow', 'parameters'],
      missingAt: 'parameters' in body ? ['workflow', 'parameters'] : templatePath,
    },
  );
  findings.push(...bound.findings);
  if (findings.length > 0) return { ...none, findings };

  const use: Place = { source: user, path: templatePath, note: `instantiated from ${label} here` };
  const id =
    'id' in body
      ? { value: body.id, place: { source: user, path: ['workflow', 'id'], note: '' } }
      : undefined;
  const workflowPlace = { source: user, path: ['workflow'], note: '' };
  const instance = instantiate(template, bound.binding, [use], id, workflowPlace);
  return { ...instance, components: template.components, findings };
}
