import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pythonLiteral, pythonString, uniqueIdentifier } from '../../engine/workflow/export/index.ts';
import { evaluatePythonLiterals } from './python.ts';

describe('pythonLiteral', () => {
  test.each([
    [null, 'None'],
    [true, 'True'],
    [false, 'False'],
    [3, '3'],
    [0.25, '0.25'],
    [-0, '-0.0'],
    [Number.POSITIVE_INFINITY, 'float("inf")'],
    [Number.NaN, 'float("nan")'],
    [[], '[]'],
    [{}, '{}'],
    [{ class: [1, 'a'] }, '{"class": [1, "a"]}'],
  ])('%j becomes %s', (value, expected) => {
    expect(pythonLiteral(value)).toBe(expected);
  });

  test.each([
    ['a"b', '"a\\"b"'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak\ttab\r', '"line\\nbreak\\ttab\\r"'],
    ['\u0000\u001f\u007f', '"\\x00\\x1f\\x7f"'],
    ['\u2028\ufeff', '"\\u2028\\ufeff"'],
    ['\ud800', '"\\ud800"'],
    ['café 🚀', '"café 🚀"'],
  ])('string %j is escaped as %s', (text, expected) => {
    expect(pythonString(text)).toBe(expected);
  });

  test('long dict breaks one item per line', () => {
    const value = { prompt: 'x'.repeat(60), fields: ['symbol', 'price'], nested: { deep: 'y'.repeat(50) } };
    expect(pythonLiteral(value, 4)).toBe(
      [
        '{',
        `        "prompt": "${'x'.repeat(60)}",`,
        '        "fields": ["symbol", "price"],',
        `        "nested": {"deep": "${'y'.repeat(50)}"},`,
        '    }',
      ].join('\n'),
    );
  });

  test('rejects values YAML cannot produce', () => {
    expect(() => pythonLiteral(new Date(0))).toThrow(TypeError);
  });

  test('python reads back what was written', { timeout: 30_000 }, () => {
    const samples = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 200, seed: 2108 });
    const evaluated = evaluatePythonLiterals(samples.map((value) => pythonLiteral(value, 0, 40)));
    // JSON has no negative zero, so both sides read -0 as 0
    const read = (text: string) => JSON.parse(text, (_, value) => (Object.is(value, -0) ? 0 : value));

    expect(evaluated.map(read)).toEqual(samples.map((value) => read(JSON.stringify(value))));
  });
});

describe('uniqueIdentifier', () => {
  test('keywords and taken names get a trailing underscore', () => {
    const taken = new Set(['dag']);
    expect([
      uniqueIdentifier('class', taken),
      uniqueIdentifier('dag', taken),
      uniqueIdentifier('dag', taken),
    ]).toEqual(['class_', 'dag_', 'dag__']);
  });

  test('soft keywords stay as they are', () => {
    expect(uniqueIdentifier('match', new Set())).toBe('match');
  });
});
