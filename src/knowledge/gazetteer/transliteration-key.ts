/**
 * Name keys that make spelling variants of one place collide. Three levels, from strict to loose:
 *  - exact key: case, diacritics, apostrophes, hyphens and spaces folded ("Kafr-Nabl" = "kafr nabl");
 *  - transliteration key: a phonetic key (articles dropped, Kafr/Kfar/Kafar → kfr, digraphs unified,
 *    doubled letters and vowel runs collapsed, ta marbuta endings unified): "Sarjeh" = "Sarja";
 *  - consonant skeleton: the transliteration key without vowels, w and y. It over-merges short names,
 *    so the gazetteer uses it only to find candidates that are then checked by edit distance.
 * Arabic-script names get the same keys through a rough Arabic → Latin rendering.
 */
import { arabicMatchKey, hasArabic } from "./arabic-normalise.js";
import { arabicToLatinKey } from "./arabic-to-latin-key.js";
import { boundedMemo } from "../bounded-memo.js";

/** Bound on each memo below, so a long-running worker keeps a fixed memory footprint. */
const KEY_MEMO_LIMIT = 20_000;

/**
 * Keys of names already seen. Extraction asks for the keys of the same few hundred names and candidate
 * spans again and again (an analysis of 300 reports asked for 18,000 exact keys of 1,700 distinct
 * strings, and 7,000 transliteration keys of 1,300).
 */
const normalisedMemo = boundedMemo(foldLatin, KEY_MEMO_LIMIT);
const exactMemo = boundedMemo(computeExactKey, KEY_MEMO_LIMIT);
const transliterationMemo = boundedMemo(computeTransliterationKey, KEY_MEMO_LIMIT);

export const APOSTROPHES = /['’‘`´ʿʾʼʻ]/g;
export const ARTICLES: ReadonlySet<string> = new Set([
  "al",
  "el",
  "il",
  "ul",
  "l",
  "ad",
  "ed",
  "ash",
  "esh",
  "as",
  "es",
  "at",
  "et",
  "az",
  "ez",
  "ar",
  "er",
  "an",
  "en",
  "adh",
  "ath",
  "ath",
  "ed",
  "ech",
  "ej",
  "aj",
]);
export const KAFR = /^(kafar|kafer|kefer|kefar|kufur|kafr|kfar|kefr|kufr|kfr)/;

/**
 * Folds case, diacritics (NFD), apostrophes, punctuation and spacing; keeps all letters.
 * @example normaliseLatin("Ma'arrat al-Nu'mān") // "maarrat al numan"
 */
export function normaliseLatin(text: string): string {
  return normalisedMemo(text);
}

function foldLatin(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[^a-z0-9\u0600-\u06FF]+/g, " ")
    .trim();
}

/**
 * Exact-normalised key: for Latin names the folded name without spaces; for Arabic names the normalised
 * name without articles and spaces.
 * @example exactKey("Kafr-Nabl") === exactKey("kafr nabl") // true
 */
export function exactKey(name: string): string {
  return exactMemo(name);
}

function computeExactKey(name: string): string {
  if (hasArabic(name)) return arabicMatchKey(name);
  return normaliseLatin(name).replace(/ /g, "");
}

function isVowel(ch: string | undefined): boolean {
  return ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u";
}

/** Rewrites one word of a folded Latin name into the phonetic alphabet of the key. */
function foldWord(word: string, isLast: boolean): string {
  let w = word.replace(KAFR, "kfr\u0001");
  w = w
    .replace(/dj/g, "j")
    .replace(/sch|sh|ch/g, "S")
    .replace(/kh/g, "h")
    .replace(/gh/g, "g")
    .replace(/dh/g, "z")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/ck|q|c/g, "k")
    .replace(/x/g, "ks")
    .replace(/tz/g, "z");
  // Ta marbuta and -ah/-eh endings: "Sarjah", "Sarjeh", "Sarja" end alike.
  if (isLast && w.length > 3) w = w.replace(/([aeiou])h$/, "$1");
  // w and y are vowels unless a vowel follows (consonantal: "Zawiya", "Yabroud").
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if (ch === "w" || ch === "y") out += isVowel(w[i + 1]) ? ch : ch === "w" ? "u" : "i";
    else out += ch;
  }
  // Collapse doubled letters, then every vowel run to one "a" marker.
  return out
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiou]+/g, "a")
    .replace(/\u0001/g, "");
}

/** Latin words of a name (Arabic-script names rendered to rough Latin first), articles removed. */
function latinWords(name: string): string[] {
  const latin = hasArabic(name) ? arabicToLatinKey(name) : normaliseLatin(name);
  const words = latin.split(" ").filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (words.length > 1 && ARTICLES.has(word) && i < words.length - 1) continue;
    // A glued article inside a name ("Maart_Alnuman"): strip it from non-first words.
    if (i > 0 && word.length > 5 && /^(al|el)/.test(word)) kept.push(word.slice(2));
    else kept.push(word);
  }
  return kept;
}

/**
 * Phonetic transliteration key; spaces removed so compound spellings collide.
 * @example transliterationKey("Kafarnoran") === transliterationKey("كفر نوران") // true
 */
export function transliterationKey(name: string): string {
  return transliterationMemo(name);
}

function computeTransliterationKey(name: string): string {
  const words = latinWords(name);
  return words
    .map((w, i) => foldWord(w, i === words.length - 1))
    .join("")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Consonant skeleton of a transliteration key: vowel markers, w and y removed.
 * @example consonantSkeleton(transliterationKey("Kafranbel")) // "kfrnbl"
 */
export function consonantSkeleton(key: string): string {
  return key.replace(/[aeiouwy]/g, "").replace(/(.)\1+/g, "$1");
}

/** All three keys of a name at once. */
export interface NameKeys {
  exact: string;
  translit: string;
  skeleton: string;
}

/** Computes {@link exactKey}, {@link transliterationKey} and {@link consonantSkeleton} of a name. */
export function nameKeys(name: string): NameKeys {
  const translit = transliterationKey(name);
  return { exact: exactKey(name), translit, skeleton: consonantSkeleton(translit) };
}
