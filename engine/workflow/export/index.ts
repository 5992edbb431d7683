import type { Workflow } from '../model.ts';
import { exportAirflow } from './airflow.ts';
import type { ExportOptions, ExportTarget } from './export-options.ts';
import { exportLangGraph } from './langgraph.ts';

export type { ExportOptions, ExportTarget } from './export-options.ts';
export { exportTargets, runtimeImport } from './export-options.ts';
export { pythonLiteral, pythonString, uniqueIdentifier } from './python-literal.ts';
export { exportAirflow, exportLangGraph };

/** Generates the Python module for `target` from a workflow that validated without errors. */
export function exportWorkflow(
  workflow: Workflow,
  target: ExportTarget,
  options: ExportOptions = {},
): string {
  return target === 'airflow' ? exportAirflow(workflow, options) : exportLangGraph(workflow);
}
