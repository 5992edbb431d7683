/**
 * Mulberry32, a small and widely used 32-bit pseudo-random generator. Its one word of state advances by an
 * odd constant, so the period is 2^32. It is fine for jittering simulated durations and not cryptographic.
 */
export type RandomSource = () => number;

/** Creates a generator whose calls return floats in [0, 1); only the low 32 bits of `seed` are used. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hashes a string to 32 bits with FNV-1a over its UTF-16 code units. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Derives an independent stream for one named subject (a node) from the run's seed, so that the numbers
 * a node draws do not depend on the order in which the scheduler happens to visit nodes.
 */
export function streamFor(seed: number, subject: string): RandomSource {
  return mulberry32(Math.imul(seed >>> 0, 0x9e3779b1) ^ fnv1a32(subject));
}
