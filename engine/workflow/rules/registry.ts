import { dependencyCycle } from './dependency-cycle.ts';
import { duplicateDependency } from './duplicate-dependency.ts';
import { duplicateNodeName } from './duplicate-node-name.ts';
import { invalidSchedule } from './invalid-schedule.ts';
import { scheduleNeverFires } from './schedule-never-fires.ts';
import { selfDependency } from './self-dependency.ts';
import { unknownDependency } from './unknown-dependency.ts';
import { unknownRouteTarget } from './unknown-route-target.ts';
import type { WorkflowRule } from './workflow-rule.ts';

/** Graph and schedule rules, run on every workflow whose shape passed the schema. */
export const workflowRules: readonly WorkflowRule[] = [
  duplicateNodeName,
  unknownDependency,
  selfDependency,
  dependencyCycle,
  duplicateDependency,
  unknownRouteTarget,
  invalidSchedule,
  scheduleNeverFires,
];
