/** One limit: at most `limit` requests per `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
  /** Normalised text, for example `10/minute` or `100/5 minutes`. */
  text: string;
}

/**
 * Bounds that keep the sliding-window arithmetic (`limit × window in milliseconds`) exact in doubles,
 * below 2^53.
 */
export const MAX_LIMIT = 1_000_000;
export const MAX_WINDOW_SECONDS = 30 * 86_400;

/** The policy name used in the RateLimit headers: `10/minute` becomes `10-per-minute`. */
export function policyName(rateLimit: RateLimit): string {
  return rateLimit.text.replace('/', '-per-').replaceAll(' ', '-');
}
