/**
 * Tokenisation for actor matching. Tokens keep offsets into the original text; their match form folds
 * case, diacritics, apostrophes, possessive "'s", doubled letters, common vowel digraphs and Arabic
 * spelling variants, so "Hayyaat Tahrir Al-Sham" and "Hay'at Tahrir ash-Sham" give the same tokens.
 */
import { boundedMemo } from "../bounded-memo.js";
import { hasArabic, normaliseArabic } from "../gazetteer/arabic-normalise.js";
import { ARTICLES } from "../gazetteer/transliteration-key.js";

export interface Token {
  /** Match form. */
  key: string;
  /** The text as written (possessive removed), for case-sensitive acronyms. */
  raw: string;
  start: number;
  end: number;
  /** A sentence or clause break (. ; : ! ? or a line break) lies between this token and the previous one. */
  breakBefore: boolean;
}

/** Latin article forms (shared with the gazetteer), all matched as "al" ("ash-Sham" = "al-Sham"). */

/** The match form of one Latin or Arabic word (memoised: articles repeat the same few thousand words). */
export const tokenKey = boundedMemo(computeTokenKey, 50_000);

function computeTokenKey(word: string): string {
  if (hasArabic(word)) return normaliseArabic(word);
  // "U.S." and "US" are one word.
  let w = (/^(?:[A-Za-z]\.){2,}$/.test(word) ? word.replace(/\./g, "") : word).toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  w = w.replace(/['’ʼ]s$/, "").replace(/['’ʼ]/g, "");
  if (ARTICLES.has(w)) return "al";
  return w
    .replace(/(.)\1+/g, "$1")
    .replace(/ou|oo/g, "u")
    .replace(/ee/g, "i");
}

/** Characters that end a clause: . ; : ! ? line break, Arabic question mark and comma. */
function isBreak(code: number): boolean {
  switch (code) {
    case 0x2e:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
    case 0x0a:
    case 0x061f:
    case 0x060c:
      return true;
    default:
      return false;
  }
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return true;
  return false;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = new Set([0x27, 0x2019, 0x2bc]);

/** Ends in an apostrophe or an apostrophe and "s" (', ’, ʼ): read by char codes, as every word is asked. */
function endsInApostrophe(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (APOSTROPHE.has(last)) return true;
  return last === 0x73 && n >= 2 && APOSTROPHE.has(word.charCodeAt(n - 2));
}

/** Letter, digit or combining mark; ASCII is decided without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER.test(text[i] as string);
}

/**
 * Splits text into tokens with offsets into the original string. A word may contain apostrophes between
 * letters ("Hay'at"); a possessive "'s" or a trailing apostrophe is left out of the token.
 * @example tokenize("the regime's forces").map((t) => t.key) // ["the", "regime", "forces"]
 */
/** Two or more capital letters each followed by a full stop. */
const INITIALISM = /(?:[A-Z]\.){2,}/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // "U.S.", "U.K.": a dotted initialism is one word, so "U.S. special forces" can name an actor.
    INITIALISM.lastIndex = i;
    if (text.charCodeAt(i + 1) === 0x2e && INITIALISM.test(text)) {
      i = INITIALISM.lastIndex;
      tokens.push({
        key: tokenKey(text.slice(start, i)),
        raw: text.slice(start, i),
        start,
        end: i,
        breakBefore: tokens.length > 0 && hasBreak(text, last, start),
      });
      last = i;
      continue;
    }
    i++;
    for (;;) {
      while (i < n && isWordChar(text, i)) i++;
      if (i + 1 < n && APOSTROPHE.has(text.charCodeAt(i)) && isWordChar(text, i + 1)) i++;
      else break;
    }
    let word = text.slice(start, i);
    if (endsInApostrophe(word)) word = word.replace(/['’ʼ]s$/, "");
    tokens.push({
      key: tokenKey(word),
      raw: word,
      start,
      end: start + word.length,
      breakBefore: tokens.length > 0 && hasBreak(text, last, start),
    });
    last = i;
  }
  return tokens;
}

/** Arabic proclitics (and, so, with, for, like) that attach to the first word of a name. */
const ARABIC_CLITICS = ["\u0648", "\u0641", "\u0628", "\u0644", "\u0643"];

/**
 * Other match forms of an Arabic word with a proclitic removed, with how many characters were removed:
 * "وقوات" → "قوات"; "للنظام" → "النظام".
 */
export function cliticVariants(key: string): { key: string; skip: number }[] {
  const first = key.charCodeAt(0);
  if (key.length < 4 || first < 0x0600 || first > 0x06ff) return [];
  const out: { key: string; skip: number }[] = [];
  if (key.startsWith("\u0644\u0644")) out.push({ key: `\u0627${key.slice(1)}`, skip: 1 });
  if (ARABIC_CLITICS.includes(key[0] as string)) {
    out.push({ key: key.slice(1), skip: 1 });
    if (key[1] === "\u0628" || key[1] === "\u0644") out.push({ key: key.slice(2), skip: 2 });
  }
  return out;
}
