/** Quotes a value found in the file for a message: short, on one line, in a code span. */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const oneLine = String(text).replace(/\s*\n\s*/g, ' ');
  const short = oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;

  return codeSpan(short);
}

/** Wraps text in a Markdown code span, with a double-backtick fence when the text holds a backtick. */
export function codeSpan(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Names the kind of a value found in the file, with the value itself when it is a scalar. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${quoteValue(value)}`;
  if (typeof value === 'number') return `the number ${quoteValue(value)}`;
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
