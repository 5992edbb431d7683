/** Builds workflow YAML for tests, so each test states only the nodes it is about. */
export interface TestNode {
  name: string;
  type?: string;
  dependsOn?: string[];
  config?: string;
}

const defaultConfigs: Record<string, string> = {
  data_fetcher: '{ source: api }',
  llm_processor: '{ model: ollama }',
  data_saver: '{ destination: s3 }',
};

export function workflowSource(nodes: TestNode[], header: { schedule?: string } = {}): string {
  const lines = ['workflow:', '  id: test_flow', '  type: langgraph'];
  if (header.schedule !== undefined) lines.push(`  schedule: ${JSON.stringify(header.schedule)}`);
  lines.push('  nodes:');

  for (const node of nodes) {
    const type = node.type ?? 'data_fetcher';
    lines.push(`    - name: ${JSON.stringify(node.name)}`, `      type: ${type}`);
    if (node.dependsOn) lines.push(`      depends_on: ${JSON.stringify(node.dependsOn)}`);
    lines.push(`      config: ${node.config ?? defaultConfigs[type] ?? '{}'}`);
  }

  return `${lines.join('\n')}\n`;
}
