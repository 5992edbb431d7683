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
  /** Prefix of every issue path, for a schema that checks one part of the parsed file. */
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
  /** The hint for a value of the wrong type at `path`, when there is a common fix. */
  typeHint?: (path: PathSegment[]) => string | undefined;
  /**
   * The key or value at a path as the author wrote it, so that messages show `1e400` rather than the
   * number it became, and `null` rather than the empty key it became.
   */
  sourceText?: (path: PathSegment[], at: 'key' | 'value') => string | undefined;
}

/** Names a key for a message, as written in the file when that differs from the key in the data. */
function describeKey(key: string, path: PathSegment[], context: IssueContext): string {
  const written = context.sourceText?.([...path, key], 'key')?.trim();
  const shown = written !== undefined && written !== '' ? written : key;
  return shown === '' ? '`""`' : quoteValue(shown);
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
      message: `unknown ${noun} ${describeKey(key, path, context)} in ${describePath(path, context.data)}, expected ${listOf(known)}`,
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

type RangeIssue = z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall;

function isRangeIssue(issue: z.core.$ZodIssue): issue is RangeIssue {
  return issue.code === 'too_big' || issue.code === 'too_small';
}

/** True when `a` is the bound that rejects more values than `b`: the lower maximum or the higher minimum. */
function isTighter(a: RangeIssue, b: RangeIssue): boolean {
  if (a.code === 'too_big' && b.code === 'too_big') return Number(a.maximum) < Number(b.maximum);
  if (a.code === 'too_small' && b.code === 'too_small') return Number(a.minimum) > Number(b.minimum);
  return false;
}

/**
 * Keeps one range issue per path and direction: the tightest bound. A number such as `1e29` in an integer
 * field breaks both zod's safe-integer bound and the field's own maximum, and only the field's own limit
 * is worth reporting.
 */
function tightestRanges(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const tightest = new Map<string, RangeIssue>();
  for (const issue of issues) {
    if (!isRangeIssue(issue)) continue;

    const key = JSON.stringify([issue.code, issue.path]);
    const current = tightest.get(key);
    if (!current || isTighter(issue, current)) tightest.set(key, issue);
  }

  return issues.filter((issue) => !isRangeIssue(issue) || [...tightest.values()].includes(issue));
}

/** Converts the issues of one zod parse into findings, one per problem. */
export function findingsFromIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): Finding[] {
  return tightestRanges(issues).flatMap((issue) => findingsFromIssue(issue, context));
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
  const written = typeof found === 'number' ? context.sourceText?.(path, 'value') : undefined;

  switch (issue.code) {
    case 'invalid_type': {
      const hint = context.typeHint?.(path);
      const notFinite = typeof found === 'number' && !Number.isFinite(found);
      const expected = notFinite ? 'a finite number' : describeExpected(issue.expected);
      const shown = notFinite ? quoteValue(written ?? found) : describeFound(found, written);
      return [
        {
          code: context.codes.invalidType,
          message: `${where} must be ${expected}, found ${shown}`,
          ...(hint ? { hint } : {}),
          target: valueTarget,
        },
      ];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof found === 'string' ? didYouMean(found, values) : undefined;
      const isScalar = ['string', 'number', 'boolean'].includes(typeof found);
      const message = !isScalar
        ? `${where} must be ${listOf(values)}, found ${describeFound(found)}`
        : `invalid value ${written === undefined ? quoteValue(found) : quoteValue(written)} for ${where}, expected ${listOf(values)}`;
      return [
        {
          code: context.codes.invalidValue,
          message,
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
      if (Array.isArray(found)) {
        const shown = found.length === 0 ? 'an empty list' : `a list of ${found.length} items`;
        return [
          {
            code: context.codes.invalidValue,
            message: `${where} must have ${rangeExpectation(issue)}, found ${shown}`,
            target: valueTarget,
          },
        ];
      }
      const shown = quoteValue(written ?? found);
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
