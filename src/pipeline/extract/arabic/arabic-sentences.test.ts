import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, splitArabicSentences } from "./arabic-sentences.js";

const texts = (text: string) => splitArabicSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitArabicSentences", () => {
  it("ends a sentence at a full stop, ؟, ! or a line break, not at the Arabic comma", () => {
    expect(texts("قصف على إدلب، وقتل مدني. هل انتهى؟ نعم!\nسطر آخر")).toEqual([
      "قصف على إدلب، وقتل مدني.",
      "هل انتهى؟",
      "نعم!",
      "سطر آخر",
    ]);
  });

  it("keeps a decimal point inside its sentence and splits a full stop with no space after it", () => {
    expect(texts("على بعد 2.5 كم من البلدة.وقال المصدر")).toEqual([
      "على بعد 2.5 كم من البلدة.",
      "وقال المصدر",
    ]);
  });

  it("counts paragraphs by blank lines", () => {
    expect(splitArabicSentences("أ. ب\n\nج").map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("reads a run longer than any sentence in pieces cut at a comma", () => {
    const run = "قصف على القرية، ".repeat(400);
    const pieces = splitArabicSentences(run);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.end - p.start <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(run.slice(pieces[0]!.start, pieces[0]!.end).endsWith("،")).toBe(true);
  });
});
