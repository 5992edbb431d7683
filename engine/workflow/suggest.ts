import { distance } from 'fastest-levenshtein';

/**
 * Returns a `did you mean` hint naming the closest candidate, or undefined when none is close enough.
 * Close enough means an edit distance of at most a third of the longer word, but at least 2 so that a
 * swapped pair of letters counts, and less than the length of the word found: `modle` finds `model`
 * but `xyz` finds nothing.
 */
export function didYouMean(found: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;

  for (const candidate of [...candidates].sort()) {
    const current = distance(found.toLowerCase(), candidate.toLowerCase());
    if (current < bestDistance) {
      best = candidate;
      bestDistance = current;
    }
  }

  if (best === undefined || best === found) return undefined;

  const allowed = Math.max(2, Math.floor(Math.max(found.length, best.length) / 3));
  const isClose = bestDistance <= allowed && bestDistance < found.length;
  return isClose ? `did you mean \`${best}\`?` : undefined;
}

/** Formats names as a list of code spans: `a`, `b` or `c`. */
export function listOf(names: readonly string[], conjunction = 'or'): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length <= 1) return quoted.join('');

  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
