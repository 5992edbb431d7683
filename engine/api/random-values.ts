import type { RandomBytes } from '../security/index.ts';

const RUN_ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RUN_ID_LENGTH = 12;

/** Draws a run id such as `run_k3v9x0a2m4q7`: 12 base-36 characters, about 62 bits, drawn from `random`. */
export function drawRunId(random: () => number): string {
  let id = 'run_';
  for (let index = 0; index < RUN_ID_LENGTH; index++) {
    id += RUN_ID_ALPHABET[Math.floor(random() * RUN_ID_ALPHABET.length)];
  }
  return id;
}

/** Draws a simulation seed: an unsigned 32-bit integer. */
export function drawSeed(random: () => number): number {
  return Math.floor(random() * 2 ** 32);
}

/**
 * Adapts the float source to the byte source that `issueToken` takes for its `jti`. The `jti` only has to
 * be unique per token, so a seeded source is enough and keeps tokens reproducible in tests.
 */
export function bytesFrom(random: () => number): RandomBytes {
  return (length) => Uint8Array.from({ length }, () => Math.floor(random() * 256));
}
