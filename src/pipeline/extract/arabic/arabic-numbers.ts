/**
 * Arabic counts: digits (already ASCII after folding), number words of any size in both genders and
 * cases ("ثلاثة"/"ثلاث", "اثنان"/"اثنين", "أحد عشر", "خمسة وعشرون", "ثلاثمئة", "ألفان"), the
 * qualifiers before them ("ما لا يقل عن", "أكثر من", "نحو") and vague quantities ("عدد من", "عشرات"),
 * read into ranges as DOMAIN.md §4.5 R6 and the English count phrases do.
 */
import type { CountRange } from "../../../domain/claim.js";
import type { Word } from "./arabic-words.js";

/** Units in folded spelling, masculine and feminine, nominative/oblique and construct forms. */
const UNITS = new Map<string, number>([
  ["واحد", 1],
  ["واحده", 1],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتان", 2],
  ["اثنتين", 2],
  ["ثلاث", 3],
  ["ثلاثه", 3],
  ["اربع", 4],
  ["اربعه", 4],
  ["خمس", 5],
  ["خمسه", 5],
  ["ست", 6],
  ["سته", 6],
  ["سبع", 7],
  ["سبعه", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["ثمانيه", 8],
  ["تسع", 9],
  ["تسعه", 9],
  ["عشر", 10],
  ["عشره", 10],
]);

/** First words of 11 and 12, which differ from the units ("أحد عشر", "اثنا عشر"). */
const TEEN_HEADS = new Map<string, number>([
  ["احد", 1],
  ["احدي", 1],
  ["اثنا", 2],
  ["اثني", 2],
  ["اثنتا", 2],
  ["اثنتي", 2],
]);

/** Tens in -ون (nominative) and -ين (oblique). */
const TENS = new Map<string, number>(
  (
    [
      ["عشر", 20],
      ["ثلاث", 30],
      ["اربع", 40],
      ["خمس", 50],
      ["ست", 60],
      ["سبع", 70],
      ["ثمان", 80],
      ["تسع", 90],
    ] as const
  ).flatMap(([stem, n]) => [
    [`${stem}ون`, n],
    [`${stem}ين`, n],
  ]),
);

const HUNDRED = new Set(["ميه", "مايه"]);
const TWO_HUNDRED = new Set(["ميتان", "ميتين", "مايتان", "مايتين", "ميتا", "ميتي", "مايتا", "مايتي"]);
const THOUSAND = new Set(["الف"]);
const THOUSANDS = new Set(["الاف", "الفا"]);
const TWO_THOUSAND = new Set(["الفان", "الفين"]);

/** A number read from words [start, end). */
export interface ReadNumber {
  value: number;
  start: number;
  /** Index just past the last word of the number. */
  end: number;
}

/** A word without a coordinating "و" (or "ب"/"ل") glued on, when the rest is a number word. */
function numberWord(word: string): string {
  if (/^[وبل]/.test(word) && word.length > 3) {
    const rest = word.slice(1);
    if (isNumberWord(rest)) return rest;
  }
  return word;
}

function isNumberWord(w: string): boolean {
  return (
    UNITS.has(w) ||
    TENS.has(w) ||
    HUNDRED.has(w) ||
    TWO_HUNDRED.has(w) ||
    THOUSAND.has(w) ||
    TWO_THOUSAND.has(w) ||
    hundredsOf(w) !== null
  );
}

/** "ثلاثمئة", "خمسمائة": a unit written together with مئة. */
function hundredsOf(w: string): number | null {
  const m = /^(.+?)(ميه|مايه)$/.exec(w);
  if (!m) return null;
  const unit = UNITS.get(m[1]!) ?? (m[1] === "ثلاث" ? 3 : undefined);
  return unit !== undefined && unit < 10 ? unit * 100 : null;
}

/** A number below a thousand starting at word i, or null. */
function readBelowThousand(words: Word[], i: number): ReadNumber | null {
  const w = words[i];
  if (!w || w.mark) return null;
  const first = numberWord(w.text);
  let value: number;
  let end = i + 1;
  const joined = hundredsOf(first);
  if (HUNDRED.has(first)) value = 100;
  else if (TWO_HUNDRED.has(first)) value = 200;
  else if (joined !== null) value = joined;
  else if (UNITS.has(first) && words[i + 1] && HUNDRED.has(words[i + 1]!.text)) {
    value = UNITS.get(first)! * 100;
    end = i + 2;
  } else value = -1;
  if (value > 0) {
    // "مئة وخمسة", "مئتان وعشرون"
    const rest = andNumber(words, end);
    return rest && rest.value < 100
      ? { value: value + rest.value, start: i, end: rest.end }
      : { value, start: i, end };
  }
  return readBelowHundred(words, i);
}

/** "وخمسة" after a hundreds or thousands word. */
function andNumber(words: Word[], i: number): ReadNumber | null {
  const w = words[i];
  if (!w || !w.text.startsWith("و") || w.text.length < 3) return null;
  const rest = w.text.slice(1);
  if (!isNumberWord(rest) && !TEEN_HEADS.has(rest)) return null;
  const copy = [...words];
  copy[i] = { ...w, text: rest };
  return readBelowThousand(copy, i);
}

function readBelowHundred(words: Word[], i: number): ReadNumber | null {
  const w = words[i]!;
  const first = numberWord(w.text);
  const next = words[i + 1]?.text;
  const teenHead = TEEN_HEADS.get(first);
  if (teenHead !== undefined && (next === "عشر" || next === "عشره"))
    return { value: 10 + teenHead, start: i, end: i + 2 };
  const tens = TENS.get(first);
  if (tens !== undefined) return { value: tens, start: i, end: i + 1 };
  const unit = UNITS.get(first);
  if (unit === undefined) return null;
  if (unit < 10 && unit > 2 && (next === "عشر" || next === "عشره"))
    return { value: 10 + unit, start: i, end: i + 2 };
  // "خمسة وعشرون": a unit and its tens.
  if (unit < 10 && next?.startsWith("و")) {
    const t = TENS.get(next.slice(1));
    if (t !== undefined) return { value: t + unit, start: i, end: i + 2 };
  }
  return { value: unit, start: i, end: i + 1 };
}

/**
 * A number in digits or words starting at word i: "12", "١٢", "ثلاثة", "خمسة وعشرون", "مئتان",
 * "ثلاثة آلاف". Null when word i starts none.
 * @example readArabicNumber(splitArabicWords("خمسة وعشرون مدنيا").words, 0)?.value // 25
 */
export function readArabicNumber(words: Word[], i: number): ReadNumber | null {
  const w = words[i];
  if (!w || (w.mark && !/^\d/.test(w.text))) return null;
  const digits = /^[وبل]?(\d+(?:,\d{3})*)$/.exec(w.text);
  if (digits) return { value: Number(digits[1]!.replace(/,/g, "")), start: i, end: i + 1 };
  const first = numberWord(w.text);
  if (THOUSAND.has(first)) return withRest(words, { value: 1000, start: i, end: i + 1 });
  if (TWO_THOUSAND.has(first)) return withRest(words, { value: 2000, start: i, end: i + 1 });
  const low = readBelowThousand(words, i);
  if (!low) return null;
  const after = words[low.end]?.text;
  if (after && (THOUSANDS.has(after) || THOUSAND.has(after)))
    return withRest(words, { value: low.value * 1000, start: i, end: low.end + 1 });
  return low;
}

function withRest(words: Word[], n: ReadNumber): ReadNumber {
  const rest = andNumber(words, n.end);
  return rest ? { value: n.value + rest.value, start: n.start, end: rest.end } : n;
}

/** A count phrase: a number with its qualifier, or a vague quantity, as a range. */
export interface ReadCount {
  range: CountRange;
  rule: string;
  start: number;
  end: number;
}

/**
 * Qualifiers before a number, as folded word sequences, and what they do to it (DOMAIN R6; the
 * approximations as the English count phrases read "about N" and "nearly N").
 */
const QUALIFIERS: { words: string[]; apply: (n: number) => { range: CountRange; rule: string } }[] = [
  ...[
    ["ما", "لا", "يقل", "عن"],
    ["لا", "يقل", "عن"],
    ["ما", "لا", "يقل", "عدده", "عن"],
    ["علي", "الاقل"],
  ].map((words) => ({
    words,
    apply: (n: number) => ({ range: { min: n, max: null }, rule: "R6:at_least" }),
  })),
  ...[
    ["اكثر", "من"],
    ["ما", "يزيد", "عن"],
    ["ما", "يزيد", "علي"],
    ["يزيد", "عن"],
    ["يزيد", "علي"],
    ["ازيد", "من"],
  ].map((words) => ({
    words,
    apply: (n: number) => ({ range: { min: n + 1, max: null }, rule: "R6:more_than" }),
  })),
  ...[
    ["قرابه"],
    ["ما", "يقارب"],
    ["يقارب"],
    ["نحو"],
    ["حوالي"],
    ["زهاء"],
    ["قرابه"],
    ["ما", "يقرب", "من"],
  ].map((words) => ({
    words,
    apply: (n: number) => ({
      range: { min: Math.floor(0.9 * n), max: Math.ceil(1.1 * n) },
      rule: "approx:about",
    }),
  })),
  ...[["اقل", "من"]].map((words) => ({
    words,
    apply: (n: number) => ({
      range: { min: Math.min(1, n - 1), max: Math.max(0, n - 1) },
      rule: "approx:less_than",
    }),
  })),
];

/** Vague quantities (DOMAIN R6): folded word sequences and their ranges. */
const VAGUE: { words: string[]; range: CountRange; rule: string }[] = [
  { words: ["عدد", "كبير", "من"], range: { min: 5, max: 49 }, rule: "R6:many" },
  { words: ["العديد", "من"], range: { min: 5, max: 49 }, rule: "R6:many" },
  { words: ["عدد", "من"], range: { min: 2, max: 9 }, rule: "R6:several" },
  { words: ["عدد", "منهم"], range: { min: 2, max: 9 }, rule: "R6:several" },
  { words: ["عده"], range: { min: 2, max: 9 }, rule: "R6:several" },
  { words: ["بضعه"], range: { min: 2, max: 9 }, rule: "R6:several" },
  { words: ["بضع"], range: { min: 2, max: 9 }, rule: "R6:several" },
  { words: ["عشرات"], range: { min: 10, max: 99 }, rule: "R6:tens" },
  { words: ["العشرات"], range: { min: 10, max: 99 }, rule: "R6:tens" },
  { words: ["ميات"], range: { min: 100, max: 999 }, rule: "R6:hundreds" },
  { words: ["الميات"], range: { min: 100, max: 999 }, rule: "R6:hundreds" },
  { words: ["الاف"], range: { min: 1000, max: 9999 }, rule: "R6:thousands" },
];

/** True when the folded words from i read `seq` (a "و" may be glued to the first). */
function readsSequence(words: Word[], i: number, seq: string[]): boolean {
  return seq.every((s, k) => {
    const w = words[i + k]?.text;
    return w === s || (k === 0 && w === `و${s}`);
  });
}

/**
 * A count phrase starting at word i: "ثلاثة", "12", "ما لا يقل عن 12" (at least), "أكثر من عشرين",
 * "بين 5 و7", "عدد من", "عشرات". Null when word i starts none.
 * @example readArabicCount(splitArabicWords("ما لا يقل عن 12 مدنيا").words, 0)?.range // { min: 12, max: null }
 */
export function readArabicCount(words: Word[], i: number): ReadCount | null {
  for (const v of VAGUE) {
    if (readsSequence(words, i, v.words))
      return { range: { ...v.range }, rule: v.rule, start: i, end: i + v.words.length };
  }
  for (const q of QUALIFIERS) {
    if (!readsSequence(words, i, q.words)) continue;
    const n = readArabicNumber(words, i + q.words.length);
    if (n) return { ...q.apply(n.value), start: i, end: n.end };
  }
  if (words[i]?.text === "بين") {
    const a = readArabicNumber(words, i + 1);
    const b = a && readArabicNumber(words, a.end);
    if (a && b && b.value >= a.value && words[a.end]!.text.startsWith("و"))
      return { range: { min: a.value, max: b.value }, rule: "range", start: i, end: b.end };
  }
  const n = readArabicNumber(words, i);
  if (!n) return null;
  // "5 - 7", "5 إلى 7"
  const sep = words[n.end]?.text;
  if (sep === "-" || sep === "الي" || sep === "او") {
    const b = readArabicNumber(words, n.end + 1);
    if (b && b.value > n.value)
      return { range: { min: n.value, max: b.value }, rule: "range", start: i, end: b.end };
  }
  const rule = /\d/.test(words[i]!.text) ? "digits" : "words";
  return { range: { min: n.value, max: n.value }, rule, start: i, end: n.end };
}

/** "على الأقل" after a count: it becomes open-ended. */
export function atLeastAfter(words: Word[], i: number): number {
  return readsSequence(words, i, ["علي", "الاقل"]) ? i + 2 : -1;
}
