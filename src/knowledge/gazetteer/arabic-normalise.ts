/**
 * Arabic-script normalisation for matching: the same place or group name is written with or without
 * vowel marks, with different hamza seats, ta marbuta or ha, and with Arabic-Indic digits. Folding those
 * differences away lets exact lookups work across sources.
 */

/** Tashkeel (harakat, tanwin, shadda, sukun, dagger alef), Quranic marks and tatweel. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const HAMZA_ALEF = /[\u0623\u0625\u0622\u0671]/g; // أ إ آ ٱ
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** True when the text contains at least one Arabic-script letter. */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Folds Arabic spelling variants: removes tashkeel and tatweel, unifies hamza seats (أ إ آ ٱ → ا,
 * ؤ → و, ئ → ي), ta marbuta ة → ه, alef maqsura ى → ي, Persian letters (ک ی) to Arabic, digits to ASCII,
 * and collapses whitespace. Keeps the article ال (see {@link arabicMatchKey} for keys without it).
 * @example normaliseArabic("إِدْلِب") // "ادلب"
 */
export function normaliseArabic(text: string): string {
  return toAsciiDigits(text)
    .replace(MARKS, "")
    .replace(HAMZA_ALEF, "\u0627")
    .replace(/\u0624/g, "\u0648")
    .replace(/\u0626/g, "\u064A")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0649/g, "\u064A")
    .replace(/\u06A9/g, "\u0643")
    .replace(/\u06CC/g, "\u064A")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A lookup key for an Arabic name: normalised, the article ال dropped at the start of each word, and
 * spaces removed so "كفرنوران" and "كفر نوران" collide.
 * @example arabicMatchKey("الأتارب") // "اتارب"
 */
export function arabicMatchKey(text: string): string {
  return normaliseArabic(text)
    .replace(/[^\u0600-\u06FF0-9 ]/g, " ")
    .split(" ")
    .map((word) => (word.length > 3 && word.startsWith("\u0627\u0644") ? word.slice(2) : word))
    .join("");
}
