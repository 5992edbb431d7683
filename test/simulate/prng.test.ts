import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../engine/workflow/simulate/index.ts';

function take(seed: number, count: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => random());
}

describe('mulberry32', () => {
  test('same seed repeats the sequence', () => {
    expect(take(123, 20)).toEqual(take(123, 20));
  });

  test('different seeds give different sequences', () => {
    expect(take(123, 5)).not.toEqual(take(124, 5));
  });

  test('values lie in [0, 1)', () => {
    for (const value of take(9, 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  test('mean of many draws is close to one half', () => {
    const values = take(2024, 100_000);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;

    // The standard error of the mean of 100 000 uniform draws is about 0.0009.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
  });

  test('seed uses its low 32 bits only', () => {
    expect(take(2 ** 32 + 5, 3)).toEqual(take(5, 3));
  });
});
