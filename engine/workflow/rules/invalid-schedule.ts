import { analyzeSchedule } from '../schedule/analyze-schedule.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const invalidSchedule: WorkflowRule = {
  code: 'WF401',
  name: 'invalid-schedule',
  severity: 'error',
  summary: 'the schedule is not a five-field cron expression or a known preset',
  description:
    '`schedule` takes five cron fields (minute, hour, day of month, month, day of week) with the usual ' +
    'Vixie cron syntax (lists, ranges, steps, month and weekday names) or one of the presets `@hourly`, ' +
    '`@daily`, `@weekly`, `@monthly`, `@yearly`, `@annually` and `@once`. Six-field expressions with ' +
    'seconds are not accepted. A workflow without `schedule` runs only when triggered.',
  example: `workflow:
  id: nightly
  type: airflow
  schedule: "0 25 * * *"
  nodes:
    - name: extract
      type: data_fetcher
      config: { source: database }
`,
  check({ workflow }) {
    if (workflow.schedule === undefined) return [];

    const analysis = analyzeSchedule(workflow.schedule);
    if (analysis.valid) return [];

    return [
      {
        message: analysis.message,
        ...(analysis.hint ? { hint: analysis.hint } : {}),
        target: { path: ['workflow', 'schedule'], at: 'value' },
      },
    ];
  },
};
