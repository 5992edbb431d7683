import { expect, test } from 'vitest';
import { didYouMean, listOf } from '../../engine/workflow/suggest.ts';

test.each([
  ['nmae', ['name', 'type'], 'did you mean `name`?'],
  ['modle', ['model', 'prompt'], 'did you mean `model`?'],
  ['data_fetch', ['data_fetcher', 'data_saver'], 'did you mean `data_fetcher`?'],
  ['Type', ['name', 'type'], 'did you mean `type`?'],
  ['xyz', ['name', 'type'], undefined],
  ['name', ['name'], undefined],
  ['a', ['api'], undefined],
  ['anything', [], undefined],
])('didYouMean %s among %j is %s', (found, candidates, hint) => {
  expect(didYouMean(found, candidates)).toBe(hint);
});

test('listOf joins with commas and a conjunction', () => {
  expect(listOf(['a', 'b', 'c'])).toBe('`a`, `b` or `c`');
  expect(listOf(['a', 'b'], 'and')).toBe('`a` and `b`');
  expect(listOf(['a'])).toBe('`a`');
});
