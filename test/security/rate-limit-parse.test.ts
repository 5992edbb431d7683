import { describe, expect, test } from 'vitest';
import { parseRateLimits, RateLimitSyntaxError } from '../../engine/security/rate-limit/parse-rate-limits.ts';

describe('parseRateLimits', () => {
  test('two limits separated by a semicolon', () => {
    expect(parseRateLimits('100/hour;10/minute')).toEqual([
      { limit: 100, windowSeconds: 3600, text: '100/hour' },
      { limit: 10, windowSeconds: 60, text: '10/minute' },
    ]);
  });

  test('multiplied units, plurals, per and spaces', () => {
    expect(parseRateLimits('30/5 minutes')).toEqual([
      { limit: 30, windowSeconds: 300, text: '30/5 minutes' },
    ]);
    expect(parseRateLimits('5 per Second')).toEqual([{ limit: 5, windowSeconds: 1, text: '5/second' }]);
    expect(parseRateLimits('2/days')).toEqual([{ limit: 2, windowSeconds: 86_400, text: '2/day' }]);
    expect(parseRateLimits(' 10 / minute , 1/1 hour ')).toEqual([
      { limit: 10, windowSeconds: 60, text: '10/minute' },
      { limit: 1, windowSeconds: 3600, text: '1/hour' },
    ]);
  });

  const errorCases: [string, number, string][] = [
    ['', 1, 'no limit given'],
    ['10/fortnight', 4, 'expected a time unit, found `fortnight`'],
    ['10/m', 4, 'expected a time unit, found `m`'],
    ['10/minute;', 11, 'empty limit between separators'],
    ['ten/minute', 1, 'expected a request count, found `ten/minute`'],
    ['10minute', 3, 'expected `/` or `per` after the count, found `minute`'],
    ['10/', 4, 'expected a time unit, found end of input'],
    ['0/minute', 1, 'request count `0` is out of range'],
    ['1000001/day', 1, 'request count `1000001` is out of range'],
    ['10/0 minutes', 4, 'window multiplier `0` is out of range'],
    ['10/31 days', 4, 'window of 2678400 seconds is longer than 30 days'],
    ['10/minute extra', 11, 'unexpected `extra` after the unit'],
    ['10/minute;20/60 seconds', 11, '`20/60 seconds` has the same window as `10/minute`'],
  ];

  test.each(errorCases)('rejects %j at column %i', (input, column, problem) => {
    let caught: unknown;
    try {
      parseRateLimits(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RateLimitSyntaxError);
    const error = caught as RateLimitSyntaxError;
    expect(error.column).toBe(column);
    expect(error.offset).toBe(column - 1);
    expect(error.message).toBe(`invalid rate limit \`${input}\` at column ${column}: ${problem}`);
    expect(error.hint).not.toBe('');
  });
});
