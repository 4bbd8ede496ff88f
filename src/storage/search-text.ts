/**
 * Search normalisation shared by both backends' full-text indexes, applied alike to the indexed text
 * and to the query, and the snippets shown with results. Arabic is folded the way Arabic search
 * engines do (Lucene's Arabic normaliser and light stemmer): diacritics (harakat) and tatweel removed;
 * alef with hamza or madda, and alef wasla, become bare alef; alef maksura becomes ya; ta marbuta
 * becomes ha; the article and the clitics stuck to it (ال، وال، بال، كال، فال، لل) and a leading و are
 * stripped, so "قصف" finds "القصف" and "بالقصف". Latin text is left to the index's own tokenizer
 * (case and diacritics folded by SQLite's unicode61 remove_diacritics).
 */

/** One Arabic word: letters, harakat and tatweel (digits and Arabic punctuation split words). */
const ARABIC_WORD =
  /[\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]+/g;
const HAS_ARABIC = /[\u0620-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;
/** Harakat, Quranic marks and tatweel: nothing a search should tell apart. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LETTER_FOLDS: Record<string, string> = { "\u0671": "\u0627", "\u0649": "\u064A", "\u0629": "\u0647" };
const LONG_PREFIXES = [
  "\u0648\u0627\u0644",
  "\u0628\u0627\u0644",
  "\u0643\u0627\u0644",
  "\u0641\u0627\u0644",
];
const SHORT_PREFIXES = ["\u0627\u0644", "\u0644\u0644"];

function foldArabicWord(word: string): string {
  // NFKD splits alef/waw/ya with hamza or madda into the bare letter plus a mark, and presentation
  // forms into ordinary letters; the marks then go with the harakat.
  let folded = word
    .normalize("NFKD")
    .replace(ARABIC_MARKS, "")
    .replace(/[\u0671\u0649\u0629]/g, (c) => LETTER_FOLDS[c] ?? c);
  const long = LONG_PREFIXES.find((p) => folded.startsWith(p));
  if (long && folded.length - long.length >= 2) return folded.slice(long.length);
  const short = SHORT_PREFIXES.find((p) => folded.startsWith(p));
  if (short && folded.length - short.length >= 2) return folded.slice(short.length);
  if (folded.startsWith("\u0648") && folded.length >= 4) folded = folded.slice(1);
  return folded;
}

/**
 * The text as the full-text index should see it: Arabic words folded, everything else unchanged.
 *
 * @example foldForSearch("بالقصفِ على مدينةٍ") // "قصف علي مدينه"
 */
export function foldForSearch(text: string): string {
  return HAS_ARABIC.test(text) ? text.replace(ARABIC_WORD, foldArabicWord) : text;
}

const ASCII = /^[\x00-\x7f]*$/;

/** What a word must equal to match: folded, lower-cased, Latin diacritics removed. */
function matchKey(word: string): string {
  // Plain ASCII has nothing to fold or strip; most words of most reports are, and a snippet keys
  // hundreds of them per search.
  if (ASCII.test(word)) return word.toLowerCase();
  return foldForSearch(word)
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase();
}

/**
 * The searchable words of a user's query, folded like the index; operators and punctuation are just
 * characters here (each backend quotes the words), and words with no letter or digit are dropped.
 *
 * @example searchTerms('القصف "Idlib') // ["قصف", '"Idlib']
 */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .map(foldForSearch);
}

/** Characters of a report's text scanned for a snippet; a match further in shows the opening instead. */
export const SNIPPET_SCAN_CHARS = 200_000;

/**
 * A short excerpt of `text` around the first word matching one of `terms`, matches wrapped in
 * `open`/`close`, cut ends marked with "…"; the opening words when nothing matches.
 *
 * @example buildSnippet("Shelling hit Saraqib today.", ["saraqib"], "[", "]") // "Shelling hit [Saraqib] today."
 */
export function buildSnippet(
  text: string,
  terms: string[],
  open: string,
  close: string,
  options: { before?: number; after?: number } = {},
): string {
  const before = options.before ?? 6;
  const after = options.after ?? 10;
  const keys = new Set(
    terms.flatMap((term) => term.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)).map(matchKey),
  );
  const word = /[\p{L}\p{N}\p{M}]+/gu;
  const recent: { start: number; end: number }[] = [];
  let hit = -1;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    recent.push({ start: m.index, end: m.index + m[0].length });
    if (hit < 0 && keys.has(matchKey(m[0]))) hit = recent.length - 1;
    if (hit < 0 && recent.length > before) recent.shift();
    if (hit >= 0 && recent.length - 1 - hit >= after) break;
    if (hit < 0 && m.index > SNIPPET_SCAN_CHARS) break;
  }
  if (hit < 0) {
    // No match in the text (it was in the title, or past the scanned part): show the opening words.
    const opening = [...text.slice(0, 2_000).matchAll(word)].slice(0, before + after);
    const last = opening[opening.length - 1];
    if (!last) return "";
    const end = (last.index ?? 0) + last[0].length;
    return `${text.slice(0, end)}${end < text.length ? "…" : ""}`;
  }
  const first = recent[0]!;
  const last = recent[recent.length - 1]!;
  let snippet = "";
  let cursor = first.start;
  for (const token of recent) {
    const piece = text.slice(token.start, token.end);
    snippet += text.slice(cursor, token.start);
    snippet += keys.has(matchKey(piece)) ? `${open}${piece}${close}` : piece;
    cursor = token.end;
  }
  return `${first.start > 0 ? "…" : ""}${snippet}${last.end < text.length ? "…" : ""}`;
}
