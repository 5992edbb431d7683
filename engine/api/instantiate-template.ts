import { type Diagnostic, validateWorkflow, type Workflow } from '../workflow/index.ts';
import type { ParameterValues } from './parameter-values.ts';

/** The file name that diagnostics about the parameters of a trigger request carry. */
export const PARAMETERS_FILE = 'parameters.yaml';

/** Line of the generated instance file that contains its first parameter. Each parameter takes one line. */
const FIRST_PARAMETER_LINE = 5;

/** A diagnostic of the engine, plus where in the JSON request body the problem is when it is known. */
export type RequestDiagnostic = Diagnostic & {
  /** A JSON Pointer (RFC 6901) into the request body, such as `/parameters/desk`. */
  pointer?: string;
};

export type Instantiation =
  | { ok: true; workflow: Workflow }
  | { ok: false; errors: number; diagnostics: RequestDiagnostic[] };

/**
 * Instantiates a library template with the parameters of a trigger request, through the same engine path
 * as a workflow file that contains `template: NAME`. The engine only reads YAML, so the request becomes a
 * generated instance file, `workflow: {id, template, parameters}`, with one parameter per line in request
 * order. Its diagnostics keep their positions in that file (`parameters.yaml`, the first parameter on line
 * 5), and each one that lies in it also gets a `pointer` to the request field it is about, which is what
 * an API client can act on. Diagnostics inside the template itself keep their own file name.
 */
export function instantiateTemplate(templateName: string, parameters: ParameterValues): Instantiation {
  const names = Object.keys(parameters);
  const result = validateWorkflow(instanceYaml(templateName, parameters), { file: PARAMETERS_FILE });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;

  if (errors === 0 && result.workflow !== undefined) {
    return { ok: true, workflow: result.workflow };
  }
  const diagnostics = result.diagnostics.map((diagnostic) => withPointer(diagnostic, names));
  return { ok: false, errors: Math.max(errors, 1), diagnostics };
}

/** JSON text is valid YAML, so every name and value is written as JSON and reads back unchanged. */
function instanceYaml(templateName: string, parameters: ParameterValues): string {
  const lines = [
    'workflow:',
    `  id: ${JSON.stringify(templateName)}`,
    `  template: ${JSON.stringify(templateName)}`,
  ];
  const entries = Object.entries(parameters);
  if (entries.length === 0) {
    lines.push('  parameters: {}');
  } else {
    lines.push('  parameters:');
    for (const [name, value] of entries) lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function withPointer(diagnostic: Diagnostic, names: readonly string[]): RequestDiagnostic {
  if (diagnostic.file !== PARAMETERS_FILE) return diagnostic;

  if (diagnostic.line < FIRST_PARAMETER_LINE - 1) return { ...diagnostic, pointer: '/workflow_id' };
  const name = names[diagnostic.line - FIRST_PARAMETER_LINE];
  const pointer = name === undefined ? '/parameters' : `/parameters/${escapePointerToken(name)}`;
  return { ...diagnostic, pointer };
}

/** Escapes one reference token of a JSON Pointer (RFC 6901, section 3). */
function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
