/**
 * Sentences of an Arabic text: a full stop, question mark (؟ or ?), exclamation mark or line break
 * ends one; the Arabic comma (،) and the semicolon do not (Arabic news joins clauses with them, and
 * "و" opens the next one). A full stop between digits is a decimal point ("2.5 كم"). One pass, linear
 * in the text's length.
 */

/** A sentence: [start, end) in the text, and the paragraph (blank-line separated block) it is in. */
export interface ArabicSentence {
  start: number;
  end: number;
  paragraph: number;
}

const ENDS = /[.!?؟\n]/g;

/**
 * No news sentence is this long; a longer run without a full stop (a page whose punctuation was lost,
 * a list) is read in pieces cut at a comma or, failing one, a space, so that each finder reads a
 * bounded text and a report's cost stays linear in its length whatever its punctuation.
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * The sentences of a text, without surrounding whitespace; empty ones left out.
 * @example splitArabicSentences("قصف على إدلب. قتل مدني").length // 2
 */
export function splitArabicSentences(text: string): ArabicSentence[] {
  const out: ArabicSentence[] = [];
  let paragraph = 0;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (end - start > MAX_SENTENCE_CHARS) {
      const window = text.slice(start, start + MAX_SENTENCE_CHARS);
      const comma = Math.max(window.lastIndexOf("،"), window.lastIndexOf(","), window.lastIndexOf("؛"));
      const cut =
        comma > 0 ? comma + 1 : window.lastIndexOf(" ") > 0 ? window.lastIndexOf(" ") : MAX_SENTENCE_CHARS;
      out.push({ start, end: start + cut, paragraph });
      start += cut;
      while (start < end && /\s/.test(text[start]!)) start++;
    }
    if (end > start) out.push({ start, end, paragraph });
  };
  for (const m of text.matchAll(ENDS)) {
    const at = m.index;
    if (m[0] === "." && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
    push(from, m[0] === "\n" ? at : at + 1);
    from = at + 1;
    // A blank line (only whitespace up to the next line break) closes the paragraph.
    if (m[0] === "\n" && /^[^\S\n]*\n/.test(text.slice(at + 1, at + 200))) paragraph++;
  }
  push(from, text.length);
  return out;
}
