import type { Finding, PathSegment } from '../workflow/finding.ts';
import { limits } from '../workflow/limits.ts';
import type { Origin } from '../workflow/origin.ts';
import { createOrigin } from '../workflow/origin.ts';
import { codeSpan, quoteValue } from '../workflow/schema/describe-value.ts';
import { nodeNamePattern } from '../workflow/schema/workflow-schema.ts';
import { didYouMean, listOf } from '../workflow/suggest.ts';
import { bindParameters } from './bind-parameters.ts';
import type { ComponentDefinition } from './definitions.ts';
import { childOrigin, placeAt, targetAt } from './origin-target.ts';
import { substitute } from './substitute.ts';

/** Separates an include's prefix from the component's own node names: `equities__fetch`. */
export const scopeSeparator = '__';

const includeKeys = ['include', 'as', 'depends_on', 'with'];

type NodeData = Record<string, unknown>;

interface ExpandContext {
  components: ReadonlyMap<string, ComponentDefinition>;
  findings: Finding[];
  nodeCount: number;
}

export interface ExpandedNodes {
  nodes: NodeData[];
  origins: Origin[];
}

function isMapping(value: unknown): value is NodeData {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isInclude(item: unknown): item is NodeData {
  return isMapping(item) && 'include' in item;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** True when an item declares edges, so the list is a graph rather than a chain in listed order. */
function declaresEdges(items: readonly unknown[]): boolean {
  return items.some(
    (item) => isMapping(item) && (stringList(item.depends_on).length > 0 || item.type === 'router'),
  );
}

/** The name other items use for an item: a node's `name`, or an include's prefix. */
function referenceName(item: unknown): string | undefined {
  if (!isMapping(item)) return undefined;
  if ('include' in item) return typeof item.as === 'string' ? item.as : String(item.include);
  return typeof item.name === 'string' ? item.name : undefined;
}

/** Makes a chain explicit (each item depends on the one before) so that it survives expansion. */
function chainItems(items: readonly unknown[]): unknown[] {
  return items.map((item, index) => {
    const previous = index === 0 ? undefined : referenceName(items[index - 1]);
    if (!isMapping(item) || previous === undefined) return item;
    return { ...item, depends_on: [previous] };
  });
}

/** Rewrites the node names a node refers to, in `depends_on` and in a router's `to` and `default`. */
function renameReferences(node: NodeData, origin: Origin, rename: (name: string) => string[]): void {
  if (Array.isArray(node.depends_on)) {
    const listOrigin = childOrigin(origin, 'depends_on');
    const renamed = createOrigin(listOrigin, listOrigin.via);
    const entries: unknown[] = [];
    node.depends_on.forEach((entry, index) => {
      const names = typeof entry === 'string' ? rename(entry) : [entry];
      for (const name of names) {
        renamed.children.set(String(entries.length), childOrigin(listOrigin, index));
        entries.push(name);
      }
    });
    node.depends_on = entries;
    origin.children.set('depends_on', renamed);
  }

  if (node.type !== 'router' || !isMapping(node.config)) return;
  const config = node.config;
  if (Array.isArray(config.routes)) {
    config.routes = config.routes.map((route) =>
      isMapping(route) && typeof route.to === 'string' ? { ...route, to: rename(route.to)[0] } : route,
    );
  }
  if (typeof config.default === 'string') config.default = rename(config.default)[0];
}

function routeTargets(node: NodeData): string[] {
  if (node.type !== 'router' || !isMapping(node.config)) return [];
  const routes = Array.isArray(node.config.routes) ? node.config.routes : [];
  const targets = routes.map((route) => (isMapping(route) ? route.to : undefined));
  return [...targets, node.config.default].filter((name): name is string => typeof name === 'string');
}

/**
 * Replaces the `include:` items of a node list with the nodes of the components they name, recursively.
 * Included node names get the include's prefix (`as`, or the component name) and `__`, so two inclusions
 * never clash and names stay Python identifiers. The include's `depends_on` goes to the component's first
 * nodes, and a `depends_on` entry that names the prefix waits for the component's last nodes.
 */
export function expandIncludes(
  items: readonly unknown[],
  itemsOrigin: Origin,
  components: ReadonlyMap<string, ComponentDefinition>,
): { expanded: ExpandedNodes; findings: Finding[] } {
  const context: ExpandContext = { components, findings: [], nodeCount: 0 };
  const expanded = expandList(items, itemsOrigin, [], context);
  return { expanded, findings: context.findings };
}

function expandList(
  items: readonly unknown[],
  itemsOrigin: Origin,
  stack: readonly string[],
  context: ExpandContext,
): ExpandedNodes {
  const result: ExpandedNodes = { nodes: [], origins: [] };
  if (!items.some(isInclude)) {
    items.forEach((item, index) => {
      result.nodes.push(item as NodeData);
      result.origins.push(childOrigin(itemsOrigin, index));
    });
    context.nodeCount += items.length;
    return result;
  }

  const listed = declaresEdges(items) ? items : chainItems(items);
  const boundaries = new Map<string, { roots: string[]; leaves: string[] }>();

  listed.forEach((item, index) => {
    const origin = childOrigin(itemsOrigin, index);
    if (!isInclude(item)) {
      result.nodes.push(structuredClone(item) as NodeData);
      result.origins.push(origin);
      context.nodeCount += 1;
      return;
    }

    const included = expandInclude(item, origin, stack, context);
    if (!included) return;

    result.nodes.push(...included.nodes);
    result.origins.push(...included.origins);
    boundaries.set(included.prefix, { roots: included.roots, leaves: included.leaves });
  });

  // Items that name an include's prefix wait for its last nodes; a route to it goes to its first node.
  const ownNames = new Set(result.nodes.map((node) => node.name));
  result.nodes.forEach((node, index) => {
    renameReferences(node, result.origins[index] as Origin, (name) => {
      const boundary = ownNames.has(name) ? undefined : boundaries.get(name);
      return boundary ? boundary.leaves : [name];
    });
  });
  return result;
}

interface IncludedNodes extends ExpandedNodes {
  prefix: string;
  roots: string[];
  leaves: string[];
}

function expandInclude(
  item: NodeData,
  origin: Origin,
  stack: readonly string[],
  context: ExpandContext,
): IncludedNodes | undefined {
  const report = (finding: Finding) => context.findings.push(finding);
  for (const key of Object.keys(item).filter((key) => !includeKeys.includes(key))) {
    const hint = didYouMean(key, includeKeys);
    report({
      code: 'WF202',
      message: `unknown field \`${key}\` in an include, expected ${listOf(includeKeys)}`,
      ...(hint ? { hint } : {}),
      target: targetAt(origin, [key], 'key'),
    });
  }

  const name = item.include;
  const component = typeof name === 'string' ? context.components.get(name) : undefined;
  if (typeof name !== 'string' || !component) {
    const known = [...context.components.keys()];
    const hint = typeof name === 'string' ? didYouMean(name, known) : undefined;
    report({
      code: 'WF506',
      message: `unknown component ${quoteValue(name)}, expected ${listOf(known)}`,
      ...(hint ? { hint } : {}),
      target: targetAt(origin, ['include'], 'value'),
    });
    return undefined;
  }

  if (stack.includes(name)) {
    const chain = [...stack.slice(stack.indexOf(name)), name];
    report({
      code: 'WF507',
      message: `component \`${name}\` includes itself: ${codeSpan(chain.join(' -> '))}`,
      hint: 'remove one of these includes; a component cannot contain itself',
      target: targetAt(origin, ['include'], 'value'),
    });
    return undefined;
  }

  const prefix = typeof item.as === 'string' ? item.as : name;
  if (!nodeNamePattern.test(prefix)) {
    report({
      code: 'WF204',
      message: `invalid include prefix ${quoteValue(prefix)}, expected lowercase letters, digits and \`_\`, starting with a letter`,
      target: targetAt(origin, ['as'], 'value'),
    });
    return undefined;
  }

  if (context.nodeCount + component.nodes.length > limits.maxNodes) {
    report({
      code: 'WF601',
      message: `including component \`${name}\` makes the workflow larger than ${limits.maxNodes} nodes`,
      hint: 'split it into several workflows',
      target: targetAt(origin, ['include'], 'value'),
    });
    return undefined;
  }

  const owner = {
    label: `component \`${name}\``,
    parameters: component.parameters,
    source: component.source,
    parametersPath: [...component.path, 'parameters'],
  };
  const withPlace = placeAt(origin, ['with'], '');
  const includePlace = placeAt(origin, ['include'], `included here as \`${prefix}\``);
  const bound = bindParameters(owner, {
    values: item.with,
    source: withPlace.source,
    path: withPlace.path,
    missingAt: 'with' in item ? withPlace.path : includePlace.path,
  });
  for (const finding of bound.findings) {
    report({ ...finding, target: { ...finding.target, via: origin.via } });
  }
  if (bound.findings.length > 0) return undefined;

  const bodyPlace = {
    source: component.source,
    path: [...component.path, 'nodes'],
    note: `in component \`${name}\``,
  };
  const body = substitute(component.nodes, bodyPlace, [includePlace, ...origin.via], bound.binding);
  const inner = expandList(body.value as unknown[], body.origin, [...stack, name], context);
  return scopeNodes(inner, prefix, stringList(item.depends_on));
}

/** Gives the nodes of one inclusion their prefix and connects its first nodes to the include's dependencies. */
function scopeNodes(inner: ExpandedNodes, prefix: string, dependsOn: string[]): IncludedNodes {
  const chained = declaresEdges(inner.nodes) ? inner.nodes : (chainItems(inner.nodes) as NodeData[]);
  const names = new Set(chained.map((node) => node.name).filter((name) => typeof name === 'string'));
  const scoped = (name: string) => (names.has(name) ? `${prefix}${scopeSeparator}${name}` : name);

  // Nodes with an edge from inside the component are not its first nodes; nodes with one out are not its last.
  const targets = new Set<unknown>();
  const sources = new Set<unknown>();
  for (const node of chained) {
    for (const dependency of stringList(node.depends_on).filter((entry) => names.has(entry))) {
      targets.add(node.name);
      sources.add(dependency);
    }
    for (const target of routeTargets(node).filter((entry) => names.has(entry))) {
      targets.add(target);
      sources.add(node.name);
    }
  }

  const roots: string[] = [];
  const leaves: string[] = [];
  chained.forEach((node, index) => {
    const origin = inner.origins[index] as Origin;
    const name = typeof node.name === 'string' ? node.name : '';
    renameReferences(node, origin, (entry) => [scoped(entry)]);
    node.name = scoped(name);
    if (!targets.has(name)) {
      roots.push(node.name as string);
      if (dependsOn.length > 0) node.depends_on = [...stringList(node.depends_on), ...dependsOn];
    }
    if (!sources.has(name)) leaves.push(node.name as string);
  });

  return { nodes: chained, origins: inner.origins, prefix, roots, leaves };
}
