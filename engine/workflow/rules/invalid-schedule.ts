import { analyzeSchedule } from '../schedule/analyze-schedule.ts';
import type { WorkflowRule } from './workflow-rule.ts';

export const invalidSchedule: WorkflowRule = {
  code: 'WF401',
  name: 'invalid-schedule',
  severity: 'error',
  summary: 'the schedule is not a five-field cron expression or a known preset',
  description:
    '`schedule` takes five cron fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or ' +
    '`jan`-`dec`, day of week 0-7 or `sun`-`sat`, where 0 and 7 are Sunday) in Vixie cron syntax, or one ' +
    'of the presets `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@annually` and `@once`. A ' +
    'field is a list of items separated by commas; an item is `*`, a value or a range `low-high`, and `*` ' +
    'or a range may take a step `/n` (`*/15`, `1-30/2`). A step after a single value (`5/15`), a range ' +
    'that runs backwards and the extensions of other cron implementations, `L`, `W`, `#` and `?`, are ' +
    'rejected. Six-field expressions with seconds are not accepted. A workflow without `schedule` runs ' +
    'only when triggered.',
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
