/**
 * English number words: the one table the casualty and date readers share ("three killed", "two days
 * ago"), and the regular-expression alternations built from it.
 */
export const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * One number word (not compounds) → its value, else undefined.
 * @example numberWord("Twelve") // 12
 */
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  return UNITS[w] ?? TENS[w];
}

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** Every unit and tens word, longest first, for a regular-expression alternation. */
export const NUMBER_WORD_PATTERN = longestFirst([...Object.keys(UNITS), ...Object.keys(TENS)]);
/** The unit words "one" … "nineteen", longest first. */
export const UNIT_WORD_PATTERN = longestFirst(Object.keys(UNITS));
/** The tens words "twenty" … "ninety". */
export const TENS_WORD_PATTERN = longestFirst(Object.keys(TENS));
/** The digit words "one" … "nine" (the last part of "twenty-one", the multiplier of "two hundred"). */
export const DIGIT_WORD_PATTERN = longestFirst(Object.keys(UNITS).filter((w) => UNITS[w]! < 10));
