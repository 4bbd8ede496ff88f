/**
 * Count phrases: the regular expression that finds a number phrase ("at least 12", "twenty-three",
 * "between 5 and 7", "dozens of") and the function turning it into a range, following DOMAIN.md §4.5 R6.
 * Approximations: "nearly/almost N" → [floor(0.9N), N] (just under N, never above it);
 * "about/around/approximately/some N" → [floor(0.9N), ceil(1.1N)]; "up to / as many as N" → [1, N];
 * "less/fewer than N" → [1, N-1].
 */
import type { CountRange } from "../../../domain/claim.js";
import { DIGIT_WORD_PATTERN, TENS, TENS_WORD_PATTERN, UNIT_WORD_PATTERN, UNITS } from "../number-words.js";

/**
 * "twenty", "twenty-one", "nineteen". The unit word of a compound must not run straight into "to" or
 * "or": "twenty-fiveor six" is "twenty", not the range "twenty-five or six". That is the only letter it
 * needs to stop at: every other way on after a number starts with a space or a dash, or is the closing
 * "no letter next" of COUNT_RE, which backtracks to the bare tens word just as well. Written as
 * `(?![\p{L}])` it cost most of COUNT_RE's compilation (SMALL occurs 24 times in it, and each
 * `\p{L}` under /iu is a Unicode set V8 builds and case-closes: 37 ms against 10 ms, run once per
 * process and subject width).
 */
const SMALL = `(?:(?:${TENS_WORD_PATTERN})(?:[- ](?:${DIGIT_WORD_PATTERN})(?!to|or))?|${UNIT_WORD_PATTERN})`;
const HUNDREDS = `(?:(?:a|${DIGIT_WORD_PATTERN})\\s+hundred(?:\\s+(?:and\\s+)?${SMALL})?)`;
/** "one thousand two hundred", "a thousand and fifty", "twenty-one thousand", "two hundred and twelve". */
const WORDNUM = `(?:(?:a|${HUNDREDS}|${SMALL})\\s+thousand(?:,?\\s+(?:and\\s+)?(?:${HUNDREDS}|${SMALL}))?|${HUNDREDS}|${SMALL})`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)`;
const NUM = `(?:${DIGITS}|half\\s+a\\s+dozen|(?:a|two|three|four)\\s+dozen|${WORDNUM})`;
const QUAL =
  "(?:at\\s+least|not\\s+less\\s+than|no\\s+(?:fewer|less)\\s+than|more\\s+than|over|nearly|almost|about|around|approximately|roughly|some|up\\s+to|as\\s+many\\s+as|less\\s+than|fewer\\s+than|under)";
const VAGUE =
  "(?:(?:several|a\\s+few|some)\\s+dozens?(?:\\s+of)?|a\\s+number\\s+of|a\\s+handful\\s+of|several|a\\s+few|few|many|numerous|tens\\s+of|(?:dozens|scores|hundreds|thousands)(?:\\s+of)?|عشرات|مئات)";

/**
 * Groups: 1 qualifier, 2 "between A and B" A, 3 its B, 4 number, 5 range end, 6 vague quantity.
 * Letters/digits must not touch the phrase on either side; a comma may, unless a digit stands before it
 * ("1,234" is one number; "On Thursday,two civilians" lacks only a space).
 */
export const COUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.])(?<!\\d,)(?:(${QUAL})\\s+)?(?:between\\s+(${NUM})\\s+and\\s+(${NUM})|(${NUM})(?:\\s*(?:to|or|-|–)\\s*(${NUM}))?|(${VAGUE}))(?![\\p{L}\\p{N}]|[.,/]\\d)`,
  "giu",
);

/** Parse a number written in digits or English words; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^[\d,]+$/.test(s)) return Number(s.replace(/,/g, ""));
  // "one thousand two hundred": thousands, then the rest as a number below a thousand.
  const thousand = /^(.+?) thousand(?:,? (?:and )?(.+))?$/.exec(s);
  if (thousand) {
    const high = thousand[1] === "a" ? 1 : parseNumber(thousand[1] ?? "");
    const low = thousand[2] ? parseNumber(thousand[2]) : 0;
    return high === null || low === null || high >= 1000 || low >= 1000 ? null : high * 1000 + low;
  }
  if (s === "half a dozen") return 6;
  const dozen = /^(a|two|three|four) dozen$/.exec(s);
  if (dozen) return (dozen[1] === "a" ? 1 : (UNITS[dozen[1] ?? ""] ?? 1)) * 12;
  let total = 0;
  let rest = s;
  const hundred = /^(a|\w+) hundred(?: (?:and )?(.*))?$/.exec(s);
  if (hundred) {
    total = (hundred[1] === "a" ? 1 : (UNITS[hundred[1] ?? ""] ?? 0)) * 100;
    if (total === 0) return null;
    rest = hundred[2] ?? "";
    if (!rest) return total;
  }
  const parts = rest.split(/[- ]/);
  const first = parts[0] ?? "";
  if (parts.length === 1) {
    const v = UNITS[first] ?? TENS[first];
    return v === undefined ? null : total + v;
  }
  const tens = TENS[first];
  const unit = UNITS[parts[1] ?? ""];
  return tens === undefined || unit === undefined ? null : total + tens + unit;
}

/** Map an Arabic-Indic or Persian digit string to ASCII digits; other characters unchanged (same length). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

const VAGUE_RANGES: { re: RegExp; rule: string; range: CountRange; large?: CountRange }[] = [
  {
    re: /^(a number of|a handful of|several|a few|few)$/,
    rule: "R6:several",
    range: { min: 2, max: 9 },
    large: { min: 3, max: 49 },
  },
  { re: /^(many|numerous)$/, rule: "R6:many", range: { min: 5, max: 49 } },
  { re: /^(tens of|عشرات)$/, rule: "R6:tens", range: { min: 10, max: 99 } },
  // "several dozen" is dozens: R6 gives no row of its own.
  { re: /^(?:(?:several|a few|some) dozens?|dozens)( of)?$/, rule: "R6:dozens", range: { min: 12, max: 99 } },
  { re: /^scores( of)?$/, rule: "R6:scores", range: { min: 40, max: 99 } },
  { re: /^(hundreds( of)?|مئات)$/, rule: "R6:hundreds", range: { min: 100, max: 999 } },
  { re: /^thousands( of)?$/, rule: "R6:thousands", range: { min: 1000, max: 9999 } },
];

/** Apply a qualifier ("at least", "nearly", …) to a point number. */
export function qualify(qualifier: string | undefined, n: number): { range: CountRange; rule: string } {
  const q = (qualifier ?? "").toLowerCase().replace(/\s+/g, " ");
  if (!q) return { range: { min: n, max: n }, rule: "exact" };
  if (/^(at least|not less than|no fewer than|no less than)$/.test(q))
    return { range: { min: n, max: null }, rule: "R6:at_least" };
  if (/^(more than|over)$/.test(q)) return { range: { min: n + 1, max: null }, rule: "R6:more_than" };
  if (/^(nearly|almost)$/.test(q))
    return { range: { min: Math.floor(0.9 * n), max: n }, rule: "approx:nearly" };
  if (/^(up to|as many as)$/.test(q)) return { range: { min: Math.min(1, n), max: n }, rule: "R6:up_to" };
  if (/^(less than|fewer than|under)$/.test(q))
    return { range: { min: Math.min(1, n - 1), max: Math.max(0, n - 1) }, rule: "approx:less_than" };
  return { range: { min: Math.floor(0.9 * n), max: Math.ceil(1.1 * n) }, rule: "approx:about" };
}

/** Turn a COUNT_RE match into a range, or null when the numbers do not parse. */
export function rangeOfMatch(
  m: RegExpExecArray,
  largeScale: boolean,
): { range: CountRange; rule: string } | null {
  const [, qual, betweenA, betweenB, num, numTo, vague] = m;
  if (vague) {
    const v = vague.toLowerCase().replace(/\s+/g, " ");
    const row = VAGUE_RANGES.find((r) => r.re.test(v));
    if (!row) return null;
    const range = largeScale && row.large ? row.large : row.range;
    return { range: { ...range }, rule: row.rule };
  }
  const a = parseNumber(betweenA ?? num ?? "");
  if (a === null) return null;
  const bRaw = betweenB ?? numTo;
  if (bRaw) {
    const b = parseNumber(bRaw);
    if (b === null || b < a) return null;
    return { range: { min: a, max: b }, rule: "range" };
  }
  const q = qualify(qual, a);
  return { range: q.range, rule: q.rule === "exact" ? (/\d/.test(num ?? "") ? "digits" : "words") : q.rule };
}
