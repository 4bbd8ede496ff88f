/**
 * The matches of a global regular expression, as `[...text.matchAll(re)]` returns them, without
 * matchAll's copy of the expression. matchAll constructs a new RegExp at every call (the species
 * constructor of the specification), which costs V8 about 1 µs for a short pattern and 5 µs for the
 * count pattern: more than scanning a sentence with it. Extraction scans every sentence with a few
 * dozen patterns (24,000 matchAll calls for 300 reports), so the copies cost more than the matching.
 */

/**
 * Every match of `re` (which must be global, as for matchAll) in `text`, in order. Same results as
 * `[...text.matchAll(re)]`: the scan starts at `re.lastIndex`, an empty match advances by one character
 * (one code point under the u or v flag), and `re.lastIndex` is left as it was, so a nested scan with
 * the same expression, or a later one, sees no difference.
 * @example matchesOf("two and 3", /\d+|two/g).map((m) => m[0]) // ["two", "3"]
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) return [...text.matchAll(re)]; // throws the TypeError matchAll throws
  const fullUnicode = re.unicode || re.flags.includes("v");
  const saved = re.lastIndex;
  const matches: RegExpExecArray[] = [];
  let position: number = saved;
  try {
    for (;;) {
      re.lastIndex = position;
      const match = re.exec(text);
      if (match === null) break;
      matches.push(match);
      position = re.lastIndex;
      if (match[0] === "") position = advanceIndex(text, position, fullUnicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return matches;
}

/**
 * `re.test(text)`, run only when `needs` (a quick search, no g flag) finds a word every match of `re`
 * holds, read with the same case rule. A pattern that ends at a name ($) or opens with a lookbehind is
 * tried at every character; the quick search rules most texts out first. Same result as `re.test`.
 * @example testWhen(/from/i, /fired from \w+$/i, "shells fired from Y") // true
 */
export const testWhen = (needs: RegExp, re: RegExp, text: string): boolean =>
  needs.test(text) && re.test(text);

/** `matchesOf(text, re)`, or none without a scan when `needs` finds nothing (as for testWhen). */
export const matchesWhen = (needs: RegExp, text: string, re: RegExp): RegExpExecArray[] =>
  needs.test(text) ? matchesOf(text, re) : [];

/**
 * The first match of `re` in `text`, as a copy of `re` without the g and y flags would find it with
 * exec; `re.lastIndex` is left as it was. A global pattern can so serve a first-match reader too,
 * instead of a second copy of it that V8 compiles again (a large Unicode pattern costs ~10 ms).
 * @example firstMatchOf("two and 3", /\d+/g)?.[0] // "3"
 */
export function firstMatchOf(text: string, re: RegExp): RegExpExecArray | null {
  if (re.sticky) throw new TypeError("firstMatchOf: a sticky pattern matches only at lastIndex");
  if (!re.global) return re.exec(text);
  const saved = re.lastIndex;
  re.lastIndex = 0;
  try {
    return re.exec(text);
  } finally {
    re.lastIndex = saved;
  }
}

/** The specification's AdvanceStringIndex: past one code unit, or one code point under u/v. */
function advanceIndex(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const code = text.codePointAt(index) ?? 0;
  return index + (code > 0xffff ? 2 : 1);
}

/**
 * `text` held as a two-byte string: the same characters, so every match, offset and output is the same.
 * V8 compiles a regular expression separately for one-byte (Latin-1 only) and two-byte subjects, and a
 * slice of a text keeps the text's width. A run over a mixed corpus (a quarter of the reports pure
 * Latin-1, the rest holding a curly quote or a dash) compiled most extraction patterns twice, and the
 * large case-insensitive Unicode ones cost ~1-20 ms each to compile; reading every report as two-byte
 * leaves one compilation for the patterns that run on report text and its slices (1,546 compilations
 * → 1,379 over the 300 bench reports; 4% fewer instructions over 60 reports, valgrind).
 * @example asTwoByte("Idlib") === "Idlib" // true
 */
export function asTwoByte(text: string): string {
  // A concatenation with a two-byte character is two-byte; the slice drops the character and keeps
  // the width (V8 flattens the concatenation once and slices it without a copy).
  return `\u0100${text}`.slice(1);
}

/**
 * Patterns declared with {@link matchesTwoCharsOrMore}; regex-matches.test.ts runs each on the empty
 * text and on every one-character text, and fails if one matches.
 */
const TWO_CHARS_OR_MORE = new Set<RegExp>();

/**
 * Declares that `re` (neither global nor sticky) matches no text shorter than two characters, so that
 * {@link testUnlessShort} may skip such a text; returns `re`.
 * @example const AFTER_RE = matchesTwoCharsOrMore(/^\s+of\b/u);
 */
export function matchesTwoCharsOrMore(re: RegExp): RegExp {
  if (re.global || re.sticky) throw new TypeError("matchesTwoCharsOrMore: a g or y pattern keeps state");
  TWO_CHARS_OR_MORE.add(re);
  return re;
}

/** The patterns declared with {@link matchesTwoCharsOrMore} so far (for the test that checks them). */
export const patternsOfTwoCharsOrMore = (): RegExp[] => [...TWO_CHARS_OR_MORE];

/**
 * `re.test(text)` for a pattern declared with {@link matchesTwoCharsOrMore}: false, without a run, for
 * a text shorter than two characters. V8 compiles a pattern once for each width of the texts it runs
 * on, and an empty or one-character string is one-byte even when sliced from a two-byte report
 * (asTwoByte): the empty context after a sentence's last word, or before its first, cost each large
 * pattern tried on it a second compilation (~1-7 ms each, ~35 ms per process over the bench reports).
 * @example testUnlessShort(matchesTwoCharsOrMore(/^\s+of\b/u), "") // false
 */
export function testUnlessShort(re: RegExp, text: string): boolean {
  if (!TWO_CHARS_OR_MORE.has(re)) throw new TypeError(`testUnlessShort: /${re.source}/ is not declared`);
  return text.length > 1 && re.test(text);
}

/** `re.exec(text)`, as {@link testUnlessShort} reads `re.test(text)`: null for a shorter text. */
export function execUnlessShort(re: RegExp, text: string): RegExpExecArray | null {
  if (!TWO_CHARS_OR_MORE.has(re)) throw new TypeError(`execUnlessShort: /${re.source}/ is not declared`);
  return text.length > 1 ? re.exec(text) : null;
}
