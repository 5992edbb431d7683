import { distance } from 'fastest-levenshtein';

/**
 * Returns a `did you mean` hint naming the closest candidate, or undefined when none is close enough.
 * Close enough means an edit distance of at most a third of the longer word, but at least 2 so that a
 * swapped pair of letters counts, and less than the length of the word found: `modle` finds `model`
 * but `xyz` finds nothing.
 */
export function didYouMean(found: string, candidates: readonly string[]): string | undefined {
  const lowered = found.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;

  // Among equally close candidates the alphabetically first wins, so the hint does not depend on order.
  for (const candidate of candidates) {
    const current = distance(lowered, candidate.toLowerCase());
    if (current < bestDistance || (current === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = current;
    }
  }

  if (best === undefined || best === found) return undefined;

  const allowed = Math.max(2, Math.floor(Math.max(found.length, best.length) / 3));
  const isClose = bestDistance <= allowed && bestDistance < found.length;
  return isClose ? `did you mean \`${best}\`?` : undefined;
}

/**
 * Returns `didYouMean` for a fixed list of candidates, computed once per distinct name. A rule that checks
 * every reference of a large workflow would otherwise compare each repeat of one wrong name with every
 * node name again.
 */
export function createSuggester(candidates: readonly string[]): (found: string) => string | undefined {
  const hints = new Map<string, string | undefined>();

  return (found) => {
    if (!hints.has(found)) hints.set(found, didYouMean(found, candidates));
    return hints.get(found);
  };
}

/** Formats names as a list of code spans: `a`, `b` or `c`. */
export function listOf(names: readonly string[], conjunction = 'or'): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length <= 1) return quoted.join('');

  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
