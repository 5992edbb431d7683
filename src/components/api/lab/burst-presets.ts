import type { RateLimitStrategy } from '../../../../engine/security/index.ts';
import type { BurstPlan } from './burst-plan.ts';

/** A ready-made experiment: what to send, as whom, and what it shows. Its description must match its settings. */
export interface BurstPreset {
  id: string;
  label: string;
  description: string;
  identity: string;
  operationId: string;
  strategy: RateLimitStrategy;
  plan: BurstPlan;
}

/** 10:00:50 UTC on a Monday: ten seconds before a minute boundary, where windows aligned to the epoch end. */
const BEFORE_BOUNDARY = Date.parse('2026-01-05T10:00:50Z');

/** 10:00:00 UTC on the same day, the start of a minute window. */
const WINDOW_START = Date.parse('2026-01-05T10:00:00Z');

export const BURST_PRESETS: readonly BurstPreset[] = [
  {
    id: 'boundary-burst',
    label: 'Boundary burst',
    description:
      'Twenty triggers one second apart from 10:00:50, straddling the minute boundary at 10:01:00, under `fixed-window`: all twenty pass, ten in each window, although the limit is `10/minute`. Press Compare strategies to see `moving-window` let only ten through.',
    identity: 'operator',
    operationId: 'triggerWorkflow',
    strategy: 'fixed-window',
    plan: { count: 20, spacingMilliseconds: 1000, startAt: BEFORE_BOUNDARY, concurrency: 1 },
  },
  {
    id: 'eleven-in-a-minute',
    label: 'Eleven triggers in a minute',
    description:
      'The limit of `triggerWorkflow` is `10/minute`: the eleventh trigger gets 429 with `Retry-After`.',
    identity: 'operator',
    operationId: 'triggerWorkflow',
    strategy: 'moving-window',
    plan: { count: 11, spacingMilliseconds: 1000, startAt: WINDOW_START, concurrency: 1 },
  },
  {
    id: 'concurrent-reads',
    label: 'Concurrent reads',
    description:
      '120 reads of the run list, ten at a time, 250 ms apart: the `100/minute` read limit stops the last twenty.',
    identity: 'viewer',
    operationId: 'listRuns',
    strategy: 'moving-window',
    plan: { count: 120, spacingMilliseconds: 250, startAt: WINDOW_START, concurrency: 10 },
  },
];
