import { MAX_LIMIT, MAX_WINDOW_SECONDS, type RateLimit } from './rate-limit.ts';

/**
 * Grammar, case-insensitive, spaces allowed between parts:
 *
 *   limits := limit (( ";" | "," ) limit)*
 *   limit  := COUNT ( "/" | "per" ) [MULTIPLIER] UNIT
 *   UNIT   := second | minute | hour | day, singular or plural
 *
 * Examples: `10/minute`, `100/hour;10/minute`, `30/5 minutes`, `5 per second`. Abbreviations such as
 * `m` are rejected because `m` reads as minute to some and month to others. Two limits with the same
 * window are rejected, since one of them could never apply.
 */
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
};

const UNIT_HINT =
  'write `<count>/<unit>` or `<count>/<n> <units>` with second, minute, hour or day, as in `10/minute` or `30/5 minutes`';

/** A rate limit string that does not follow the grammar; `offset` is 0-based, `column` 1-based. */
export class RateLimitSyntaxError extends Error {
  readonly input: string;
  readonly offset: number;
  readonly column: number;
  readonly hint: string;

  constructor(input: string, offset: number, problem: string, hint: string) {
    super(`invalid rate limit \`${input}\` at column ${offset + 1}: ${problem}`);
    this.name = 'RateLimitSyntaxError';
    this.input = input;
    this.offset = offset;
    this.column = offset + 1;
    this.hint = hint;
  }
}

export function parseRateLimits(input: string): RateLimit[] {
  const limits: RateLimit[] = [];
  let start = 0;

  for (;;) {
    const end = nextSeparator(input, start);
    const limit = parseOneLimit(input, start, end);
    const duplicate = limits.find((other) => other.windowSeconds === limit.windowSeconds);
    if (duplicate !== undefined) {
      throw new RateLimitSyntaxError(
        input,
        start + leadingSpaces(input, start),
        `\`${limit.text}\` has the same window as \`${duplicate.text}\``,
        'keep one limit per window',
      );
    }
    limits.push(limit);

    if (end === input.length) {
      return limits;
    }
    start = end + 1;
  }
}

function nextSeparator(input: string, from: number): number {
  for (let index = from; index < input.length; index++) {
    if (input[index] === ';' || input[index] === ',') {
      return index;
    }
  }
  return input.length;
}

function leadingSpaces(input: string, from: number): number {
  let count = 0;
  while (input[from + count] === ' ' || input[from + count] === '\t') {
    count++;
  }
  return count;
}

function parseOneLimit(input: string, start: number, end: number): RateLimit {
  const scanner = new Scanner(input, start, end);

  scanner.skipSpaces();
  if (scanner.atEnd()) {
    const problem = start === 0 && end === input.length ? 'no limit given' : 'empty limit between separators';
    throw new RateLimitSyntaxError(
      input,
      scanner.position,
      problem,
      `remove the extra separator or ${UNIT_HINT}`,
    );
  }

  const countAt = scanner.position;
  const count = scanner.readInteger();
  if (count === undefined) {
    throw new RateLimitSyntaxError(
      input,
      countAt,
      `expected a request count, found ${scanner.peekWord()}`,
      UNIT_HINT,
    );
  }
  if (count < 1 || count > MAX_LIMIT) {
    throw new RateLimitSyntaxError(
      input,
      countAt,
      `request count \`${input.slice(countAt, scanner.position)}\` is out of range`,
      `use a count from 1 to ${MAX_LIMIT}`,
    );
  }

  scanner.skipSpaces();
  const separatorAt = scanner.position;
  if (!scanner.readLiteral('/') && !scanner.readWord('per')) {
    throw new RateLimitSyntaxError(
      input,
      separatorAt,
      `expected \`/\` or \`per\` after the count, found ${scanner.peekWord()}`,
      UNIT_HINT,
    );
  }

  scanner.skipSpaces();
  const multiplierAt = scanner.position;
  const multiplier = scanner.readInteger() ?? 1;
  if (multiplier < 1) {
    throw new RateLimitSyntaxError(
      input,
      multiplierAt,
      'window multiplier `0` is out of range',
      'use a whole number of units from 1',
    );
  }

  scanner.skipSpaces();
  const unitAt = scanner.position;
  const unitWord = scanner.readLetters();
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const unitSeconds = Object.hasOwn(UNIT_SECONDS, unit) ? UNIT_SECONDS[unit] : undefined;
  if (unitSeconds === undefined) {
    const found = unitWord === '' ? scanner.peekWord() : `\`${unitWord}\``;
    throw new RateLimitSyntaxError(input, unitAt, `expected a time unit, found ${found}`, UNIT_HINT);
  }

  scanner.skipSpaces();
  if (!scanner.atEnd()) {
    throw new RateLimitSyntaxError(
      input,
      scanner.position,
      `unexpected ${scanner.peekWord()} after the unit`,
      'separate limits with `;`',
    );
  }

  const windowSeconds = multiplier * unitSeconds;
  if (windowSeconds > MAX_WINDOW_SECONDS) {
    throw new RateLimitSyntaxError(
      input,
      multiplierAt,
      `window of ${Number.isFinite(windowSeconds) ? windowSeconds : 'over 10^9'} seconds is longer than 30 days`,
      'use a window of at most 30 days',
    );
  }

  const text = multiplier === 1 ? `${count}/${unit}` : `${count}/${multiplier} ${unit}s`;
  return { limit: count, windowSeconds, text };
}

/** Reads one limit between `start` and `end` of the input, tracking the position for messages. */
class Scanner {
  readonly input: string;
  readonly end: number;
  position: number;

  constructor(input: string, start: number, end: number) {
    this.input = input;
    this.position = start;
    this.end = end;
  }

  atEnd(): boolean {
    return this.position >= this.end;
  }

  skipSpaces(): void {
    while (!this.atEnd() && /\s/.test(this.input[this.position] as string)) {
      this.position++;
    }
  }

  readInteger(): number | undefined {
    const match = /^\d+/.exec(this.input.slice(this.position, this.end));
    if (match === null) {
      return undefined;
    }
    this.position += match[0].length;
    return match[0].length > 9 ? Number.POSITIVE_INFINITY : Number(match[0]);
  }

  readLiteral(literal: string): boolean {
    if (this.input.startsWith(literal, this.position) && this.position + literal.length <= this.end) {
      this.position += literal.length;
      return true;
    }
    return false;
  }

  readWord(word: string): boolean {
    const letters = /^[A-Za-z]+/.exec(this.input.slice(this.position, this.end))?.[0] ?? '';
    if (letters.toLowerCase() !== word) {
      return false;
    }
    this.position += letters.length;
    return true;
  }

  readLetters(): string {
    const letters = /^[A-Za-z]+/.exec(this.input.slice(this.position, this.end))?.[0] ?? '';
    this.position += letters.length;
    return letters;
  }

  /** Returns the text from the current position to the next space, quoted for messages, or `end of input`. */
  peekWord(): string {
    const rest = this.input.slice(this.position, this.end);
    const word = /^\S+/.exec(rest)?.[0];
    return word === undefined ? 'end of input' : `\`${word.slice(0, 20)}\``;
  }
}
