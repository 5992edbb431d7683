/** A burst of requests on the lab's virtual clock. */
export interface BurstPlan {
  /** Number of requests, at least 1. */
  count: number;
  /** Virtual milliseconds between one request and the next; 0 sends them all at one instant. */
  spacingMilliseconds: number;
  /** Virtual time of the first request, in epoch milliseconds. */
  startAt: number;
  /** Requests in flight at once, at least 1. */
  concurrency: number;
}

/** Most requests one burst may send, so that a typo cannot freeze the page. */
export const MAX_BURST_COUNT = 500;

/**
 * Returns the virtual time at which each request is sent. Requests go out in waves of `concurrency`. A wave
 * is sent at the scheduled time of its first request, and every request in it arrives at that same instant
 * because they are in flight together. With a concurrency of 1 each request keeps its own time.
 */
export function burstSendTimes(plan: BurstPlan): number[] {
  const times: number[] = [];
  for (let index = 0; index < plan.count; index++) {
    const waveStart = index - (index % plan.concurrency);
    times.push(plan.startAt + waveStart * plan.spacingMilliseconds);
  }
  return times;
}

/** Returns a message for the first invalid field of a plan, or undefined when the plan is valid. */
export function burstPlanProblem(plan: BurstPlan): string | undefined {
  if (!Number.isInteger(plan.count) || plan.count < 1 || plan.count > MAX_BURST_COUNT) {
    return `request count must be a whole number from 1 to ${MAX_BURST_COUNT}, got \`${plan.count}\``;
  }
  if (!Number.isFinite(plan.spacingMilliseconds) || plan.spacingMilliseconds < 0) {
    return `spacing must be 0 or more milliseconds, got \`${plan.spacingMilliseconds}\``;
  }
  if (!Number.isFinite(plan.startAt)) {
    return 'start time is not a valid date and time';
  }
  if (!Number.isInteger(plan.concurrency) || plan.concurrency < 1) {
    return `concurrency must be a whole number of at least 1, got \`${plan.concurrency}\``;
  }
  return undefined;
}
