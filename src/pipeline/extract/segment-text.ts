/**
 * Splits a long report into segments of bounded length, so that extraction cost grows linearly with
 * the input: every pass inside a segment may compare sentences, places or windows with each other, but
 * never across the whole document. A report shorter than the bound is one segment (news reports and
 * NGO briefs are; a 5 MB dump of many reports is not). Cuts fall at a paragraph break when one lies in
 * the second half of the window, else at a sentence end, else at whitespace, else at the bound.
 */

export interface TextSegment {
  start: number;
  end: number;
}

/** Longest segment, in characters: several long NGO reports, far above any single news report. */
export const SEGMENT_CHARS = 40_000;

/** The last match of `pattern` (global) within text[from, to), as the index just after it. */
function lastBreak(text: string, from: number, to: number, pattern: RegExp): number {
  const window = text.slice(from, to);
  let at = -1;
  for (const m of window.matchAll(pattern)) at = m.index + m[0].length;
  return at < 0 ? -1 : from + at;
}

/**
 * Segments covering the whole text in order, each at most `maxChars` long.
 * @example segmentText("a\n\nb", 40_000) // [{ start: 0, end: 4 }]
 */
export function segmentText(text: string, maxChars = SEGMENT_CHARS): TextSegment[] {
  const segments: TextSegment[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const limit = start + maxChars;
    const half = start + Math.floor(maxChars / 2);
    const cut =
      [/\n\s*\n/g, /[.!?]["'”’)]?\s+/g, /\s+/g]
        .map((pattern) => lastBreak(text, half, limit, pattern))
        .find((at) => at > start) ?? limit;
    segments.push({ start, end: cut });
    start = cut;
  }
  segments.push({ start, end: text.length });
  return segments;
}
