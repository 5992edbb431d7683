import { describe, expect, test } from 'vitest';
import type { Workflow } from '../../engine/workflow/index.ts';
import { workflowToMermaid } from '../../engine/workflow/index.ts';
import { escapeMermaidLabel } from '../../engine/workflow/mermaid.ts';

const chain: Workflow = {
  id: 'w',
  type: 'langgraph',
  nodes: [
    { name: 'extract', type: 'data_fetcher', config: {} },
    { name: 'save', type: 'data_saver', config: {} },
  ],
};

describe('workflowToMermaid', () => {
  test('renders nodes with generated ids and edges', () => {
    expect(workflowToMermaid(chain)).toBe(
      [
        'flowchart TD',
        '  n0["extract<br/><small>data_fetcher</small>"]',
        '  n1["save<br/><small>data_saver</small>"]',
        '  n0 --> n1',
        '',
      ].join('\n'),
    );
  });

  test('direction option sets the flowchart direction', () => {
    expect(workflowToMermaid(chain, { direction: 'LR' }).split('\n')[0]).toBe('flowchart LR');
  });

  test('highlighted nodes get the error class', () => {
    const lines = workflowToMermaid(chain, { highlight: ['save', 'ghost'] })
      .trim()
      .split('\n');
    expect(lines.slice(-2)).toEqual([
      '  classDef error stroke:#d1242f,stroke-width:3px,fill:#ffebe9',
      '  class n1 error',
    ]);
  });

  test('hostile names cannot break out of the label', () => {
    const hostile = 'end"]\n  click n0 call alert(1)\n%%<script>&`x`[y](z){w}#;|';
    const text = workflowToMermaid({
      id: 'w',
      type: 'airflow',
      nodes: [{ name: hostile, type: 'end', config: {} }],
    });
    const [, nodeLine] = text.split('\n');

    expect(text.split('\n')).toHaveLength(3);
    expect(nodeLine?.startsWith('  n0["end#34;#93; ')).toBe(true);
    expect(nodeLine?.endsWith('"]')).toBe(true);
    const userText = nodeLine?.slice(6, -2).replace('<br/><small>', '').replace('</small>', '');
    expect(userText).not.toMatch(/["<>&`[\]{}()|\n]/);
  });
});

describe('escapeMermaidLabel', () => {
  test.each([
    ['a"b', 'a#34;b'],
    ['<b>', '#60;b#62;'],
    ['x & y', 'x #38; y'],
    ['`md`', '#96;md#96;'],
    ['#35;', '#35;35#59;'],
    ['line\nbreak', 'line break'],
    ['📈', '#128200;'],
    ['plain_name-1.2', 'plain_name-1.2'],
  ])('%j becomes %j', (input, output) => {
    expect(escapeMermaidLabel(input)).toBe(output);
  });
});
