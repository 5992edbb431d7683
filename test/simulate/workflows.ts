import type { Workflow, WorkflowNode } from '../../engine/workflow/model.ts';

export function node(name: string, type: string, dependsOn?: string[]): WorkflowNode {
  return dependsOn === undefined ? { name, type, config: {} } : { name, type, dependsOn, config: {} };
}

/** No node declares `depends_on`, so the nodes form a chain in the listed order. */
export const chain: Workflow = {
  id: 'eod_chain',
  type: 'langgraph',
  nodes: [node('extract', 'data_fetcher'), node('process', 'llm_processor'), node('save', 'data_saver')],
};

/** `fetch` feeds two branches that `merge` joins; listed out of order on purpose. */
export const diamond: Workflow = {
  id: 'risk_diamond',
  type: 'airflow',
  nodes: [
    node('merge', 'data_saver', ['enrich', 'score']),
    node('fetch', 'data_fetcher'),
    node('enrich', 'llm_processor', ['fetch']),
    node('score', 'data_fetcher', ['fetch']),
  ],
};

/** Durations without jitter, so timelines can be worked out by hand. */
export const steadyDurations = {
  data_fetcher: { meanSeconds: 20, jitter: 0 },
  llm_processor: { meanSeconds: 90, jitter: 0 },
  data_saver: { meanSeconds: 10, jitter: 0 },
  '*': { meanSeconds: 30, jitter: 0 },
};
