/**
 * The sentences of a report that carry an incident's own claim evidence. Indicators are looked for only
 * there, so a phrase about another incident in a long report never qualifies this one.
 */

export interface TextWindow {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?؟]["'”’)\]]?\s+|\n+/g;

/** Sentence start offsets of `text` (0 first). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(BOUNDARY)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

/**
 * The sentence windows covering each span, merged when they overlap or touch.
 *
 * @example sentenceWindows("A b. C d. E f.", [{ start: 5, end: 6 }]) // [{ start: 5, end: 10 }]
 */
export function sentenceWindows(
  text: string,
  spans: readonly { start: number; end: number }[],
): TextWindow[] {
  const starts = sentenceStarts(text);
  const windows: TextWindow[] = [];
  for (const span of spans) {
    if (span.end > text.length || span.start < 0) continue;
    let first = 0;
    for (let i = 0; i < starts.length && starts[i]! <= span.start; i++) first = i;
    let last = first;
    while (last + 1 < starts.length && starts[last + 1]! < span.end) last++;
    const end = last + 1 < starts.length ? starts[last + 1]! : text.length;
    windows.push({ start: starts[first]!, end });
  }
  windows.sort((a, b) => a.start - b.start);
  const merged: TextWindow[] = [];
  for (const w of windows) {
    const prev = merged[merged.length - 1];
    if (prev && w.start <= prev.end) prev.end = Math.max(prev.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}
