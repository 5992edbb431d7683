import { expect, test } from 'vitest';
import { timingSafeEqual } from '../../engine/security/constant-time.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

test('equal arrays compare equal', () => {
  expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
  expect(timingSafeEqual(bytes(), bytes())).toBe(true);
});

test('equal length, last byte differs', () => {
  expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
});

test('equal length, first byte differs', () => {
  expect(timingSafeEqual(bytes(9, 2, 3), bytes(1, 2, 3))).toBe(false);
});

test('prefix of the other is not equal', () => {
  expect(timingSafeEqual(bytes(1, 2), bytes(1, 2, 3))).toBe(false);
  expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2))).toBe(false);
});

test('trailing zero bytes still differ by length', () => {
  expect(timingSafeEqual(bytes(1, 2), bytes(1, 2, 0))).toBe(false);
  expect(timingSafeEqual(bytes(), bytes(0))).toBe(false);
});
