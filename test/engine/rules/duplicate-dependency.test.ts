import { expect, test } from 'vitest';
import { duplicateDependency } from '../../../engine/workflow/rules/duplicate-dependency.ts';
import { checkRule } from './check-rule.ts';

test('distinct dependencies pass', () => {
  expect(checkRule(duplicateDependency, [['a'], ['b'], ['c', ['a', 'b']]])).toEqual([]);
});

test('second and later repeats are reported', () => {
  expect(checkRule(duplicateDependency, [['a'], ['c', ['a', 'a', 'a']]]).map((f) => f.path)).toEqual([
    'workflow.nodes.1.depends_on.1',
    'workflow.nodes.1.depends_on.2',
  ]);
});

test('severity is warning', () => {
  expect(duplicateDependency.severity).toBe('warning');
});
