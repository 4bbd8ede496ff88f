/**
 * Test support for the gazetteer recall measurement: an independent, randomised Arabic → Latin romaniser
 * that mimics the conventions of English-language reporting (al-/el-/no article, ou/u/o, ee/i, -ah/-a/-eh,
 * doubled consonants, Kafr/Kfar, ayn as an apostrophe or nothing), and a generator of made-up names of
 * realistic shape. Deliberately shares no code with the gazetteer's own keys, so the measurement does not
 * grade the matcher against itself.
 */

/** A deterministic pseudo-random source (mulberry32), so measurements are repeatable. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, options: readonly T[]): T => options[Math.floor(rng() * options.length)] as T;

/** Consonant letters → spellings seen in English reports (repeats weight the common ones). */
const CONSONANTS: Record<string, readonly string[]> = {
  ب: ["b"],
  ت: ["t"],
  ث: ["th", "th", "s", "t"],
  ج: ["j", "j", "j", "dj"],
  ح: ["h"],
  خ: ["kh"],
  د: ["d"],
  ذ: ["dh", "z", "th"],
  ر: ["r"],
  ز: ["z"],
  س: ["s"],
  ش: ["sh", "sh", "sh", "ch"],
  ص: ["s"],
  ض: ["d", "d", "dh"],
  ط: ["t"],
  ظ: ["z", "dh"],
  ع: ["'", "’", "", ""],
  غ: ["gh"],
  ف: ["f"],
  ق: ["q", "q", "k"],
  ك: ["k"],
  ل: ["l"],
  م: ["m"],
  ن: ["n"],
  ه: ["h"],
  ء: ["'", ""],
};
const SHORT_VOWELS = ["a", "a", "a", "e", "i", "u", "o"];
const SUN_LETTERS = new Set([..."تثدذرزسشصضطظلن"]);

function fold(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/ى/g, "ا")
    .trim();
}

function romaniseWord(word: string, isLast: boolean, rng: Rng): string {
  if (word === "كفر") return pick(rng, ["Kafr", "Kafr", "Kfar", "Kafar", "Kefr"]);
  let out = "";
  let lastWasConsonant = false;
  const letters = [...word];
  letters.forEach((ch, i) => {
    const next = letters[i + 1];
    const atStart = i === 0;
    if (ch === "ة") {
      out += isLast ? pick(rng, ["a", "ah", "eh", "e", "a"]) : pick(rng, ["at", "et"]);
      lastWasConsonant = false;
      return;
    }
    if (ch === "ا") {
      out += atStart ? pick(rng, ["a", "a", "i", "e", "u"]) : pick(rng, ["a", "a", "aa", "a"]);
      lastWasConsonant = false;
      return;
    }
    if (ch === "و" || ch === "ي") {
      const consonantal = atStart || next === "ا";
      if (consonantal) {
        if (lastWasConsonant && !atStart && rng() < 0.6) out += pick(rng, SHORT_VOWELS);
        out += ch === "و" ? "w" : "y";
        lastWasConsonant = true;
      } else {
        const vowels = ch === "و" ? ["u", "ou", "o", "oo", "u"] : ["i", "ee", "i", "ei", "ay", "i"];
        out += pick(rng, vowels);
        lastWasConsonant = false;
      }
      return;
    }
    const spellings = CONSONANTS[ch];
    if (!spellings) return;
    // Short vowels are unwritten in Arabic: a writer supplies one, usually after the first consonant.
    if (lastWasConsonant && rng() < (i === 1 ? 0.9 : 0.55)) out += pick(rng, SHORT_VOWELS);
    let letter = pick(rng, spellings);
    if (!atStart && next && letter.length === 1 && /[bdfklmnrstz]/.test(letter) && rng() < 0.12)
      letter += letter;
    out += letter;
    // An ayn still takes a vowel after it, even when the writer drops the ayn itself.
    lastWasConsonant = true;
  });
  return out;
}

const capitalise = (w: string) => (w ? (w[0] as string).toUpperCase() + w.slice(1) : w);

/**
 * One plausible English-report spelling of an Arabic place name.
 * @example respell("الموزرة", seededRandom(1)) // e.g. "al-Mouzarah"
 */
export function respell(arabicName: string, rng: Rng): string {
  const words = fold(arabicName)
    .split(/[\s\-_]+/)
    .filter(Boolean);
  const article = pick(rng, ["al-", "al-", "el-", "Al ", "", ""]);
  return words
    .map((word, i) => {
      const hasArticle = word.length > 3 && word.startsWith("ال");
      const body = hasArticle ? word.slice(2) : word;
      let latin = capitalise(romaniseWord(body, i === words.length - 1, rng));
      if (!hasArticle) return latin;
      if (article === "al-" && SUN_LETTERS.has(body[0] as string) && rng() < 0.3) {
        const first = romaniseWord(body[0] as string, false, rng).toLowerCase();
        return `a${first}-${latin}`;
      }
      if (i === 0 && article === "") latin = capitalise(latin);
      return `${article}${latin}`;
    })
    .join(" ");
}

const MADE_UP_CONSONANTS = ["b", "t", "d", "r", "z", "s", "sh", "f", "q", "k", "l", "m", "n", "h", "j", "kh"];
const MADE_UP_VOWELS = ["a", "a", "i", "u", "ou", "e", "aa", "ee"];
const PREFIXES = ["", "", "", "", "Kafr ", "Tell ", "Deir ", "Ain ", "al-"];

/**
 * A made-up village name of realistic shape (two or three syllables, optional generic prefix).
 * @example madeUpName(seededRandom(7)) // e.g. "Kafr Sheqoum"
 */
export function madeUpName(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 2);
  let word = "";
  for (let s = 0; s < syllables; s++) word += pick(rng, MADE_UP_CONSONANTS) + pick(rng, MADE_UP_VOWELS);
  if (rng() < 0.6) word += pick(rng, MADE_UP_CONSONANTS);
  else if (rng() < 0.5) word += "h";
  return pick(rng, PREFIXES) + capitalise(word);
}

const SKELETON_FOLDS: [RegExp, string][] = [
  [/sh|ch/g, "S"],
  [/kh/g, "x"],
  [/gh/g, "g"],
  [/th|dh/g, "t"],
  [/q|c/g, "k"],
  [/dj/g, "j"],
];

/**
 * A crude consonant skeleton of a Latin name (articles, vowels, w, y, h and apostrophes dropped), used only
 * to keep made-up names whose consonants are unknown to the table.
 * @example latinSkeleton("al-Fu'ah") // "f"
 */
export function latinSkeleton(name: string): string {
  let s = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(al|el)[- ]/g, "");
  for (const [re, to] of SKELETON_FOLDS) s = s.replace(re, to);
  return s.replace(/[^bdfgjklmnprstvxzS]/g, "").replace(/(.)\1+/g, "$1");
}

const ARABIC_SKELETON: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "t",
  ج: "j",
  خ: "x",
  د: "d",
  ذ: "t",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "S",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "g",
  ف: "f",
  ق: "k",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
};

/** The same crude skeleton for an Arabic name (article dropped). */
export function arabicSkeleton(name: string): string {
  return fold(name)
    .split(/[\s\-_]+/)
    .map((w) => (w.length > 3 && w.startsWith("ال") ? w.slice(2) : w))
    .join("")
    .split("")
    .map((ch) => ARABIC_SKELETON[ch] ?? "")
    .join("")
    .replace(/(.)\1+/g, "$1");
}
