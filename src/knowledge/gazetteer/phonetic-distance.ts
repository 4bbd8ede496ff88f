/**
 * Weighted alignment cost between two phonetic forms (see phonetic-form.ts). Consonants carry a name's
 * identity, so changing one costs about 1; vowels, ayn/hamza, w/y and the silent h of ta marbuta are what
 * transliterations disagree on, so they cost little; an Arabic "*" (unwritten short vowel) is free.
 * The acceptance budget grows with how many distinctive consonants the shorter name has: short names
 * tolerate only vowel noise (Hama ≠ Homs, Sarja ≠ Sarjeb), long ones one consonant edit.
 */

const VOWELS = "aeiu@";
const ALL_VOWELS = "aeiu@*";

/** Cost of substituting two vowel tokens, keyed by the sorted pair. */
const VOWEL_PAIRS: Record<string, number> = {
  ae: 0.1,
  ei: 0.1,
  "@a": 0,
  "@e": 0,
  "@i": 0.3,
  "@u": 0.4,
  ai: 0.3,
  au: 0.3,
  iu: 0.3,
  eu: 0.3,
};
/** Consonant pairs that transliterations confuse: th/t/s (ث), dh/d/z (ذ ظ), kh/h, g/j (ج), g/k (ق). */
const NEAR_PAIRS = new Set(["Tt", "Ts", "Dd", "Dz", "hx", "gj", "gk", "'h"]);

const pairKey = (a: string, b: string) => (a < b ? a + b : b + a);

const LONG: Record<string, string> = { A: "a", I: "i", U: "u" };

function substitution(x: string, y: string): number {
  const a = LONG[x] ?? x;
  const b = LONG[y] ?? y;
  if (a === b) return 0;
  if (a === "*" || b === "*") {
    const other = a === "*" ? b : a;
    if (ALL_VOWELS.includes(other)) return 0;
    if (other === "'") return 0.2;
    if (other === "w" || other === "y") return 0.3;
    return 1.2;
  }
  const aVowel = VOWELS.includes(a);
  const bVowel = VOWELS.includes(b);
  if (aVowel && bVowel) return VOWEL_PAIRS[pairKey(a, b)] ?? 0.3;
  const key = pairKey(a, b);
  if (key === "uw" || key === "iy") return 0.1;
  if (key === "ey") return 0.2;
  if (a === "'" || b === "'") return aVowel || bVowel ? 0.2 : NEAR_PAIRS.has(key) ? 0.5 : 1;
  if (aVowel || bVowel) return 1.2;
  return NEAR_PAIRS.has(key) ? 0.5 : 1;
}

function indel(c: string): number {
  switch (c) {
    case "*":
      return 0;
    case "'":
      return 0.2;
    case "a":
    case "e":
    case "i":
    case "u":
      return 0.25;
    case "A":
    case "I":
    case "U":
    case "w":
    case "y":
      return 0.4;
    case "@":
      return 0.5;
    case "h":
      return 0.7;
    default:
      return 1;
  }
}

/** Highest cost accepted as "transliteration" (vowel, ayn and semivowel noise only). */
export const TRANSLITERATION_COST = 0.45;

/**
 * Highest alignment cost accepted between names whose shorter one has `distinct` distinctive consonants.
 * @example matchBudget(3) // 0.6: vowel noise and one near-consonant confusion, no consonant edit
 */
export function matchBudget(distinct: number): number {
  if (distinct <= 1) return 0.3;
  if (distinct === 2) return 0.45;
  if (distinct === 3) return 0.6;
  if (distinct === 4) return 0.8;
  if (distinct === 5) return 1.1;
  return 1.3;
}

/** "v" for a vowel onset (an Arabic initial alef included), "c" for a consonant, "" for ayn/hamza. */
function onset(form: string): string {
  const first = form[0] ?? "";
  return "aeiuAIU*".includes(first) ? "v" : first === "'" ? "" : "c";
}
const ONSET_MISMATCH = 0.4;

let prevRow = new Float64Array(64);
let currRow = new Float64Array(64);
/** indel() of each token of the second form, read once per alignment instead of once per cell. */
let insertions = new Float64Array(64);

/**
 * substitution() of two ASCII tokens (every token of a phonetic form is one), filled on first use:
 * the alignment asks for it at every cell, and the string tests behind one answer cost more than the
 * rest of the cell. -1 marks a pair not yet computed.
 */
const SUBSTITUTIONS = new Float64Array(128 * 128).fill(-1);

function substitutionCost(x: string, y: string): number {
  const i = x.charCodeAt(0);
  const j = y.charCodeAt(0);
  if (i >= 128 || j >= 128) return substitution(x, y);
  let cost = SUBSTITUTIONS[i * 128 + j] as number;
  if (cost < 0) {
    cost = substitution(x, y);
    SUBSTITUTIONS[i * 128 + j] = cost;
  }
  return cost;
}

/**
 * Minimum weighted edit cost to turn form `a` into form `b`, or Infinity once it must exceed `limit`.
 * @example phoneticCost("mauzara", "m*uz*r*@", 1) // 0
 */
export function phoneticCost(a: string, b: string, limit = Infinity): number {
  const n = b.length;
  // A name's first sound is its most stable part: a vowel onset against a consonant onset ("Iblin" vs
  // بلين "blin") costs more than a vowel inside the name.
  const onsetA = onset(a);
  const onsetB = onset(b);
  const start = onsetA && onsetB && onsetA !== onsetB ? ONSET_MISMATCH : 0;
  if (start > limit) return Infinity;
  if (prevRow.length <= n) {
    prevRow = new Float64Array(n + 1);
    currRow = new Float64Array(n + 1);
    insertions = new Float64Array(n + 1);
  }
  for (let j = 1; j <= n; j++) insertions[j] = indel(b[j - 1] as string);
  prevRow[0] = start;
  for (let j = 1; j <= n; j++) prevRow[j] = (prevRow[j - 1] as number) + (insertions[j] as number);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1] as string;
    const del = indel(ca);
    currRow[0] = (prevRow[0] as number) + del;
    let rowMin = currRow[0] as number;
    for (let j = 1; j <= n; j++) {
      const cb = b[j - 1] as string;
      const value = Math.min(
        (prevRow[j - 1] as number) + substitutionCost(ca, cb),
        (prevRow[j] as number) + del,
        (currRow[j - 1] as number) + (insertions[j] as number),
      );
      currRow[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return Infinity;
    [prevRow, currRow] = [currRow, prevRow];
  }
  const cost = prevRow[n] as number;
  return cost > limit ? Infinity : cost;
}
