import type { z } from 'zod';
import type { Finding, PathSegment } from '../finding.ts';
import { didYouMean, listOf } from '../suggest.ts';
import { describePath } from './describe-path.ts';
import { describeExpected, describeFound, quoteValue } from './describe-value.ts';

/** The code for each kind of schema problem. Node configs use their own codes. */
export interface IssueCodes {
  missing: string;
  unknownKey: string;
  invalidType: string;
  invalidValue: string;
}

export const documentCodes: IssueCodes = {
  missing: 'WF201',
  unknownKey: 'WF202',
  invalidType: 'WF203',
  invalidValue: 'WF204',
};

export const configCodes: IssueCodes = {
  missing: 'WF206',
  unknownKey: 'WF207',
  invalidType: 'WF206',
  invalidValue: 'WF206',
};

export interface IssueContext {
  /** Prefix of every issue path, for a schema that checks part of the document. */
  basePath: PathSegment[];
  codes: IssueCodes;
  /** The whole document as data, to name nodes in messages. */
  data: unknown;
  /** The keys a mapping at `path` accepts, for unknown-key messages and suggestions. */
  knownKeys: (path: PathSegment[]) => readonly string[];
  /** The name and the expected form of a string checked by a pattern at `path`, for format messages. */
  describeFormat: (path: PathSegment[]) => {
    what: string;
    expected: string;
    hint?: (found: string) => string | undefined;
  };
}

function missingFinding(path: PathSegment[], context: IssueContext): Finding {
  const parent = path.slice(0, -1);
  const key = String(path.at(-1));

  return {
    code: context.codes.missing,
    message: `missing required field \`${key}\` in ${describePath(parent, context.data)}`,
    target: { path: parent, at: 'parent' },
  };
}

function unknownKeyFindings(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  path: PathSegment[],
  context: IssueContext,
) {
  const known = context.knownKeys(path);
  const isConfig = context.codes.unknownKey === 'WF207';

  return issue.keys.map((key): Finding => {
    const hint = didYouMean(key, known);
    const noun = isConfig ? 'config key' : 'field';
    return {
      code: context.codes.unknownKey,
      message: `unknown ${noun} \`${key}\` in ${describePath(path, context.data)}, expected ${listOf(known)}`,
      ...(hint ? { hint } : {}),
      target: { path: [...path, key], at: 'key' },
    };
  });
}

function rangeExpectation(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const limit = 'maximum' in issue ? issue.maximum : issue.minimum;
  const bound = 'maximum' in issue ? 'at most' : 'at least';
  let strict: string = bound;
  if (issue.inclusive === false) strict = bound === 'at most' ? 'less than' : 'more than';

  if (issue.origin === 'array') return `${strict} ${String(limit)} item${limit === 1 ? '' : 's'}`;
  if (issue.origin === 'string')
    return limit === 1 ? 'a non-empty string' : `${strict} ${String(limit)} characters`;
  return `${strict} ${String(limit)}`;
}

/** Converts one zod issue into findings with our codes and wording. */
export function findingsFromIssue(issue: z.core.$ZodIssue, context: IssueContext): Finding[] {
  const path = [...context.basePath, ...(issue.path as PathSegment[])];
  const where = describePath(path, context.data);
  // Parsed YAML has no undefined values (an empty value is null), so an undefined input is a missing key.
  const isMissing = issue.input === undefined;

  if (issue.code === 'unrecognized_keys') return unknownKeyFindings(issue, path, context);
  if (isMissing && path.length > 0) return [missingFinding(path, context)];

  const found = issue.input;
  const valueTarget = { path, at: 'value' as const };

  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          code: context.codes.invalidType,
          message: `${where} must be ${describeExpected(issue.expected)}, found ${describeFound(found)}`,
          target: valueTarget,
        },
      ];
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof found === 'string' ? didYouMean(found, values) : undefined;
      return [
        {
          code: context.codes.invalidValue,
          message: `invalid value ${quoteValue(found)} for ${where}, expected ${listOf(values)}`,
          ...(hint ? { hint } : {}),
          target: valueTarget,
        },
      ];
    }
    case 'invalid_format': {
      const format = context.describeFormat(path);
      const hint = format.hint?.(String(found));
      return [
        {
          code: context.codes.invalidValue,
          message: `invalid ${format.what} ${quoteValue(found)}, expected ${format.expected}`,
          ...(hint ? { hint } : {}),
          target: valueTarget,
        },
      ];
    }
    case 'too_big':
    case 'too_small': {
      const shown = Array.isArray(found) ? `a list of ${found.length}` : quoteValue(found);
      return [
        {
          code: context.codes.invalidValue,
          message: `invalid value ${shown} for ${where}, expected ${rangeExpectation(issue)}`,
          target: valueTarget,
        },
      ];
    }
    default:
      return [
        {
          code: context.codes.invalidValue,
          message: `invalid value ${quoteValue(found)} for ${where}`,
          target: valueTarget,
        },
      ];
  }
}
