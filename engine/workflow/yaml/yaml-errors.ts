import type { Document, Node, Scalar, YAMLError } from 'yaml';
import { isScalar, visit } from 'yaml';
import type { Finding } from '../finding.ts';
import { codeSpan } from '../schema/describe-value.ts';

/** Finds the repeated key that `yaml` reports by its first character, and the earlier key it repeats. */
function findDuplicateKey(doc: Document, start: number): { key: Scalar; first?: Node } | undefined {
  let found: { key: Scalar; first?: Node } | undefined;

  visit(doc, {
    Map(_, map) {
      const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.range?.[0] === start);
      const pair = map.items[index];
      if (!pair || !isScalar(pair.key)) return undefined;

      const value = pair.key.value;
      const first = map.items
        .slice(0, index)
        .find((other) => isScalar(other.key) && other.key.value === value);
      found = { key: pair.key, ...(first ? { first: first.key as Node } : {}) };
      return visit.BREAK;
    },
  });

  return found;
}

/** Finds the quoted scalar that runs to `end` because its closing quote is missing. */
function findUnclosedQuote(doc: Document, end: number): Scalar | undefined {
  let found: Scalar | undefined;

  visit(doc, {
    Scalar(_, scalar) {
      const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
      if (quoted && scalar.range?.[1] === end) {
        found = scalar;
        return visit.BREAK;
      }
      return undefined;
    },
  });

  return found;
}

function duplicateKeyFinding(doc: Document, source: string, offsets: [number, number]): Finding {
  const duplicate = findDuplicateKey(doc, offsets[0]);
  const range = duplicate?.key.range;
  const keyOffsets: [number, number] = range ? [range[0], range[1]] : offsets;
  const firstRange = duplicate?.first?.range;

  return {
    code: 'WF102',
    message: `duplicate key \`${source.slice(keyOffsets[0], keyOffsets[1])}\`, a key may appear only once in a mapping`,
    hint: 'remove one of the two entries or merge their values',
    target: { offsets: keyOffsets },
    ...(firstRange
      ? { related: [{ target: { offsets: [firstRange[0], firstRange[1]] }, message: 'first defined here' }] }
      : {}),
  };
}

function missingCharacterFinding(error: YAMLError, doc: Document, offsets: [number, number]): Finding {
  const scalar = findUnclosedQuote(doc, error.pos[0]);
  if (!scalar?.range) return { code: 'WF101', message: sentence(error.message), target: { offsets } };

  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : "'";
  return {
    code: 'WF101',
    message: `missing closing \`${quote}\` for the string that starts here`,
    hint: 'add the closing quote at the end of the value',
    target: { offsets: [scalar.range[0], scalar.range[0] + 1] },
  };
}

/**
 * The text of JavaScript exceptions that `yaml` passes on as the message of an error, such as a stack
 * overflow or a malformed URI escape in a tag. Such text describes the engine, not the file.
 */
const engineErrorText =
  /call stack|regular expression|stack overflow|URIError|RangeError|TypeError|ReferenceError|URI malformed|out of memory/i;

function sentence(text: string): string {
  if (engineErrorText.test(text)) return 'the YAML parser could not read this part of the file';

  const firstLine = text.split('\n')[0] ?? text;
  const trimmed = firstLine.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function unresolvedTagFinding(source: string, offsets: [number, number]): Finding {
  const tag = source.slice(offsets[0], offsets[1]).trim();
  const named = /^!\S*$/.test(tag) ? ` ${codeSpan(tag)}` : '';
  return {
    code: 'WF101',
    message: `the value does not match its tag${named}, or the tag is unknown`,
    hint: 'remove the tag: a workflow file needs no YAML tags',
    target: { offsets },
  };
}

/** Maps an error or warning of the `yaml` parser onto one of our codes, keeping its offsets. */
export function findingFromYamlError(error: YAMLError, source: string, doc: Document): Finding {
  const [start, end] = error.pos;
  const offsets: [number, number] = [start, Math.max(end, Math.min(start + 1, source.length))];

  switch (error.code) {
    case 'DUPLICATE_KEY':
      return duplicateKeyFinding(doc, source, offsets);
    case 'MISSING_CHAR':
      return missingCharacterFinding(error, doc, offsets);
    case 'TAB_AS_INDENT':
      return {
        code: 'WF103',
        message: 'tab character used for indentation, YAML allows only spaces',
        hint: 'replace the tab with spaces',
        target: { offsets },
      };
    case 'BAD_ALIAS':
      return { code: 'WF104', message: sentence(error.message), target: { offsets } };
    case 'RESOURCE_EXHAUSTION':
      // `yaml` reports an exception during composition here, in practice a call stack overflow.
      return {
        code: 'WF601',
        message: 'the file is nested too deeply to read',
        hint: 'a workflow needs only a few levels, so this file is probably generated or corrupted',
        target: { offsets },
      };
    case 'TAG_RESOLVE_FAILED':
      return unresolvedTagFinding(source, offsets);
    case 'MULTIPLE_DOCS':
      return {
        code: 'WF101',
        message: 'unexpected second YAML document, a workflow file contains exactly one',
        hint: 'remove the `---` separator and everything after it, or move it into its own file',
        target: { offsets },
      };
    default:
      return { code: 'WF101', message: sentence(error.message), target: { offsets } };
  }
}
