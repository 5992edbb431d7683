import type { PlatformApi } from '../../../../engine/api/index.ts';
import type { PageClock } from '../../../api-mock/page-clock.ts';
import { type BurstPlan, burstSendTimes } from './burst-plan.ts';

/** One response of a burst, with what the chart and the table show. */
export interface BurstOutcome {
  /** 1-based position in the burst. */
  number: number;
  /** Virtual time at which the request was sent, in epoch milliseconds. */
  sentAt: number;
  status: number;
  headers: [string, string][];
  body: string;
  /** `X-RateLimit-Limit`, when the response has it. */
  limit: number | undefined;
  /** `X-RateLimit-Remaining`, when the response has it. */
  remaining: number | undefined;
  /** `Retry-After` in seconds, on a 429. */
  retryAfterSeconds: number | undefined;
  /** The window length from `RateLimit-Policy` (`w=`), in seconds. */
  windowSeconds: number | undefined;
}

/** The address the mock counts the lab's anonymous requests against. */
const LAB_CLIENT_ADDRESS = 'lab';

/**
 * Sends a burst to `api` on `clock`: the clock is set to each wave's send time, the wave's requests are
 * handled concurrently, and the next wave waits for every response of the one before.
 */
export async function runBurst(
  api: PlatformApi,
  clock: PageClock,
  plan: BurstPlan,
  createRequest: () => Request,
): Promise<BurstOutcome[]> {
  const times = burstSendTimes(plan);
  const outcomes: BurstOutcome[] = [];

  for (let waveStart = 0; waveStart < times.length; waveStart += plan.concurrency) {
    const sentAt = times[waveStart] as number;
    clock.set(sentAt);
    const wave = times.slice(waveStart, waveStart + plan.concurrency);
    const responses = await Promise.all(
      wave.map(() => api.handle(createRequest(), { clientAddress: LAB_CLIENT_ADDRESS })),
    );

    for (const [offset, response] of responses.entries()) {
      outcomes.push(await describeResponse(waveStart + offset + 1, sentAt, response));
    }
  }
  return outcomes;
}

async function describeResponse(number: number, sentAt: number, response: Response): Promise<BurstOutcome> {
  const headers = [...response.headers.entries()];
  const header = (name: string): number | undefined => {
    const value = response.headers.get(name);
    return value === null || value === '' ? undefined : Number(value);
  };
  const policy = response.headers.get('RateLimit-Policy');
  const windowMatch = policy === null ? null : /;w=(\d+)/.exec(policy);

  return {
    number,
    sentAt,
    status: response.status,
    headers,
    body: await response.text(),
    limit: header('X-RateLimit-Limit'),
    remaining: header('X-RateLimit-Remaining'),
    retryAfterSeconds: header('Retry-After'),
    windowSeconds: windowMatch === null ? undefined : Number(windowMatch[1]),
  };
}

/** Counts of a burst: `rejected` are the 429 responses, `allowed` every other one. */
export function countOutcomes(outcomes: readonly BurstOutcome[]): { allowed: number; rejected: number } {
  const rejected = outcomes.filter((outcome) => outcome.status === 429).length;
  return { allowed: outcomes.length - rejected, rejected };
}
