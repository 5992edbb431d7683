const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Code points a terminal draws two cells wide: East Asian Wide and Fullwidth blocks (Hangul, CJK, kana,
// fullwidth forms). The ranges are the common blocks, not the full Unicode EastAsianWidth table.
const wideCodePoint =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const emojiPresentation = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f/u;
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;

/** One grapheme cluster of a line and the UTF-16 offset where it starts. */
export interface Grapheme {
  text: string;
  index: number;
}

export function splitGraphemes(text: string): Grapheme[] {
  return Array.from(graphemeSegmenter.segment(text), (segment) => ({
    text: segment.segment,
    index: segment.index,
  }));
}

/** Returns how many terminal cells a grapheme cluster takes: 0, 1 or 2. Tabs are expanded before this. */
export function graphemeWidth(grapheme: string): number {
  if (zeroWidth.test(grapheme)) return 0;
  if (emojiPresentation.test(grapheme)) return 2;

  const first = grapheme.codePointAt(0) ?? 0;
  return wideCodePoint.test(String.fromCodePoint(first)) ? 2 : 1;
}
