/** One of the five fields of a cron expression, with the values Vixie cron accepts in it. */
export interface CronField {
  name: string;
  min: number;
  max: number;
  /** Three-letter names for the values from `min` on, for month and day-of-week. */
  names?: readonly string[];
  /** The range as messages show it. */
  range: string;
}

export const cronFields: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59, range: '0-59' },
  { name: 'hour', min: 0, max: 23, range: '0-23' },
  { name: 'day-of-month', min: 1, max: 31, range: '1-31' },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    range: '1-12 or `jan`-`dec`',
  },
  {
    name: 'day-of-week',
    min: 0,
    max: 7,
    names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    range: '0-7 or `sun`-`sat`',
  },
];

/** A problem in one field. A `reason` replaces the expected range in the message. */
export interface FieldProblem {
  reason?: string;
  hint?: string;
}

/** Characters that other cron implementations (Quartz, croner) accept and Vixie cron does not. */
const extensions: Record<string, string> = {
  L: '`L` (last day)',
  W: '`W` (nearest weekday)',
  '#': '`#` (nth weekday of the month)',
  '?': '`?` (no specific value)',
};

function valueOf(text: string, field: CronField): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);

  const index = field.names?.indexOf(text.toLowerCase()) ?? -1;
  return index === -1 ? undefined : field.min + index;
}

function inRange(value: number | undefined, field: CronField): value is number {
  return value !== undefined && value >= field.min && value <= field.max;
}

function extensionProblem(text: string, field: CronField): FieldProblem | undefined {
  // Names are removed first, because `jul` contains an `L` and `wed` a `W`.
  const withoutNames = text.replace(/[a-z]{3}/gi, (word) =>
    field.names?.includes(word.toLowerCase()) ? '' : word,
  );
  const used = Object.keys(extensions).find((character) => withoutNames.toUpperCase().includes(character));
  if (!used) return undefined;

  return {
    reason: `${extensions[used]} is an extension of other cron implementations, not Vixie cron syntax`,
    hint:
      used === '?'
        ? 'write `*` in place of `?`'
        : 'write only numbers, names, ranges such as `1-5`, lists such as `1,15` and steps such as `*/2`',
  };
}

/** Checks one comma-separated item: `*`, a value or a range, with an optional `/step` after `*` or a range. */
function itemProblem(item: string, field: CronField): FieldProblem | undefined {
  const [base = '', step, extra] = item.split('/');
  if (extra !== undefined) return {};
  if (step !== undefined && !/^[1-9]\d*$/.test(step))
    return { reason: 'a step must be a positive whole number' };
  if (step !== undefined && Number(step) > field.max)
    return { reason: `a step must be at most ${field.max}` };

  if (base === '*') return undefined;

  const [first = '', last, beyond] = base.split('-');
  if (beyond !== undefined) return {};

  const low = valueOf(first, field);
  if (!inRange(low, field)) return {};
  if (last === undefined) {
    // Vixie cron reads a step only after `*` or a range: `5/15` is rejected there.
    return step === undefined
      ? undefined
      : { reason: 'a step needs `*` or a range before it', hint: `write \`${first}-${field.max}/${step}\`` };
  }

  const high = valueOf(last, field);
  if (!inRange(high, field)) return {};
  return low <= high ? undefined : { reason: `the range \`${base}\` runs backwards` };
}

/** Returns what is wrong with one field under Vixie cron syntax, or undefined when it is valid. */
export function cronFieldProblem(text: string, field: CronField): FieldProblem | undefined {
  const extension = extensionProblem(text, field);
  if (extension) return extension;

  for (const item of text.split(',')) {
    const problem = itemProblem(item, field);
    if (problem) return problem;
  }
  return undefined;
}
