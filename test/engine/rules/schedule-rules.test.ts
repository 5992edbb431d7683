import { describe, expect, test } from 'vitest';
import { invalidSchedule } from '../../../engine/workflow/rules/invalid-schedule.ts';
import { scheduleNeverFires } from '../../../engine/workflow/rules/schedule-never-fires.ts';
import { checkRule } from './check-rule.ts';

const messagesOf = (schedule?: string) => ({
  invalid: checkRule(invalidSchedule, [['a']], schedule).map((f) => f.message),
  never: checkRule(scheduleNeverFires, [['a']], schedule).map((f) => f.message),
});

describe('schedule rules', () => {
  test.each([
    '0 18 * * 1-5',
    '*/15 9-17 * * mon-fri',
    '0 0 29 2 *',
    '0 0 1,15 * *',
    '0 0 * * 7',
    '@hourly',
    '@daily',
    '@weekly',
    '@monthly',
    '@yearly',
    '@annually',
    '@once',
  ])('%s is accepted', (schedule) => {
    expect(messagesOf(schedule)).toEqual({ invalid: [], never: [] });
  });

  test('no schedule passes', () => {
    expect(messagesOf(undefined)).toEqual({ invalid: [], never: [] });
  });

  test.each([
    ['61 * * * *', 'invalid minute field `61` in schedule `61 * * * *`, expected 0-59'],
    ['0 24 * * *', 'invalid hour field `24` in schedule `0 24 * * *`, expected 0-23'],
    ['0 0 0 * *', 'invalid day-of-month field `0` in schedule `0 0 0 * *`, expected 1-31'],
    ['0 0 32 * *', 'invalid day-of-month field `32` in schedule `0 0 32 * *`, expected 1-31'],
    ['0 0 1 13 *', 'invalid month field `13` in schedule `0 0 1 13 *`, expected 1-12 or `jan`-`dec`'],
    ['0 0 * * 8', 'invalid day-of-week field `8` in schedule `0 0 * * 8`, expected 0-7 or `sun`-`sat`'],
    [
      '* * *',
      'invalid schedule `* * *`, expected 5 cron fields (minute hour day-of-month month day-of-week) but found 3',
    ],
    [
      '0 0 0 1 1 *',
      'invalid schedule `0 0 0 1 1 *`, expected 5 cron fields (minute hour day-of-month month day-of-week) but found 6',
    ],
  ])('%s is invalid', (schedule, message) => {
    expect(messagesOf(schedule)).toEqual({ invalid: [message], never: [] });
  });

  test('misspelt preset gets a suggestion', () => {
    expect(checkRule(invalidSchedule, [['a']], '@dayly')).toEqual([
      {
        message:
          'unknown schedule preset `@dayly`, expected `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@annually` or `@once`',
        hint: 'did you mean `@daily`?',
        path: 'workflow.schedule',
      },
    ]);
  });

  test.each(['0 0 30 2 *', '0 0 31 4 *', '0 0 31 2,4,6,9,11 *'])('%s never fires', (schedule) => {
    expect(messagesOf(schedule).never).toEqual([
      `schedule \`${schedule}\` never fires, no date matches its day-of-month and month fields`,
    ]);
  });

  test('day-of-month and day-of-week are ORed as in Vixie cron', () => {
    // 30 February never exists, but with a weekday also restricted every Monday in February matches.
    expect(messagesOf('0 0 30 2 1')).toEqual({ invalid: [], never: [] });
  });
});

describe('schedule rules follow Vixie cron strictly', () => {
  const extensionHint =
    'write only numbers, names, ranges such as `1-5`, lists such as `1,15` and steps such as `*/2`';

  test.each([
    ['0 0 L * *', 'day-of-month', 'L', '`L` (last day)', extensionHint],
    ['0 0 15W * *', 'day-of-month', '15W', '`W` (nearest weekday)', extensionHint],
    ['0 0 * * 1#2', 'day-of-week', '1#2', '`#` (nth weekday of the month)', extensionHint],
    ['0 0 * * 5L', 'day-of-week', '5L', '`L` (last day)', extensionHint],
    ['0 0 31 4 ?', 'day-of-week', '?', '`?` (no specific value)', 'write `*` in place of `?`'],
  ])('croner extension in %s is invalid', (schedule, field, text, extension, hint) => {
    expect(checkRule(invalidSchedule, [['a']], schedule)).toEqual([
      {
        message: `invalid ${field} field \`${text}\` in schedule \`${schedule}\`, ${extension} is an extension of other cron implementations, not Vixie cron syntax`,
        hint,
        path: 'workflow.schedule',
      },
    ]);
    expect(messagesOf(schedule).never).toEqual([]);
  });

  test.each([
    ['5/15 * * * *', 'minute', '5/15', 'a step needs `*` or a range before it', 'write `5-59/15`'],
    ['*/0 * * * *', 'minute', '*/0', 'a step must be a positive whole number', undefined],
    ['0-59/61 * * * *', 'minute', '0-59/61', 'a step must be at most 59', undefined],
    ['0 0 5-1 * *', 'day-of-month', '5-1', 'the range `5-1` runs backwards', undefined],
  ])('%s breaks Vixie syntax', (schedule, field, text, reason, hint) => {
    expect(checkRule(invalidSchedule, [['a']], schedule)).toEqual([
      {
        message: `invalid ${field} field \`${text}\` in schedule \`${schedule}\`, ${reason}`,
        hint,
        path: 'workflow.schedule',
      },
    ]);
  });

  test.each(['0 0 * jul mon-wed', '0 0 * * MON-fri', '*/59 * * * *', '0 0 1-31/31 * *'])(
    'names holding L or W and large steps pass: %s',
    (schedule) => {
      expect(messagesOf(schedule)).toEqual({ invalid: [], never: [] });
    },
  );

  test('stepped star day-of-week ANDs the day fields', () => {
    expect(checkRule(scheduleNeverFires, [['a']], '0 0 30 2 */2')).toEqual([
      {
        message:
          'schedule `0 0 30 2 */2` never fires, no date matches its day-of-month, month and day-of-week fields together',
        hint: 'a day field that starts with `*` makes a date match both day fields, as in Vixie cron',
        path: 'workflow.schedule',
      },
    ]);
  });

  test('stepped star day-of-month ANDs with a weekday', () => {
    // Odd days of the month that are Mondays exist, so the schedule fires.
    expect(messagesOf('0 0 */2 * 1')).toEqual({ invalid: [], never: [] });
  });
});
