/**
 * The clock of the in-browser mock, in epoch milliseconds. It follows the wall clock until something sets
 * it; from then on it is stopped and moves only when advanced, so rate-limit windows and run progress
 * are exact. Tests set it through `window.__portalMockClock` or with a `?clock=` query.
 */
export interface PageClock {
  now(): number;
  /** Stops the clock at `epochMilliseconds`. */
  set(epochMilliseconds: number): void;
  /** Moves a stopped clock forward; stops a running one first at the current time. */
  advance(milliseconds: number): void;
  /** Lets the clock follow the wall clock again. */
  resume(): void;
  readonly frozen: boolean;
}

declare global {
  interface Window {
    /** The mock's clock on the API reference page, for tests and curious readers. */
    __portalMockClock?: PageClock;
  }
}

export function createPageClock(wallClock: () => number = Date.now): PageClock {
  let frozenAt: number | undefined;

  return {
    now: () => frozenAt ?? wallClock(),
    set(epochMilliseconds) {
      if (!Number.isFinite(epochMilliseconds)) {
        throw new TypeError(
          `clock time must be a finite number of milliseconds, got \`${epochMilliseconds}\``,
        );
      }
      frozenAt = epochMilliseconds;
    },
    advance(milliseconds) {
      if (!Number.isFinite(milliseconds) || milliseconds < 0) {
        throw new TypeError(
          `clock can only advance by a finite, non-negative amount, got \`${milliseconds}\``,
        );
      }
      frozenAt = (frozenAt ?? wallClock()) + milliseconds;
    },
    resume() {
      frozenAt = undefined;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}

/**
 * Reads `?clock=` from a query string: epoch milliseconds (`1767225600000`) or an ISO 8601 time
 * (`2026-01-01T00:00:00Z`). Returns undefined when the parameter is missing or not a time.
 */
export function clockStartFromQuery(search: string): number | undefined {
  const value = new URLSearchParams(search).get('clock');
  if (value === null || value === '') return undefined;

  const time = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}
