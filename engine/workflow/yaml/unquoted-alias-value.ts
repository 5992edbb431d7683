import type { YAMLError } from 'yaml';
import type { Finding } from '../finding.ts';
import { codeSpan } from '../schema/describe-value.ts';

/** `key: value` on one line, with an optional `- ` before the key and a comment after the value. */
const keyValueLine =
  /^([ \t]*(?:-[ \t]+)*)([^\s#"'][^#]*?|"[^"]*"|'[^']*')[ \t]*:[ \t]+(\*[^\n]*?)[ \t]*(?:[ \t]#.*)?$/;

interface UnquotedValues {
  findings: Finding[];
  /** The parser errors that the findings replace. */
  handled: Set<YAMLError>;
}

function lineAround(source: string, offset: number): { start: number; text: string } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  const end = newline === -1 ? source.length : newline;
  return { start, text: source.slice(start, end).replace(/\r$/, '') };
}

function unquotedFinding(key: string, value: string, start: number): Finding {
  const noun = key === 'schedule' ? 'schedule' : 'value';
  return {
    code: 'WF101',
    message: `unquoted ${noun} ${codeSpan(value)}, YAML reads a value that starts with \`*\` as an alias`,
    hint: `quote the ${noun}: "${value}"`,
    target: { offsets: [start, start + value.length] },
  };
}

/**
 * Turns the parser errors of an unquoted value that starts with `*`, such as `schedule: * * * * *`, into one
 * finding on the value. YAML reads each `*` as an alias, so such a line gives one error per field, and none of
 * them mentions the missing quotes.
 */
export function findUnquotedAliasValues(source: string, errors: readonly YAMLError[]): UnquotedValues {
  const findings: Finding[] = [];
  const handled = new Set<YAMLError>();
  const byLine = new Map<number, { valueStart: number; errors: YAMLError[]; key: string; value: string }>();

  for (const error of errors) {
    if (error.code !== 'BAD_ALIAS' && error.code !== 'UNEXPECTED_TOKEN') continue;

    const line = lineAround(source, error.pos[0]);
    const match = keyValueLine.exec(line.text);
    if (!match) continue;

    const [, indent = '', key = '', value = ''] = match;
    const valueStart = line.start + line.text.indexOf(value, indent.length + key.length);
    if (error.pos[0] < valueStart || error.pos[0] >= valueStart + value.length) continue;

    const entry = byLine.get(line.start) ?? {
      valueStart,
      errors: [],
      key: key.replace(/^["']|["']$/g, ''),
      value,
    };
    entry.errors.push(error);
    byLine.set(line.start, entry);
  }

  for (const entry of byLine.values()) {
    findings.push(unquotedFinding(entry.key, entry.value, entry.valueStart));
    for (const error of entry.errors) handled.add(error);
  }

  return { findings, handled };
}
