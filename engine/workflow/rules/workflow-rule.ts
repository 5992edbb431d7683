import type { Severity } from '../diagnostic.ts';
import type { Finding } from '../finding.ts';
import type { Workflow } from '../model.ts';

/** What a graph or schedule rule sees: the workflow whose shape the schema has already checked. */
export interface RuleContext {
  workflow: Workflow;
}

/** One check of a parsed workflow, with the documentation of the code it reports. */
export interface WorkflowRule {
  code: string;
  name: string;
  severity: Severity;
  summary: string;
  description: string;
  example: string;
  check(context: RuleContext): Omit<Finding, 'code'>[];
}
