import { z } from 'zod';
import type { Finding, PathSegment } from '../workflow/finding.ts';
import { findingsFromIssue } from '../workflow/schema/schema-issues.ts';
import type { SourceFile } from '../workflow/source-file.ts';
import { parameterNamePattern } from './placeholders.ts';

export const parameterTypes = ['string', 'number', 'boolean', 'enum', 'list'] as const;
export type ParameterType = (typeof parameterTypes)[number];

/** One typed parameter of a template or a component, as declared under its `parameters:`. */
export interface ParameterDeclaration {
  name: string;
  type: ParameterType;
  description: string;
  required: boolean;
  default?: unknown;
  /** The allowed values of an `enum`. */
  values?: (string | number | boolean)[];
  /** A regular expression the whole of a `string` value must match. */
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** The type of each item of a `list`; any scalar when absent. */
  items?: 'string' | 'number' | 'boolean';
  /** Where the declaration is written, for `related` entries. */
  path: PathSegment[];
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const declarationSchema = z.strictObject({
  type: z.enum(parameterTypes),
  description: z.string().min(1),
  required: z.boolean().optional(),
  default: z.unknown().optional(),
  values: z.array(scalar).min(1).optional(),
  pattern: z.string().min(1).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  items: z.enum(['string', 'number', 'boolean']).optional(),
});

const declarationCodes = {
  missing: 'WF505',
  unknownKey: 'WF505',
  invalidType: 'WF505',
  invalidValue: 'WF505',
};

/** Fields that only one parameter type may use. */
const fieldOwners: Record<string, ParameterType> = {
  values: 'enum',
  pattern: 'string',
  minimum: 'number',
  maximum: 'number',
  items: 'list',
};

function invalidDeclaration(
  message: string,
  source: SourceFile,
  path: PathSegment[],
  at: 'key' | 'value',
): Finding {
  return { code: 'WF505', message, target: { path, at, source } };
}

/** Checks what a declaration's fields mean together, once each field has the right kind of value. */
function consistencyFindings(
  name: string,
  declaration: z.infer<typeof declarationSchema>,
  source: SourceFile,
  path: PathSegment[],
): Finding[] {
  const findings: Finding[] = [];

  for (const [field, owner] of Object.entries(fieldOwners)) {
    if (field in declaration && declaration.type !== owner) {
      const message = `field \`${field}\` of parameter \`${name}\` applies to type \`${owner}\` only, the parameter is a \`${declaration.type}\``;
      findings.push(invalidDeclaration(message, source, [...path, field], 'key'));
    }
  }
  if (declaration.type === 'enum' && declaration.values === undefined) {
    const message = `parameter \`${name}\` of type \`enum\` needs \`values\`, the list of allowed values`;
    findings.push(invalidDeclaration(message, source, [...path, 'type'], 'value'));
  }
  if (declaration.required === true && 'default' in declaration) {
    const message = `parameter \`${name}\` is required and has a default, remove one of them`;
    findings.push(invalidDeclaration(message, source, [...path, 'required'], 'key'));
  }
  if (declaration.pattern !== undefined && !compiles(declaration.pattern)) {
    const message = `invalid \`pattern\` of parameter \`${name}\`, expected a regular expression`;
    findings.push(invalidDeclaration(message, source, [...path, 'pattern'], 'value'));
  }

  return findings;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the `parameters:` mapping at `path` of a template or component. Declarations with problems are
 * reported as WF505 and left out, so that their placeholders are then reported as unknown.
 */
export function readParameters(
  data: unknown,
  source: SourceFile,
  path: PathSegment[],
): { parameters: ParameterDeclaration[]; findings: Finding[] } {
  if (data === undefined) return { parameters: [], findings: [] };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const message = '`parameters` must be a mapping from parameter names to declarations';
    return { parameters: [], findings: [invalidDeclaration(message, source, path, 'value')] };
  }

  const parameters: ParameterDeclaration[] = [];
  const findings: Finding[] = [];

  for (const [name, value] of Object.entries(data)) {
    const declarationPath = [...path, name];
    if (!parameterNamePattern.test(name)) {
      const message = `invalid parameter name \`${name}\`, expected lowercase letters, digits and \`_\`, starting with a letter`;
      findings.push(invalidDeclaration(message, source, declarationPath, 'key'));
      continue;
    }

    const parsed = declarationSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const context = {
        basePath: declarationPath,
        codes: declarationCodes,
        data: {},
        knownKeys: () => Object.keys(declarationSchema.shape),
        describeFormat: () => ({ what: 'value', expected: 'a valid parameter declaration' }),
      };
      const issues = parsed.error.issues.flatMap((issue) => findingsFromIssue(issue, context));
      findings.push(...issues.map((finding) => ({ ...finding, target: { ...finding.target, source } })));
      continue;
    }

    const problems = consistencyFindings(name, parsed.data, source, declarationPath);
    findings.push(...problems);
    if (problems.length > 0) continue;

    const { required, ...rest } = parsed.data;
    parameters.push({ ...rest, name, required: required === true, path: declarationPath });
  }

  return { parameters, findings };
}
