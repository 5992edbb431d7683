import { analyzeSchedule } from '../schedule/analyze-schedule.ts';
import { codeSpan } from '../schema/describe-value.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const scheduleNeverFires: WorkflowRule = {
  code: 'WF402',
  name: 'schedule-never-fires',
  severity: 'error',
  summary: 'the cron expression is valid but matches no date',
  description:
    'A schedule such as `0 0 30 2 *` (30 February) or `0 0 31 4 *` (31 April) is well formed but would ' +
    'never run the workflow. When both day of month and day of week are restricted, either one may ' +
    'match, as in Vixie cron, so `0 0 30 2 1` runs every Monday in February and is accepted.',
  example: `workflow:
  id: leap
  type: airflow
  schedule: "0 0 30 2 *"
  nodes:
    - name: extract
      type: data_fetcher
      config: { source: database }
`,
  check({ workflow }) {
    if (workflow.schedule === undefined) return [];

    const analysis = analyzeSchedule(workflow.schedule);
    if (!analysis.valid || !analysis.neverFires) return [];

    return [
      {
        message: `schedule ${codeSpan(workflow.schedule)} never fires, no date matches its day-of-month and month fields`,
        hint: 'check the day of month against the length of the month',
        target: { path: ['workflow', 'schedule'], at: 'value' },
      },
    ];
  },
};
