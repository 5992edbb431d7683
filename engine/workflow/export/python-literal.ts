/** Python's keywords (3.12): names that cannot be used as identifiers. Soft keywords such as `match` can. */
const pythonKeywords = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

export function isPythonKeyword(name: string): boolean {
  return pythonKeywords.has(name);
}

/**
 * Returns a Python identifier for `name` that is neither a keyword nor in `taken`, by appending `_` as
 * often as needed, and adds it to `taken`. Node names are already identifiers, so only clashes change.
 */
export function uniqueIdentifier(name: string, taken: Set<string>): string {
  let identifier = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  while (isPythonKeyword(identifier) || taken.has(identifier)) identifier += '_';

  taken.add(identifier);
  return identifier;
}

const namedEscapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeCharacter(character: string): string {
  const named = namedEscapes[character];
  if (named) return named;

  const code = character.codePointAt(0) ?? 0;
  // Control characters, and characters some tools read as line breaks or drop (U+2028, U+2029, U+FEFF)
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff) return `\\u${code.toString(16)}`;
  // A lone surrogate cannot be written as UTF-8, but Python accepts it as an escape
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${code.toString(16)}`;
  return character;
}

/** Writes a string as a double-quoted Python literal; other non-ASCII characters stay as they are (UTF-8). */
export function pythonString(text: string): string {
  let escaped = '';
  for (const character of text) escaped += escapeCharacter(character);
  return `"${escaped}"`;
}

function pythonNumber(value: number): string {
  if (Number.isNaN(value)) return 'float("nan")';
  if (value === Number.POSITIVE_INFINITY) return 'float("inf")';
  if (value === Number.NEGATIVE_INFINITY) return '-float("inf")';
  if (Object.is(value, -0)) return '-0.0';
  return String(value);
}

function isContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

function inlineLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(', ')}]`;
  if (isContainer(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${pythonString(key)}: ${inlineLiteral(item)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  throw new TypeError(`cannot write a value of type \`${typeof value}\` as a Python literal`);
}

/**
 * Writes parsed YAML data (strings, numbers, booleans, null, lists and mappings) as a Python literal.
 * A value that fits in `width` columns after `indent` stays on one line. Longer lists and dicts put one
 * item per line, indented by four spaces, with a trailing comma.
 */
export function pythonLiteral(value: unknown, indent = 0, width = 100): string {
  const inline = inlineLiteral(value);
  if (indent + inline.length <= width || !isContainer(value)) return inline;

  const inner = ' '.repeat(indent + 4);
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${pythonLiteral(item, indent + 4, width)},\n`)
    : Object.entries(value).map(([key, item]) => {
        const prefix = `${pythonString(key)}: `;
        return `${inner}${prefix}${pythonLiteral(item, indent + 4, width)},\n`;
      });
  if (items.length === 0) return inline;

  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join('')}${' '.repeat(indent)}${close}`;
}
