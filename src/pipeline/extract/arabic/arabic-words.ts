/**
 * Words of a folded Arabic sentence, and their bare forms. Arabic writes its proclitics onto the word
 * (و "and", ف "so", ب "by/with", ل "to/for", ك "like", ال "the", لل "for the", س "will"), so one
 * lexicon entry ("قصف") is met as "والقصف", "بقصف", "للقصف"; the finders read words through
 * {@link bareForms} instead of listing every prefixed spelling.
 */
import { foldArabic, originalSpan, type FoldedText } from "./arabic-text.js";
import type { SentenceSpan } from "./arabic-facts.js";

/** One word (letters or digits) or one punctuation mark of the folded sentence. */
export interface Word {
  /** Folded form. */
  text: string;
  /** Folded offsets [start, end). */
  start: number;
  end: number;
  /** Punctuation (a clause boundary when it is one of {@link CLAUSE_MARKS}). */
  mark: boolean;
}

/** A folded sentence split into words. */
export interface WordedSentence {
  folded: FoldedText;
  words: Word[];
}

/** Punctuation that ends a clause: a count, a negation or a means word does not reach across it. */
export const CLAUSE_MARKS = new Set([".", "،", ",", "؛", ";", ":", "!", "?", "؟"]);
/** Punctuation that ends more than a clause: a means word may reach across a comma, not across these. */
export const SENTENCE_MARKS = new Set([".", "؛", ";", ":", "!", "?", "؟"]);

/**
 * Running counts over a sentence's words, built once per sentence so that a distance or a clause test
 * between two words costs the same however far apart they are: `count[k]` is how many of words 0…k-1
 * pass the test.
 */
const runningCounts = new WeakMap<WordedSentence, Map<unknown, Int32Array>>();

function countsOf(sentence: WordedSentence, key: unknown, test: (w: Word) => boolean): Int32Array {
  let bySentence = runningCounts.get(sentence);
  if (!bySentence) runningCounts.set(sentence, (bySentence = new Map()));
  let counts = bySentence.get(key);
  if (!counts) {
    counts = new Int32Array(sentence.words.length + 1);
    sentence.words.forEach((w, k) => (counts![k + 1] = counts![k]! + (test(w) ? 1 : 0)));
    bySentence.set(key, counts);
  }
  return counts;
}

/** Words between word a and word b (exclusive), punctuation not counted, plus one. */
export function wordDistance(sentence: WordedSentence, a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (hi === lo) return 0;
  const counts = countsOf(sentence, "words", (w) => !w.mark);
  return counts[hi]! - counts[lo + 1]! + 1;
}

/** True when a clause mark (or, with `marks`, one of those) stands between words a and b. */
export function crossesClause(sentence: WordedSentence, a: number, b: number, marks = CLAUSE_MARKS): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (hi - lo < 2) return false;
  const counts = countsOf(sentence, marks, (w) => w.mark && marks.has(w.text));
  return counts[hi]! - counts[lo + 1]! > 0;
}

/** A و glued to digits ("و3 آخرين") stays on them, as on a number word ("وثلاثة"). */
const WORD_RE = /و\d+(?:[.,٫]\d+)*|[\u0621-\u064A]+|\d+(?:[.,٫]\d+)*|[^\s\u0621-\u064A\d]/g;

/**
 * Splits a sentence into folded words.
 * @example splitArabicWords("قُتل طفلٌ، أمس").words.map((w) => w.text) // ["قتل", "طفل", "،", "امس"]
 */
export function splitArabicWords(sentence: string): WordedSentence {
  const folded = foldArabic(sentence);
  const words: Word[] = [];
  for (const m of folded.folded.matchAll(WORD_RE)) {
    const text = m[0];
    words.push({ text, start: m.index, end: m.index + text.length, mark: !/^[\u0621-\u064A\d]/.test(text) });
  }
  return { folded, words };
}

/** The span of the sentence's own characters between folded offsets [start, end). */
export function spanOf(folded: FoldedText, start: number, end: number): SentenceSpan {
  const span = originalSpan(folded, start, end);
  return { ...span, text: folded.original.slice(span.start, span.end) };
}

/** The span of words [from, to] (inclusive). */
export function wordsSpan(sentence: WordedSentence, from: number, to: number): SentenceSpan {
  return spanOf(sentence.folded, sentence.words[from]!.start, sentence.words[to]!.end);
}

/** Proclitic runs a noun or verb may carry, longest first; "لل" is ل + ال with the alef dropped. */
const PROCLITICS = [
  "وبال",
  "فبال",
  "وكال",
  "وال",
  "فال",
  "بال",
  "كال",
  "ولل",
  "فلل",
  "لل",
  "ال",
  "وب",
  "فب",
  "ول",
  "فل",
  "وس",
  "فس",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
  "س",
];

/**
 * The word itself, then the word with each proclitic run that leaves at least two letters removed
 * (shortest run first, so "والقصف" reads "والقصف", "القصف", "قصف"); the lexicon keeps the ones it knows.
 * @example bareForms("بقصف").map((f) => f.bare) // ["بقصف", "قصف"]
 */
export function bareForms(word: string): { bare: string; prefix: string }[] {
  const forms = [{ bare: word, prefix: "" }];
  for (const p of [...PROCLITICS].reverse()) {
    if (word.length - p.length >= 2 && word.startsWith(p))
      forms.push({ bare: word.slice(p.length), prefix: p });
  }
  return forms;
}

/**
 * The first reading of a word that a lexicon knows, with the proclitic it carried.
 * @example lookupWord(new Map([["قتيل", 1]]), "والقتيل") // { value: 1, prefix: "وال" }
 */
export function lookupWord<T>(
  lexicon: ReadonlyMap<string, T>,
  word: string,
): { value: T; prefix: string } | null {
  for (const form of bareForms(word)) {
    const value = lexicon.get(form.bare);
    if (value !== undefined) return { value, prefix: form.prefix };
  }
  return null;
}

/**
 * A regular expression source matching `body` as a whole folded word with optional proclitics
 * (و ف, then ب ل ك, then ال / لل) and nothing glued after it but `suffix`.
 */
export function wordPattern(body: string, suffix = ""): string {
  return `(?<![\\u0621-\\u064A])(?:[وف]?(?:[بك]?ال|لل|[بلك])?)(?:${body})${suffix ? `(?:${suffix})?` : ""}(?![\\u0621-\\u064A])`;
}

/** Index of the word holding folded offset `at` (the first word ending after it; binary search). */
export function wordAt(sentence: WordedSentence, at: number): number {
  const { words } = sentence;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < words.length ? lo : words.length - 1;
}

/** The first folded offset whose original offset is at or after `original` (binary search). */
export function foldedOffset(folded: FoldedText, original: number): number {
  const { origin } = folded;
  let lo = 0;
  let hi = origin.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! >= original) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
