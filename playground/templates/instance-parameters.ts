import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** The template and parameter values of a workflow file that uses a template. */
export interface TemplateInstance {
  /** The value of `workflow.template`, when it is a string. */
  template?: string;
  /** The values under `workflow.parameters`, as YAML reads them. */
  values: Record<string, unknown>;
  /** The 1-based line of each parameter's key under `workflow.parameters`. */
  lines: Map<string, number>;
}

const parametersPath = ['workflow', 'parameters'];

function plainData(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Broken aliases and the like: the validation markers report them, the form simply reads nothing.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Tells whether some YAML key of `source` can be `template`. Without the word and without a backslash, no
 * scalar can spell it: plain and quoted scalars only fold line breaks into spaces, and only a double-quoted
 * escape can write a letter some other way. This lets most files skip a full parse on every keystroke.
 */
function mayNameTemplate(source: string): boolean {
  return source.includes('template') || source.includes('\\');
}

/**
 * Reads `workflow.template` and `workflow.parameters` of a file; text that does not parse reads as no
 * instance, and so does text that names no template (its `parameters` are then not read).
 */
export function readTemplateInstance(source: string): TemplateInstance {
  if (!mayNameTemplate(source)) return { values: {}, lines: new Map() };

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const data = plainData(doc);
  const workflow = isRecord(data) && isRecord(data.workflow) ? data.workflow : {};
  const values = isRecord(workflow.parameters) ? workflow.parameters : {};

  const lines = new Map<string, number>();
  const parameters = doc.getIn(parametersPath, true);
  if (isMap(parameters)) {
    for (const pair of parameters.items) {
      const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (offset !== undefined)
        lines.set(String((pair.key as { value: unknown }).value), lineCounter.linePos(offset).line);
    }
  }

  return { ...(typeof workflow.template === 'string' ? { template: workflow.template } : {}), values, lines };
}

/**
 * Writes `values` under `workflow.parameters` and keeps the rest of the file, comments included. A value of
 * `undefined` removes the parameter, so that the template's default applies. Lists are written in flow
 * style, `[a, b]`, as the library's examples write them.
 */
export function writeParameterValues(source: string, values: Record<string, unknown>): string {
  const doc = parseDocument(source);
  if (!isMap(doc.getIn(parametersPath, true))) doc.setIn(parametersPath, doc.createNode({}));

  for (const [name, value] of Object.entries(values)) {
    const path = [...parametersPath, name];
    if (value === undefined) {
      doc.deleteIn(path);
      continue;
    }
    doc.setIn(path, doc.createNode(value, { flow: Array.isArray(value) }));
  }
  return doc.toString({ lineWidth: 0 });
}
