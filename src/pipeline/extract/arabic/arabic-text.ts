/**
 * Arabic text for matching, with offsets back into the original. Reports spell one word with or
 * without vowel marks and tatweel, with different hamza seats, ta marbuta or ha, and Arabic-Indic or
 * ASCII digits; rules match the folded form, and every span they find is mapped back to the
 * characters the report holds, so evidence always quotes the report itself.
 */
import { normaliseArabic } from "../../../knowledge/gazetteer/arabic-normalise.js";

/** Tashkeel, Quranic marks and tatweel: dropped from the folded form. */
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

/** Folded forms of the characters seen: a text has few distinct ones, and folding one runs nine passes. */
const folds = new Map<string, string>();

/** One character's folded form (one character, or "" when dropped). */
function foldChar(ch: string): string {
  let f = folds.get(ch);
  if (f === undefined) {
    f = computeFold(ch);
    // Bounded: a text of many scripts must not grow the table without limit.
    if (folds.size < 4096) folds.set(ch, f);
  }
  return f;
}

function computeFold(ch: string): string {
  if (DROPPED.test(ch)) return "";
  const folded = normaliseArabic(ch);
  // normaliseArabic collapses whitespace and trims; keep every other character one for one.
  return folded.length === 1 ? folded : /\s/.test(ch) ? " " : ch;
}

/** A folded text and the original offset of each of its characters. */
export interface FoldedText {
  /** The original text. */
  original: string;
  /** Folded: no marks or tatweel, one hamza-less alef, ه for ة, ي for ى, ASCII digits, spaces for whitespace. */
  folded: string;
  /** `origin[i]`: offset in `original` of `folded[i]`; `origin[folded.length] === original.length`. */
  origin: Int32Array;
}

/**
 * Folds an Arabic text for matching, keeping where each folded character came from.
 * @example foldArabic("قَصْفٌ على إدلب").folded // "قصف علي ادلب"
 */
export function foldArabic(original: string): FoldedText {
  let folded = "";
  const origin = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const f = foldChar(original[i]!);
    if (f === "") continue;
    folded += f;
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { original, folded, origin: origin.subarray(0, n + 1) };
}

/**
 * The original span of folded offsets [start, end).
 * @example originalSpan(foldArabic("قَصْف"), 0, 3) // { start: 0, end: 5 }
 */
export function originalSpan(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = text.origin[start]!;
  // The end is just past the last kept character, plus any marks that follow it in the original.
  const last = end > start ? text.origin[end - 1]! + 1 : from;
  let to = last;
  while (to < text.original.length && DROPPED.test(text.original[to]!)) to++;
  return { start: from, end: to };
}
