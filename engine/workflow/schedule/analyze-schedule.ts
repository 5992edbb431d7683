import { Cron } from 'croner';
import { codeSpan } from '../schema/describe-value.ts';
import { didYouMean, listOf } from '../suggest.ts';

/** Presets with their five-field equivalents; `@once` runs a single time after deployment and has none. */
const presetPatterns: Record<string, string | undefined> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@once': undefined,
};

export const schedulePresets = Object.keys(presetPatterns);

const fields = [
  { name: 'minute', range: '0-59' },
  { name: 'hour', range: '0-23' },
  { name: 'day-of-month', range: '1-31' },
  { name: 'month', range: '1-12 or `jan`-`dec`' },
  { name: 'day-of-week', range: '0-7 or `sun`-`sat`' },
] as const;

export type ScheduleAnalysis =
  | { valid: true; neverFires: boolean }
  | { valid: false; message: string; hint?: string };

/**
 * A fixed starting point for the search for the next run, so that the result does not depend on the
 * clock. Whether a pattern can ever fire does not depend on the year it is asked in: croner searches
 * far enough ahead to find a 29 February.
 */
const searchFrom = new Date(Date.UTC(2000, 0, 1));

function compile(pattern: string): Cron {
  // domAndDow false gives Vixie cron's rule: a restricted day-of-month and day-of-week are ORed.
  return new Cron(pattern, { paused: true, mode: '5-part', domAndDow: false, timezone: 'UTC' });
}

function compiles(pattern: string): boolean {
  try {
    compile(pattern);
    return true;
  } catch {
    return false;
  }
}

function analyzePreset(schedule: string): ScheduleAnalysis {
  if (schedule in presetPatterns) return { valid: true, neverFires: false };

  const hint = didYouMean(schedule, schedulePresets);
  return {
    valid: false,
    message: `unknown schedule preset ${codeSpan(schedule)}, expected ${listOf(schedulePresets)}`,
    ...(hint ? { hint } : {}),
  };
}

function invalidField(schedule: string, parts: string[]): ScheduleAnalysis {
  const index = parts.findIndex((part, position) => {
    const alone = parts.map((other, i) => (i === position ? other : '*'));
    return !compiles(alone.join(' ')) && part !== '*';
  });
  const field = fields[index];

  if (!field) return { valid: false, message: `invalid cron expression ${codeSpan(schedule)}` };

  return {
    valid: false,
    message: `invalid ${field.name} field ${codeSpan(parts[index] ?? '')} in schedule ${codeSpan(schedule)}, expected ${field.range}`,
  };
}

/** Checks a schedule: a preset, or five cron fields with Vixie semantics that can match some date. */
export function analyzeSchedule(schedule: string): ScheduleAnalysis {
  const trimmed = schedule.trim();
  if (trimmed.startsWith('@')) return analyzePreset(trimmed);

  const parts = trimmed.split(/\s+/).filter((part) => part !== '');
  if (parts.length !== 5) {
    return {
      valid: false,
      message: `invalid schedule ${codeSpan(schedule)}, expected 5 cron fields (minute hour day-of-month month day-of-week) but found ${parts.length}`,
      hint: 'use five fields such as `0 18 * * 1-5`, or a preset such as `@daily`',
    };
  }

  let cron: Cron;
  try {
    cron = compile(parts.join(' '));
  } catch {
    return invalidField(schedule, parts);
  }

  return { valid: true, neverFires: cron.nextRun(searchFrom) === null };
}
