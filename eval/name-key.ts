/**
 * Transliteration key for place names, used by the evaluation to decide whether two Latin spellings of
 * an Arabic name refer to the same place ("Kafr Nabl" / "Kafranbel", "Ahsem" / "Ihsim"). It is
 * deliberately coarse — a consonant skeleton — because it only compares names within one document.
 */

/** Articles that prefix Arabic names in Latin script ("al-", "ash-", "el-" ...). */
const ARTICLES = new Set([
  "ez",
  "es",
  "et",
  "er",
  "en",
  "al",
  "el",
  "ad",
  "ed",
  "adh",
  "ash",
  "as",
  "at",
  "ath",
  "ar",
  "az",
  "an",
  "ul",
  "il",
]);

/**
 * A coarse key for a place name: lowercase, no diacritics, apostrophes or hyphens, no articles,
 * no vowels (nor "w"/"y" after the first letter of a word), q→k, a final "-ah" → "-a", no doubled
 * letters, no spaces.
 * @example nameKey("Ma'arrat al-Nu'man") === nameKey("Maarat al-Numan") // "mrtnmn"
 */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`ʿʾ´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0 && !ARTICLES.has(word));
  const skeleton = words.map((word) => {
    const w = word.replace(/q/g, "k").replace(/([aeiou])h$/, "$1");
    // Initial "w"/"y" are consonants ("Wadi", "Yabroud"); inside a word they mostly spell vowels.
    const body = w.slice(1).replace(/[aeiouwy]/g, "");
    const head = /[aeiou]/.test(w[0] ?? "") ? "" : (w[0] ?? "");
    return head + body;
  });
  return skeleton.join("").replace(/(.)\1+/g, "$1");
}

/** True when two place names share a transliteration key (and the key is not empty). */
export function namesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = nameKey(a);
  return ka.length > 0 && ka === nameKey(b);
}
