import type { Finding, PathSegment } from '../workflow/finding.ts';
import type { Place } from '../workflow/origin.ts';
import { quoteValue } from '../workflow/schema/describe-value.ts';
import type { SourceFile } from '../workflow/source-file.ts';
import { didYouMean, listOf } from '../workflow/suggest.ts';
import { checkParameterValue } from './check-value.ts';
import type { ParameterDeclaration } from './parameter.ts';
import type { Binding, BoundValue } from './substitute.ts';

/** The template or component whose parameters are being given values. */
export interface ParameterOwner {
  /** For messages, such as template `etl` or component `fetch_and_process`. */
  label: string;
  parameters: readonly ParameterDeclaration[];
  /** The file that declares the parameters, for `related` entries. */
  source: SourceFile;
  /** The path of its `parameters:` mapping, for an unknown value's `related` entry. */
  parametersPath: PathSegment[];
}

/** The values a file gives: the mapping, where it is, and where to report a missing value. */
export interface GivenValues {
  values: unknown;
  source: SourceFile;
  path: PathSegment[];
  /** The key a missing-parameter diagnostic points at, such as `parameters` or `template`. */
  missingAt: PathSegment[];
}

/**
 * Checks the values given for a template's or component's parameters and binds each declared parameter to
 * its value or default. Unknown names (WF502), values of the wrong type (WF503) and missing required values
 * (WF504) are reported in the file that gives the values, with the declaration in `related`.
 */
export function bindParameters(
  owner: ParameterOwner,
  given: GivenValues,
): { binding: Binding; findings: Finding[] } {
  const findings: Finding[] = [];
  const values = new Map<string, BoundValue>();
  const declared = new Map(owner.parameters.map((parameter) => [parameter.name, parameter]));
  const declarationTarget = (path: PathSegment[]) => ({ path, at: 'key' as const, source: owner.source });

  const mapping = given.values ?? {};
  if (typeof mapping !== 'object' || Array.isArray(mapping)) {
    findings.push({
      code: 'WF203',
      message: `parameter values must be a mapping from parameter names to values, found ${quoteValue(mapping)}`,
      target: { path: given.path, at: 'value', source: given.source },
    });
    return { binding: { owner: owner.label, values }, findings };
  }

  for (const [name, value] of Object.entries(mapping as Record<string, unknown>)) {
    const path = [...given.path, name];
    const declaration = declared.get(name);
    if (!declaration) {
      const names = [...declared.keys()];
      findings.push({
        code: 'WF502',
        message: `unknown parameter \`${name}\` for ${owner.label}, expected ${names.length > 0 ? listOf(names) : 'no parameters'}`,
        ...withHint(didYouMean(name, names)),
        target: { path, at: 'key', source: given.source },
        related: [
          { target: declarationTarget(owner.parametersPath), message: `the parameters of ${owner.label}` },
        ],
      });
      continue;
    }

    const problem = checkParameterValue(declaration, value);
    if (problem) {
      findings.push({
        code: 'WF503',
        message: `invalid value for parameter \`${name}\` of ${owner.label}: expected ${problem}`,
        target: { path, at: 'value', source: given.source },
        related: [
          { target: declarationTarget(declaration.path), message: `parameter \`${name}\` is declared here` },
        ],
      });
      continue;
    }

    const place: Place = { source: given.source, path, note: `the value of parameter \`${name}\`` };
    values.set(name, { value, place });
  }

  for (const declaration of owner.parameters) {
    if (values.has(declaration.name) || isGiven(mapping, declaration.name)) continue;
    if ('default' in declaration) {
      values.set(declaration.name, { value: declaration.default });
      continue;
    }
    if (!declaration.required) continue;

    findings.push({
      code: 'WF504',
      message: `missing value for required parameter \`${declaration.name}\` of ${owner.label}`,
      hint: `add \`${declaration.name}:\` under the parameter values: ${declaration.description}`,
      target: { path: given.missingAt, at: 'key', source: given.source },
      related: [
        {
          target: declarationTarget(declaration.path),
          message: `parameter \`${declaration.name}\` is declared here`,
        },
      ],
    });
  }

  return { binding: { owner: owner.label, values }, findings };
}

function isGiven(mapping: object, name: string): boolean {
  return Object.hasOwn(mapping, name);
}

function withHint(hint: string | undefined): { hint?: string } {
  return hint ? { hint } : {};
}
