/**
 * Decides whether two spellings name the same place, at the three key levels. The fuzzy level needs equal
 * consonant skeletons plus a small edit distance between transliteration keys; it is never used for very
 * short names, whose skeletons collide by chance.
 */
import { distance } from "fastest-levenshtein";
import { boundedMemo } from "../bounded-memo.js";
import { hasArabic } from "./arabic-normalise.js";
import { nameKeys, type NameKeys } from "./transliteration-key.js";

export type NameMatchLevel = "exact" | "transliteration" | "fuzzy";

/** Shortest skeleton (consonants) allowed for a fuzzy match: "Hama"/"Homs" must not merge. */
export const MIN_FUZZY_SKELETON = 3;
/**
 * Minimum similarity (1 - distance / length) of transliteration keys for a fuzzy match; a longer shared
 * skeleton is itself strong evidence, so it needs less vowel agreement.
 */
export function minFuzzyRatio(skeletonLength: number): number {
  return skeletonLength >= 5 ? 0.6 : skeletonLength === 4 ? 0.7 : 0.78;
}
/** Similarity given to a skeleton match against an Arabic-derived key, which lacks short vowels. */
const ARABIC_SKELETON_RATIO = 0.8;

/** Keys of a name plus whether they were derived from Arabic script. */
export interface ComparableName extends NameKeys {
  fromArabic: boolean;
}

/**
 * Computes the keys of a name so many comparisons can reuse them (memoised: importers and merging ask
 * for the same names repeatedly).
 */
export const comparableName = boundedMemo(
  (name): ComparableName => ({ ...nameKeys(name), fromArabic: hasArabic(name) }),
  200_000,
);

/**
 * Similarity in [0, 1] of two names already known to share a skeleton, or 0 when the fuzzy rule rejects
 * them (short skeleton, or too many edits).
 */
export function fuzzyRatio(a: ComparableName, b: ComparableName): number {
  if (a.skeleton !== b.skeleton || a.skeleton.length < MIN_FUZZY_SKELETON) return 0;
  if (a.fromArabic !== b.fromArabic) {
    // Arabic script writes long vowels but not short ones, so its key must read as a subsequence of the
    // Latin key: سرجة "srja" ⊂ "sarja" (Sarjeh), but تربة "trba" ⊄ "atarab" (Atareb).
    const [arabic, latin] = a.fromArabic ? [a.translit, b.translit] : [b.translit, a.translit];
    return isSubsequence(arabic, latin) ? ARABIC_SKELETON_RATIO : 0;
  }
  const longest = Math.max(a.translit.length, b.translit.length);
  const ratio = 1 - distance(a.translit, b.translit) / longest;
  return ratio >= minFuzzyRatio(a.skeleton.length) ? ratio : 0;
}

/** True when every character of `short` appears in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/**
 * The strongest level at which two spellings match, or null.
 * @example matchNames("Sarjeh", "Sarja") // "transliteration"
 */
export function matchNames(a: string | ComparableName, b: string | ComparableName): NameMatchLevel | null {
  const ka = typeof a === "string" ? comparableName(a) : a;
  const kb = typeof b === "string" ? comparableName(b) : b;
  if (ka.exact.length > 0 && ka.exact === kb.exact) return "exact";
  if (ka.translit.length > 0 && ka.translit === kb.translit) return "transliteration";
  return fuzzyRatio(ka, kb) > 0 ? "fuzzy" : null;
}
