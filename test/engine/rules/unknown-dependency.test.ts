import { expect, test } from 'vitest';
import { unknownDependency } from '../../../engine/workflow/rules/unknown-dependency.ts';
import { checkRule } from './check-rule.ts';

test('known dependencies pass', () => {
  expect(checkRule(unknownDependency, [['a'], ['b', ['a']]])).toEqual([]);
});

test('misspelt dependency gets a suggestion', () => {
  expect(checkRule(unknownDependency, [['extract'], ['save', ['extrat']]])).toEqual([
    {
      message: 'unknown dependency `extrat` in node `save`, no node has that name',
      hint: 'did you mean `extract`?',
      path: 'workflow.nodes.1.depends_on.0',
    },
  ]);
});

test('unrelated name gets no suggestion', () => {
  const [finding] = checkRule(unknownDependency, [['extract'], ['save', ['zzz']]]);
  expect(finding?.hint).toBeUndefined();
});
