import { distance } from 'fastest-levenshtein';

/**
 * Returns the candidate closest to `input` by edit distance, or undefined when none is close enough to be a
 * plausible typo: at most 2 edits, and at most half the length of the input.
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;

  for (const candidate of candidates) {
    const candidateDistance = distance(input.toLowerCase(), candidate.toLowerCase());
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }

  const maxDistance = Math.min(2, Math.floor(input.length / 2));
  return bestDistance <= maxDistance ? best : undefined;
}

/** Formats the ", did you mean `x`?" tail of an error message, or an empty string without a suggestion. */
export function didYouMean(input: string, candidates: readonly string[], prefix = ''): string {
  const suggestion = suggestClosest(input, candidates);
  return suggestion === undefined ? '' : `, did you mean \`${prefix}${suggestion}\`?`;
}
