import { describe, expect, test } from 'vitest';
import type { Workflow } from '../../engine/workflow/index.ts';
import { workflowEdges, workflowToMermaid } from '../../engine/workflow/index.ts';

const triage: Workflow = {
  id: 'triage',
  type: 'langgraph',
  nodes: [
    { name: 'score', type: 'llm_processor', config: { model: 'ollama' } },
    {
      name: 'route',
      type: 'router',
      config: { routes: [{ when: "x['s'] > 0.5", to: 'review' }], default: 'close' },
    },
    { name: 'review', type: 'human_approval', dependsOn: ['route'], config: { approvers: ['compliance'] } },
    { name: 'close', type: 'transform', config: { operation: 'map' } },
  ],
};

describe('router edges', () => {
  test('routes are conditional edges and switch off the chain', () => {
    expect(workflowEdges(triage)).toEqual([
      { from: 'route', to: 'review', condition: "x['s'] > 0.5" },
      { from: 'route', to: 'close', condition: 'default' },
    ]);
  });

  test('mermaid labels router edges with escaped conditions', () => {
    const lines = workflowToMermaid(triage).trim().split('\n');
    expect(lines.slice(-2)).toEqual(['  n1 -->|"x#91;#39;s#39;#93; #62; 0.5"| n2', '  n1 -->|"default"| n3']);
  });

  test('routes to unknown nodes are left out', () => {
    const broken = { ...triage, nodes: triage.nodes.slice(0, 2) };
    expect(workflowEdges(broken)).toEqual([]);
  });
});
