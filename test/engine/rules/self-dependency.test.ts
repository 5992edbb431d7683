import { expect, test } from 'vitest';
import { selfDependency } from '../../../engine/workflow/rules/self-dependency.ts';
import { checkRule } from './check-rule.ts';

test('dependency on another node passes', () => {
  expect(checkRule(selfDependency, [['a'], ['b', ['a']]])).toEqual([]);
});

test('own name in depends_on is reported at the entry', () => {
  expect(checkRule(selfDependency, [['a', ['b', 'a']], ['b']])).toEqual([
    {
      message: 'node `a` depends on itself',
      hint: 'remove its own name from `depends_on`',
      path: 'workflow.nodes.0.depends_on.1',
    },
  ]);
});
