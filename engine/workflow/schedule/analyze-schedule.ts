import { Cron } from 'croner';
import { codeSpan } from '../schema/describe-value.ts';
import { didYouMean, listOf } from '../suggest.ts';
import { cronFieldProblem, cronFields } from './cron-syntax.ts';

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

export type ScheduleAnalysis =
  | {
      valid: true;
      neverFires: boolean;
      /**
       * True when a day field starts with `*`, so that a day must match both day fields, as Vixie cron
       * decides. False when both are restricted and either one may match.
       */
      daysAnded: boolean;
    }
  | { valid: false; message: string; hint?: string };

/**
 * A fixed starting point for the search for the next run, so that the result does not depend on the
 * clock. Whether a pattern can ever fire does not depend on the year it is asked in: croner searches
 * far enough ahead to find a 29 February.
 */
const searchFrom = new Date(Date.UTC(2000, 0, 1));

/**
 * Vixie cron ANDs the two day fields when either one starts with `*`, a stepped `*` included, and ORs them
 * when both start otherwise. So `0 0 30 2 *` with a step of 2 in day-of-week needs a 30 February that
 * is also an even weekday, and never fires.
 */
function daysAnded(parts: readonly string[]): boolean {
  return parts[2]?.startsWith('*') === true || parts[4]?.startsWith('*') === true;
}

/** Compiles five fields that passed the Vixie syntax check; croner's `domAndDow` applies Vixie's choice. */
function compile(parts: readonly string[]): Cron {
  return new Cron(parts.join(' '), {
    paused: true,
    mode: '5-part',
    domAndDow: daysAnded(parts),
    timezone: 'UTC',
  });
}

function analyzePreset(schedule: string): ScheduleAnalysis {
  if (Object.hasOwn(presetPatterns, schedule)) return { valid: true, neverFires: false, daysAnded: false };

  const hint = didYouMean(schedule, schedulePresets);
  return {
    valid: false,
    message: `unknown schedule preset ${codeSpan(schedule)}, expected ${listOf(schedulePresets)}`,
    ...(hint ? { hint } : {}),
  };
}

function invalidField(schedule: string, parts: readonly string[]): ScheduleAnalysis | undefined {
  for (const [index, field] of cronFields.entries()) {
    const text = parts[index] ?? '';
    const problem = cronFieldProblem(text, field);
    if (!problem) continue;

    return {
      valid: false,
      message: `invalid ${field.name} field ${codeSpan(text)} in schedule ${codeSpan(schedule)}, ${problem.reason ?? `expected ${field.range}`}`,
      ...(problem.hint ? { hint: problem.hint } : {}),
    };
  }
  return undefined;
}

/** Checks a schedule: a preset, or five cron fields in Vixie cron syntax that can match some date. */
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

  const invalid = invalidField(schedule, parts);
  if (invalid) return invalid;

  let cron: Cron;
  try {
    cron = compile(parts);
  } catch {
    // The syntax check above is meant to reject everything croner rejects; this is the fallback.
    return { valid: false, message: `invalid cron expression ${codeSpan(schedule)}` };
  }

  return { valid: true, neverFires: cron.nextRun(searchFrom) === null, daysAnded: daysAnded(parts) };
}
