/**
 * Compares two byte arrays without exiting early at the first difference, so the time taken does not
 * reveal how long a matching prefix is. Callers compare fixed-length digests, never raw secrets.
 *
 * NOTE: JavaScript engines give no timing guarantee; this removes the data-dependent early exit that a
 * plain loop or `===` has, which is what a remote attacker could measure.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;

  for (let index = 0; index < length; index++) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }

  return difference === 0;
}
