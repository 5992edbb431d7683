import { expect, test } from 'vitest';
import { duplicateNodeName } from '../../../engine/workflow/rules/duplicate-node-name.ts';
import { checkRule } from './check-rule.ts';

test('unique names pass', () => {
  expect(checkRule(duplicateNodeName, [['a'], ['b']])).toEqual([]);
});

test('each repeat after the first is reported', () => {
  expect(checkRule(duplicateNodeName, [['a'], ['b'], ['a'], ['a']]).map((f) => f.path)).toEqual([
    'workflow.nodes.2.name',
    'workflow.nodes.3.name',
  ]);
});

test('message quotes the name', () => {
  const [finding] = checkRule(duplicateNodeName, [['load'], ['load']]);
  expect(finding?.message).toBe('duplicate node name `load`, node names must be unique');
});
