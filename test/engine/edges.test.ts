import { expect, test } from 'vitest';
import type { Workflow } from '../../engine/workflow/index.ts';
import { workflowEdges } from '../../engine/workflow/index.ts';

function workflowOf(nodes: [string, string[]?][]): Workflow {
  return {
    id: 'w',
    type: 'airflow',
    nodes: nodes.map(([name, dependsOn]) => ({
      name,
      type: 'data_fetcher',
      config: {},
      ...(dependsOn ? { dependsOn } : {}),
    })),
  };
}

test('no depends_on gives a chain in listed order', () => {
  expect(workflowEdges(workflowOf([['c'], ['a'], ['b']]))).toEqual([
    { from: 'c', to: 'a' },
    { from: 'a', to: 'b' },
  ]);
});

test('empty depends_on lists still give a chain', () => {
  expect(workflowEdges(workflowOf([['a', []], ['b']]))).toEqual([{ from: 'a', to: 'b' }]);
});

test('any dependency gives exactly the declared edges', () => {
  expect(workflowEdges(workflowOf([['a'], ['b'], ['c', ['a']]]))).toEqual([{ from: 'a', to: 'c' }]);
});

test('repeated and unknown dependencies are dropped', () => {
  expect(workflowEdges(workflowOf([['a'], ['b', ['a', 'a', 'ghost']]]))).toEqual([{ from: 'a', to: 'b' }]);
});

test('single node has no edges', () => {
  expect(workflowEdges(workflowOf([['a']]))).toEqual([]);
});
