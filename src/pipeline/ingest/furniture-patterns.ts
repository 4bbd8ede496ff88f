/**
 * Line classifiers for page furniture in web pages saved as text: menus, logos, "Read also" lines,
 * keyword and share blocks, copyright and credit lines, publisher disclaimers, and the helpers that read
 * an organisation name out of such lines. Each rule is phrased generally (outlets word these differently);
 * where a rule could also match article prose, it demands shortness or a separator to stay safe.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*/gu;

/** The last few lines split by wordsOf: every classifier asks about the same line in turn. */
const recentWords = new Map<string, readonly string[]>();
const RECENT_LINES = 8;

/** Words of a line, for length and vocabulary tests (do not modify the array: it is shared). */
export function wordsOf(line: string): readonly string[] {
  let words = recentWords.get(line);
  if (!words) {
    words = line.match(WORD) ?? [];
    if (recentWords.size >= RECENT_LINES) recentWords.delete(recentWords.keys().next().value!);
    recentWords.set(line, words);
  }
  return words;
}

/** Normal form for comparing headlines: case, quotes, dashes, spacing and end punctuation ignored. */
export function headlineKey(line: string): string {
  return line
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛“”„‟"'`´«»‹›]/g, "")
    .replace(/[–—‐-]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s.:;,!?-]+$/, "")
    .trim();
}

/**
 * A line short enough and shaped like a headline: no sentence-final period and no trailing colon, so a
 * short opening sentence ("Two civilians were killed.") is never mistaken for the title and lost from
 * the text.
 */
export function isHeadlineLike(line: string, maxWords = 25): boolean {
  const words = wordsOf(line);
  if (words.length === 0 || words.length > maxWords || line.length > 200) return false;
  return !/[.:;,]$/.test(line.trim());
}

const MENU_TOKENS = new Set(
  (
    "home menu search subscribe sign in up log login logout register skip to main content navigation toggle " +
    "account my donate close open english arabic français newsletter contact about us en ar fr main-menu " +
    "العربية عربي"
  ).split(" "),
);
const MENU_CORE = /\b(menu|home|search|subscribe|sign ?in|sign ?up|log ?in|skip to|navigation|donate)\b/i;

/** Logo or menu words at the top of a page: "Logo Wide", "Skip to content", "Menu", "Subscribe Sign In". */
export function classifyTopLine(line: string): "logo" | "menu" | null {
  const words = wordsOf(line);
  if (words.length === 0 || words.length > 8) return null;
  if (/\blogo\b/i.test(line) && words.length <= 6) return "logo";
  if (!MENU_CORE.test(line)) return null;
  const menuWords = words.filter((w) => MENU_TOKENS.has(w.toLowerCase())).length;
  return menuWords / words.length >= 0.6 ? "menu" : null;
}

/** A navigation line: three or more short items separated by | • · » › or >, e.g. "Home | World | Opinion". */
export function isNavLine(line: string): boolean {
  // Most lines hold no separator (and then split into one item): ask that before splitting.
  if (!/[|•·»›>]/.test(line)) return false;
  const items = line.split(/\s*[|•·»›>]\s*/).filter((item) => item.trim() !== "");
  if (items.length < 3) return false;
  return items.every((item) => wordsOf(item).length <= 4 && !/[.!?]$/.test(item.trim()));
}

const SHARE_TOKENS = new Set(
  (
    "share this on via article story post page facebook twitter x whatsapp telegram linkedin email e-mail print " +
    "tweet copy link reddit pinterest messenger follow us mail"
  ).split(" "),
);
const SHARE_CORE =
  /\b(share|print|e-?mail|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest)\b/i;

/** Share and print widgets: "Share this:", "Share on Facebook", "Facebook Twitter WhatsApp", "Print". */
export function isShareLine(line: string): boolean {
  // The share word first: every body line is asked, and few name one.
  if (!SHARE_CORE.test(line)) return false;
  const words = wordsOf(line);
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?]$/.test(line.trim())) return false;
  return words.every((w) => SHARE_TOKENS.has(w.toLowerCase()));
}

export interface PrefixedLine {
  /** What followed the prefix, trimmed; "" when the line was only the prefix. */
  rest: string;
}

/** Prefixes that are unambiguous even when followed only by a space. */
const RELATED_STRONG =
  /^\s*(?:read also|also read|read more|see also|more on this(?: topic| story)?|you may also like|further reading|recommended for you|[اإ]قرأ أيضا?ً?|اقرأ ايضا|شاهد أيضاً?|اقرأ المزيد)(?![\p{L}\p{N}])\s*[:\-–—|»›]*\s*/iu;
/** Prefixes that also start ordinary sentences ("Related to this, ..."), so need a separator or nothing after. */
const RELATED_WEAK =
  /^\s*(?:related(?: articles| stories| news| content| posts| reading| coverage)?|recommended(?: reading| articles)?|more stories|most read|popular|(?:مواضيع|مقالات|أخبار) ذات صلة)\s*(?:[:\-–—|»›]+\s*|$)/iu;

/** "Read Also: Title", "RELATED: Title", "See also - Title", or a bare "Related articles" heading. */
export function matchRelatedLine(line: string): PrefixedLine | null {
  const strong = RELATED_STRONG.exec(line);
  if (strong && wordsOf(line).length <= 30) return { rest: line.slice(strong[0].length).trim() };
  const weak = RELATED_WEAK.exec(line);
  return weak ? { rest: line.slice(weak[0].length).trim() } : null;
}

const KEYWORD_HEADING =
  /^\s*(?:(?:helpful |related )?(?:keywords?|key words|tags|topics)|tagged(?: with)?|filed under|categories|category|posted in|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم)\s*(?:[:\-–—]+\s*|$)/iu;
const KEYWORD_HEADING_SPACE = /^\s*(?:helpful keywords|filed under|tagged with)\s+/i;

/** "Tags: Syria, Idlib", "Helpful keywords", "Filed under: ..." — a keyword block heading. */
export function matchKeywordHeading(line: string): PrefixedLine | null {
  const m = KEYWORD_HEADING.exec(line) ?? KEYWORD_HEADING_SPACE.exec(line);
  if (!m || wordsOf(line).length > 30) return null;
  return { rest: line.slice(m[0].length).trim() };
}

/** A line short enough to be one more item of a keyword block. */
export function isKeywordItem(line: string): boolean {
  const words = wordsOf(line);
  return words.length > 0 && words.length <= 6 && line.length <= 60 && !/[.!?:]$/.test(line.trim());
}

/** Splits "Syria, Idlib; Human rights" into keyword items. */
export function splitKeywords(rest: string): string[] {
  return rest
    .split(/\s*[,;|•·،؛]\s*/)
    .map((k) => k.trim())
    .filter((k) => k !== "");
}

const COPYRIGHT = /^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?/i;

/** Copyright and rights lines ("© 2024 Some Monitor. All rights reserved."): short, at line start. */
export function matchCopyright(line: string): PrefixedLine | null {
  if (wordsOf(line).length > 25) return null;
  const m = COPYRIGHT.exec(line);
  if (m) return { rest: line.slice(m[0].length).trim() };
  return /^\s*all rights reserved\.?\s*$/i.test(line) ? { rest: "" } : null;
}

/** Credit and advertising lines that carry no article content. */
export function isCreditOrAdLine(line: string): boolean {
  const words = wordsOf(line).length;
  if (/^\s*(?:advertisement|sponsored(?: content)?|ad)\s*$/i.test(line)) return true;
  if (
    words <= 25 &&
    /^\s*\(?(?:reporting|writing|editing|additional reporting|compiled|translated) by\b/i.test(line)
  )
    return true;
  if (words <= 8 && /^\s*(?:translated|adapted) from (?:the )?\p{L}+(?: by [^.]+)?\.?\s*$/iu.test(line))
    return true;
  return words <= 20 && /^\s*(?:sign up|subscribe)\b.*\bnewsletter\b/i.test(line);
}

/** Disclaimer sentences whose phrasing is the publisher's own voice: recognised wherever they stand. */
const DISCLAIMER_STRONG = [
  /\bthis (?:article|story|report|piece|content|text|post|news)\b.{0,40}\b(?:was|has been|is|were)\b.{0,20}\b(?:edited|translated|prepared|produced|written|adapted|republished|reproduced|originally published|syndicated)\b/i,
  /\b(?:views?|opinions?)\b.{0,40}\bexpressed\b.{0,120}\b(?:do|does|may) not necessarily\b/i,
  /\b(?:views?|opinions?)\b.{0,40}\bexpressed\b.{0,80}\bare (?:those|solely those) of the (?:author|writer)s?\b/i,
  /\bresponsibility for the (?:information|content|views|opinions)\b.{0,120}\b(?:lies|rests)\b/i,
  /\bnot verified the content of this\b/i,
  /\b(?:is|are) not responsible for the content\b/i,
  /\bwe (?:have not|haven't|could not|cannot|can't|were unable to) (?:independently )?(?:verify|verified|confirm)\b/i,
];
/** Verification caveats that also occur in reporting ("the source could not verify"): trailing block only. */
const DISCLAIMER_WEAK = [
  /\b(?:has|have|had) not (?:been )?(?:independently )?(?:verified|confirmed)\b/i,
  /\b(?:could not|cannot|can't|couldn't|was unable to|were unable to|is unable to|are unable to|not able to)\s+(?:independently\s+)?(?:verify|confirm)\b/i,
];

/**
 * Every disclaimer pattern above holds one of these words, in any case ("this article …", "views …
 * expressed", "responsibility for …", "not responsible", "verify", "verified", "confirm"); the patterns
 * are case-insensitive without the u flag, so an ASCII word matches only ASCII letters, and the text in
 * lower case holds the word whenever a pattern matches.
 */
const DISCLAIMER_WORDS = ["this ", "expressed", "responsib", "verif", "confirm"];

/** False when no disclaimer pattern can match `text` (no sentence of it is a disclaimer). */
export function mayHoldDisclaimer(text: string): boolean {
  const lower = text.toLowerCase();
  return DISCLAIMER_WORDS.some((word) => lower.includes(word));
}

/** "strong" for publisher-voice disclaimers, "weak" for verification caveats, null for prose. */
export function disclaimerStrength(sentence: string): "strong" | "weak" | null {
  if (!mayHoldDisclaimer(sentence)) return null;
  if (DISCLAIMER_STRONG.some((re) => re.test(sentence))) return "strong";
  return DISCLAIMER_WEAK.some((re) => re.test(sentence)) ? "weak" : null;
}

/** Splits a line into sentences at . ! ? followed by a space and a capital, quote or ©. */
export function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"“‘(©])/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
