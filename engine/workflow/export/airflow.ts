import type { Workflow } from '../model.ts';
import { exportGraph } from './export-graph.ts';
import type { ExportOptions } from './export-options.ts';
import { moduleDocstring, runtimeImport } from './export-options.ts';
import { pythonLiteral, pythonString, uniqueIdentifier } from './python-literal.ts';

/** Names the module defines or imports, which task functions must not shadow. */
const moduleNames = ['annotations', 'datetime', 'timezone', 'dag', 'task', 'run_node', 'tasks', 'context'];

function startDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new TypeError(`invalid start date \`${text}\`, expected YYYY-MM-DD`);

  const [, year, month, day] = match.map(Number);
  return `datetime(${year}, ${month}, ${day}, tzinfo=timezone.utc)`;
}

/**
 * Generates an Airflow DAG module with the TaskFlow API: one `@task` per node that calls the platform's
 * implementation through `run_node`, a `@task.branch` per router, and the dependencies written with `>>`.
 * A node after a router's branches that waits for several of them uses the trigger rule
 * `none_failed_min_one_success`, because the branches not taken are skipped.
 */
export function exportAirflow(workflow: Workflow, options: ExportOptions = {}): string {
  const version = options.airflowVersion ?? 3;
  const graph = exportGraph(workflow);
  const taken = new Set(moduleNames);
  const dagFunction = uniqueIdentifier(workflow.id.replace(/-/g, '_'), taken);
  const functions = new Map(workflow.nodes.map((node) => [node.name, uniqueIdentifier(node.name, taken)]));
  const decoratorModule = version === 3 ? 'airflow.sdk' : 'airflow.decorators';

  const lines = [
    moduleDocstring(`Airflow ${version} DAG`, workflow.id, workflow.schedule),
    '',
    'from __future__ import annotations',
    '',
    'from datetime import datetime, timezone',
    '',
    `from ${decoratorModule} import dag, task`,
    '',
    runtimeImport,
    '',
    '',
    '@dag(',
    `    dag_id=${pythonString(workflow.id)},`,
    `    schedule=${workflow.schedule === undefined ? 'None' : pythonString(workflow.schedule)},`,
    `    start_date=${startDate(options.startDate ?? '2025-01-01')},`,
    '    catchup=False,',
    `    default_args={"retries": ${options.retries ?? 2}},`,
    `    tags=[${pythonString(workflow.type)}, "wf-export"],`,
    ')',
    `def ${dagFunction}():`,
  ];

  for (const node of workflow.nodes) {
    const upstream = graph.upstream.get(node.name) ?? [];
    const decorator = node.type === 'router' ? 'task.branch' : 'task';
    const waitsForBranches =
      upstream.length > 1 && upstream.some((name) => graph.conditional.has(name) || isRouter(workflow, name));
    const triggerRule = waitsForBranches ? ', trigger_rule="none_failed_min_one_success"' : '';
    const inputs =
      upstream.length === 0
        ? '{}'
        : `{name: context["ti"].xcom_pull(task_ids=name) for name in ${pythonLiteral(upstream, 8)}}`;

    lines.push(
      `    @${decorator}(task_id=${pythonString(node.name)}${triggerRule})`,
      `    def ${functions.get(node.name)}(**context):`,
      `        inputs = ${inputs}`,
      `        config = ${pythonLiteral(node.config, 8)}`,
      `        return run_node(${pythonString(node.type)}, config, inputs)`,
      '',
    );
  }

  lines.push('    tasks = {');
  for (const node of workflow.nodes)
    lines.push(`        ${pythonString(node.name)}: ${functions.get(node.name)}(),`);
  lines.push('    }');
  for (const edge of graph.edges) {
    lines.push(`    tasks[${pythonString(edge.from)}] >> tasks[${pythonString(edge.to)}]`);
  }

  lines.push('', '', `${dagFunction}()`, '');
  return lines.join('\n');
}

function isRouter(workflow: Workflow, name: string): boolean {
  return workflow.nodes.some((node) => node.name === name && node.type === 'router');
}
