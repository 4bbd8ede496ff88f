/**
 * A rough Arabic → Latin rendering used only to build comparison keys, so an Arabic name yields a
 * consonant skeleton comparable with Latin spellings (OCHA's Latin name for a village can be wrong while
 * its Arabic name is right). It is not a transliteration for display.
 */
import { normaliseArabic } from "./arabic-normalise.js";

/** Each Arabic letter → the Latin consonant class the transliteration key uses ("" = dropped). */
const LETTERS: Record<string, string> = {
  "\u0627": "a", // ا (also the seat of hamza after normalisation)
  "\u0621": "a", // ء
  "\u0628": "b",
  "\u062A": "t",
  "\u062B": "th",
  "\u062C": "j",
  "\u062D": "h",
  "\u062E": "kh",
  "\u062F": "d",
  "\u0630": "dh",
  "\u0631": "r",
  "\u0632": "z",
  "\u0633": "s",
  "\u0634": "sh",
  "\u0635": "s",
  "\u0636": "d",
  "\u0637": "t",
  "\u0638": "z",
  "\u0639": "a", // ع: Latin spellings render ayn as a vowel or an apostrophe
  "\u063A": "gh",
  "\u0641": "f",
  "\u0642": "q",
  "\u0643": "k",
  "\u0644": "l",
  "\u0645": "m",
  "\u0646": "n",
  "\u0647": "h",
  "\u0648": "w",
  "\u064A": "y",
  "\u067E": "p",
  "\u0686": "ch",
  "\u06AF": "g",
};

function renderWord(word: string, isLast: boolean): string {
  // Drop the article; sun-letter assimilation is invisible in script.
  const w = word.length > 3 && word.startsWith("\u0627\u0644") ? word.slice(2) : word;
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const prev = i > 0 ? w[i - 1] : undefined;
    const next = w[i + 1];
    const atEnd = i === w.length - 1;
    if (ch === "\u0629" || (ch === "\u0647" && atEnd && prev !== undefined && w.length > 2)) {
      // Ta marbuta (or final ha standing for it): "a" at the end of a name, "at" in a construct.
      out += isLast || ch === "\u0647" ? "a" : "at";
      continue;
    }
    if (ch === "\u0648" || ch === "\u064A") {
      // و / ي are consonants at word start or beside alef, long vowels elsewhere.
      const consonantal = i === 0 || prev === "\u0627" || next === "\u0627";
      out += consonantal ? (LETTERS[ch] as string) : ch === "\u0648" ? "u" : "i";
      continue;
    }
    out += LETTERS[ch] ?? (/[0-9]/.test(ch) ? ch : "");
  }
  return out;
}

/**
 * Renders an Arabic name as rough Latin letters for key building.
 * @example arabicToLatinKey("كفر نوران") // "kfr nuran"
 */
export function arabicToLatinKey(text: string): string {
  const words = normaliseArabicKeepTaMarbuta(text).split(" ").filter(Boolean);
  return words.map((word, i) => renderWord(word, i === words.length - 1)).join(" ");
}

/** Same folding as normaliseArabic but keeps ة, which carries the construct "t". */
export function normaliseArabicKeepTaMarbuta(text: string): string {
  const marked = text.replace(/\u0629/g, "\uE000");
  return normaliseArabic(marked)
    .replace(/\uE000/g, "\u0629")
    .replace(/[^\u0600-\u06FF0-9\u0629 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
