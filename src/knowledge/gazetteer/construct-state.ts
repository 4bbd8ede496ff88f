/**
 * The construct state of Arabic names in Latin script: a word ending in tāʾ marbūṭa is pronounced, and
 * often spelled, "-at"/"-et" before the word it governs ("Na'urat Jurin" for ناعورة جورين, "Maaret
 * Tamsrin" for معرة تمصرين), where the word alone is "-a"/"-eh" ("Na'ura", "Maara"). Gazetteers and texts
 * choose either spelling, so names are compared with the construct ending written "-a".
 */

/** A word ending in "-at"/"-et" after a consonant, followed by another word. */
const CONSTRUCT_STATE = /(\p{L}[\p{L}'’ʿʾ]*[^\s\p{P}aeiou])[ae]t(?=[\s-]+\p{L})/giu;

/**
 * The spelling with each construct-state "-at"/"-et" written "-a", or null when the name has none.
 * @example constructSpelling("Na'orat Jurin") // "Na'ora Jurin"
 * @example constructSpelling("Jurin") // null
 */
export function constructSpelling(name: string): string | null {
  const respelled = name.replace(CONSTRUCT_STATE, "$1a");
  return respelled === name ? null : respelled;
}
