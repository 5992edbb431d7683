/** Returns the byte offset of the first sequence that is not well-formed UTF-8, or -1 when there is none. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let offset = 0;

  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }

    const sequence = sequenceShape(lead);
    if (sequence === undefined) return offset;

    const [length, secondMin, secondMax] = sequence;
    const second = bytes[offset + 1];
    if (second === undefined || second < secondMin || second > secondMax) return offset;
    for (let index = 2; index < length; index += 1) {
      const continuation = bytes[offset + index];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return offset;
    }

    offset += length;
  }

  return -1;
}

// Length and the allowed range of the second byte for each lead byte, per the well-formed byte sequences
// table of the Unicode Standard (chapter 3): the narrowed ranges exclude overlong forms, surrogates and
// code points above U+10FFFF.
function sequenceShape(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}
