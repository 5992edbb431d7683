import { expect, test } from 'vitest';
import { dependencyCycle } from '../../../engine/workflow/rules/dependency-cycle.ts';
import { checkRule } from './check-rule.ts';

test('acyclic graph passes', () => {
  expect(checkRule(dependencyCycle, [['a'], ['b', ['a']], ['c', ['a', 'b']]])).toEqual([]);
});

test('two-node cycle starts at the smaller name', () => {
  expect(
    checkRule(dependencyCycle, [
      ['b', ['a']],
      ['a', ['b']],
    ]),
  ).toEqual([
    {
      message: 'dependency cycle `a -> b -> a`',
      hint: 'remove one of these `depends_on` entries so that the nodes can run in order',
      path: 'workflow.nodes.1.depends_on.0',
    },
  ]);
});

test('three-node cycle is named in run order', () => {
  const [finding] = checkRule(dependencyCycle, [
    ['c', ['b']],
    ['b', ['a']],
    ['a', ['c']],
  ]);
  expect(finding?.message).toBe('dependency cycle `a -> b -> c -> a`');
});

test('separate cycles give one finding each', () => {
  const nodes: [string, string[]][] = [
    ['a', ['b']],
    ['b', ['a']],
    ['x', ['y']],
    ['y', ['x']],
  ];
  expect(checkRule(dependencyCycle, nodes).map((f) => f.message)).toEqual([
    'dependency cycle `a -> b -> a`',
    'dependency cycle `x -> y -> x`',
  ]);
});

test('self-dependency alone is not a cycle', () => {
  expect(checkRule(dependencyCycle, [['a', ['a']]])).toEqual([]);
});

test('unknown dependencies are ignored', () => {
  expect(checkRule(dependencyCycle, [['a', ['ghost']]])).toEqual([]);
});

test('long chain does not overflow the stack', () => {
  const nodes: [string, string[]][] = Array.from({ length: 5000 }, (_, i) => [
    `n${i}`,
    i > 0 ? [`n${i - 1}`] : [],
  ]);
  nodes[0] = ['n0', ['n4999']];

  const [finding] = checkRule(dependencyCycle, nodes);
  expect(finding?.message.startsWith('dependency cycle `n0 -> n1 -> ')).toBe(true);
  expect(finding?.message.endsWith(' -> n4999 -> n0`')).toBe(true);
});
