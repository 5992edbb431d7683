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
    'never run the workflow. The two day fields combine as in Vixie cron: when either day-of-month or ' +
    'day-of-week starts with `*`, a stepped `*/2` included, a day must match both; when both start ' +
    'otherwise, either one may match. So `0 0 30 2 1` runs every Monday in February and is accepted, ' +
    'while `0 0 30 2 */2` needs a 30 February that falls on an even weekday and is reported.',
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

    const weekdayRestricted = analysis.daysAnded && workflow.schedule.trim().split(/\s+/)[4] !== '*';
    return [
      {
        message: weekdayRestricted
          ? `schedule ${codeSpan(workflow.schedule)} never fires, no date matches its day-of-month, month and day-of-week fields together`
          : `schedule ${codeSpan(workflow.schedule)} never fires, no date matches its day-of-month and month fields`,
        hint: weekdayRestricted
          ? 'a day field that starts with `*` makes a date match both day fields, as in Vixie cron'
          : 'check the day of month against the length of the month',
        target: { path: ['workflow', 'schedule'], at: 'value' },
      },
    ];
  },
};
