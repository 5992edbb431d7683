/** Parameter names: lowercase letters, digits and `_`, starting with a letter, like node names. */
export const parameterNamePattern = /^[a-z][a-z0-9_]*$/;

/** `${{ params.NAME }}`, with optional spaces inside the braces. */
const placeholderPattern = /\$\{\{\s*params\.([A-Za-z0-9_]*)\s*\}\}/g;

export interface PlaceholderUse {
  name: string;
  /** The placeholder's text, such as `${{ params.symbols }}`. */
  text: string;
}

export interface PlaceholderScan {
  uses: PlaceholderUse[];
  /** Text starting with `${{` that is not a placeholder, such as `${{ param.x }}` or an unclosed one. */
  malformed: string[];
  /** The name when the whole string (spaces around it aside) is one placeholder. */
  whole?: string;
}

/** Finds the placeholders in one string value of a template. */
export function scanPlaceholders(text: string): PlaceholderScan {
  const uses: PlaceholderUse[] = [];
  const starts = new Set<number>();

  for (const match of text.matchAll(placeholderPattern)) {
    uses.push({ name: match[1] as string, text: match[0] });
    starts.add(match.index);
  }

  const malformed: string[] = [];
  for (let index = text.indexOf('${{'); index !== -1; index = text.indexOf('${{', index + 3)) {
    if (starts.has(index)) continue;

    const close = text.indexOf('}}', index);
    malformed.push(text.slice(index, close === -1 ? text.length : close + 2));
  }

  const trimmed = text.trim();
  const only = uses.length === 1 && malformed.length === 0 && trimmed === uses[0]?.text;
  return { uses, malformed, ...(only ? { whole: uses[0]?.name } : {}) };
}

/** Writes a parameter value into a longer string: lists as comma-separated items. */
export function interpolatedText(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => interpolatedText(item)).join(', ');
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Replaces every placeholder in `text` with the text of its value; names without a value become empty. */
export function interpolate(text: string, value: (name: string) => unknown): string {
  return text.replace(placeholderPattern, (_, name: string) => interpolatedText(value(name)));
}
