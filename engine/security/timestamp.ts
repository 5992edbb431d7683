const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/**
 * Parses a UTC timestamp written as `2026-12-31` (midnight UTC) or `2026-12-31T18:00:00Z` into epoch
 * milliseconds. Offsets other than `Z` are rejected so that a registry line means the same instant everywhere.
 */
export function parseUtcTimestamp(text: string): number | undefined {
  if (!TIMESTAMP_PATTERN.test(text)) {
    return undefined;
  }

  const milliseconds = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(milliseconds)) {
    return undefined;
  }

  // Date.parse rolls impossible dates over (`2026-02-30` becomes 2 March), so round-trip to reject them.
  if (new Date(milliseconds).toISOString().slice(0, 10) !== text.slice(0, 10)) {
    return undefined;
  }
  return milliseconds;
}

/** Formats epoch milliseconds as `2026-12-31T18:00:00Z`, or with milliseconds when they are not zero. */
export function formatUtcTimestamp(milliseconds: number): string {
  const iso = new Date(milliseconds).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
