import { expect, test } from 'vitest';

test('node runtime is 24 or later', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});
