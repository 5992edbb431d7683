/** Writes a number as YAML does, so that the non-finite ones do not show as JSON's `null`. */
function numberText(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Number.POSITIVE_INFINITY) return '.inf';
  if (value === Number.NEGATIVE_INFINITY) return '-.inf';
  return String(value);
}

/** Quotes a value found in the file for a message: short, on one line, in a code span. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = numberText(value);
  else text = JSON.stringify(value);

  const oneLine = String(text).replace(/\s*\n\s*/g, ' ');
  const short = oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;

  return codeSpan(short);
}

/** Wraps text in a Markdown code span, with a double-backtick fence when the text contains a backtick. */
export function codeSpan(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/**
 * Names the kind of a value found in the file, with the value itself when it is a scalar. `written` is the
 * value's text in the file, shown for a number in place of the number it became.
 */
export function describeFound(value: unknown, written?: string): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${quoteValue(value)}`;
  if (typeof value === 'number') return `the number ${quoteValue(written ?? value)}`;
  if (typeof value === 'boolean') return `the boolean ${quoteValue(value)}`;
  return quoteValue(value);
}

const expectedKinds: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** Names the kind of value zod expected, as a user who writes YAML calls it. */
export function describeExpected(expected: string): string {
  return expectedKinds[expected] ?? `a value of type ${expected}`;
}
