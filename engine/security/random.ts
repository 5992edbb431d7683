/** A source of random bytes; tests pass a deterministic one. */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) =>
  globalThis.crypto.getRandomValues(new Uint8Array(length));

/** Calls `random` and checks that it returned exactly `length` bytes, so a broken source cannot shorten a secret. */
export function takeRandomBytes(random: RandomBytes, length: number): Uint8Array<ArrayBuffer> {
  const bytes = random(length);
  if (bytes.length !== length) {
    throw new TypeError(`random source returned ${bytes.length} bytes, expected ${length}`);
  }
  return new Uint8Array(bytes);
}
