/**
 * Highlighting without HTML: text is cut into segments, each plain or marked, which components render
 * as text nodes and <mark> elements. Report text is hostile; it never passes through innerHTML.
 */
export interface Segment {
  text: string;
  /** Index into the ranges that marked it, or null for plain text. */
  mark: number | null;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Cuts `text` at the ranges (clipped, overlaps resolved in favour of the earlier range).
 *
 * @example segmentText("shelling hit Ariha", [{ start: 13, end: 18 }]) // [{text:"shelling hit ",mark:null},{text:"Ariha",mark:0}]
 */
export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  const ordered = ranges
    .map((range, index) => ({
      start: Math.max(0, range.start),
      end: Math.min(text.length, range.end),
      index,
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ordered) {
    if (range.end <= at) continue;
    const start = Math.max(range.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), mark: null });
    segments.push({ text: text.slice(start, range.end), mark: range.index });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

/**
 * Where a span really is: its offsets when the text there matches, else the nearest occurrence of its
 * text (offsets from an older clean text), else null.
 */
export function locateSpan(text: string, span: { start: number; end: number; text: string }): Range | null {
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  if (!span.text) return null;
  let best: number | null = null;
  for (let at = text.indexOf(span.text); at >= 0; at = text.indexOf(span.text, at + 1))
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  return best === null ? null : { start: best, end: best + span.text.length };
}

/** Ranges of every case-insensitive occurrence of the query's words (2+ characters) in `text`. */
export function termRanges(text: string, query: string): Range[] {
  const lower = text.toLocaleLowerCase();
  const ranges: Range[] = [];
  for (const term of query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((t) => t.length >= 2)) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length))
      ranges.push({ start: at, end: at + term.length });
  }
  return ranges;
}

/** Search snippets come back with **term** markers; these become ranges over the unmarked text. */
export function parseSnippet(snippet: string): { text: string; ranges: Range[] } {
  const parts = snippet.split("**");
  let text = "";
  const ranges: Range[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) ranges.push({ start: text.length, end: text.length + part.length });
    text += part;
  });
  return { text, ranges };
}
