/**
 * Separates an article from the furniture of the web page it was saved from: logo and menu lines and
 * a masthead at the top, the headline (kept as the title) and its repetitions, date and byline lines,
 * "Read also" links, keyword/tag and share blocks, copyright and credit lines, and publisher
 * disclaimers. Every removed line is listed with its kind and 0-based line number; nothing else is
 * dropped. Runs of blank lines collapse to one, so paragraphs stay separated by "\n\n".
 */
import type { FurnitureKind, RelatedLink, RemovedLine } from "../../domain/report.js";
import {
  classifyTopLine,
  disclaimerStrength,
  headlineKey,
  isCreditOrAdLine,
  isHeadlineLike,
  isKeywordItem,
  isNavLine,
  isShareLine,
  mayHoldDisclaimer,
  matchCopyright,
  matchKeywordHeading,
  matchRelatedLine,
  splitKeywords,
  splitSentences,
  wordsOf,
} from "./furniture-patterns.js";
import { readDateAtStart } from "./parse-date.js";
import {
  isOrganisationLike,
  publisherFromCopyright,
  publisherFromDisclaimer,
  readProperName,
} from "./proper-names.js";

export interface FurnitureInput {
  /** Text with "\n" line endings; line numbers in the result count its lines from 0. */
  text: string;
  /** Title already known from metadata or a Markdown heading; detected from the text when absent. */
  title?: string | null;
  /** First http(s) link on each line, when the source format had links (HTML, Markdown). */
  lineUrls?: readonly (string | null)[];
}

export interface FurnitureResult {
  text: string;
  title: string | null;
  byline: string | null;
  /** From a date line at the top of the page ("Published: 8 September 2021"), as YYYY-MM-DD. */
  publishedAt: string | null;
  /** Named in a disclaimer or copyright line, or read from a masthead line. */
  publisher: string | null;
  /** A lone URL line at the top, as tools that save pages write it ("https://…" then the page). */
  url: string | null;
  removed: RemovedLine[];
  related: RelatedLink[];
  keywords: string[];
  caveats: string[];
}

/** How many non-blank lines at the top may be logo, menu, masthead, headline, date or byline. */
const TOP_SCAN_LINES = 8;
/** After the headline, how many lines may still be date, byline or share lines. */
const LINES_AFTER_TITLE = 3;
/** Weak (verification) disclaimers count only in the last 30% of non-blank lines. */
const TRAILING_BLOCK_START = 0.7;
const MAX_BLOCK_ITEMS = 30;
/** A line that is nothing but a web address. */
const LONE_URL = /^https?:\/\/[^\s<>"]{3,2000}$/i;

type Mark = FurnitureKind | "title";

interface ScanState {
  readonly lines: readonly string[];
  readonly nonBlank: readonly number[];
  readonly marks: (Mark | null)[];
  readonly lineUrls: readonly (string | null)[];
  title: string | null;
  titleLine: number;
  byline: string | null;
  publishedAt: string | null;
  masthead: string | null;
  url: string | null;
  related: RelatedLink[];
  keywords: string[];
  caveats: string[];
  publisherVotes: string[];
}

/**
 * Removes page furniture from a text page and collects what it tells about the article.
 * @example removeTextFurniture({ text: "Logo\n\nHeadline\n\nBody text.\n\nRead also: Other story" })
 *   // text "Body text.", title "Headline", related [{ title: "Other story", url: null }]
 */
export function removeTextFurniture(input: FurnitureInput): FurnitureResult {
  const lines = input.text.split("\n");
  const nonBlank: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== "") nonBlank.push(i);
  });
  const state: ScanState = {
    lines,
    nonBlank,
    marks: lines.map(() => null),
    lineUrls: input.lineUrls ?? [],
    title: input.title?.trim() || null,
    titleLine: -1,
    byline: null,
    publishedAt: null,
    masthead: null,
    url: null,
    related: [],
    keywords: [],
    caveats: [],
    publisherVotes: [],
  };
  scanTop(state);
  scanBody(state);
  return assemble(state);
}

function scanTop(state: ScanState): void {
  const { lines, nonBlank, marks } = state;
  let afterTitle = 0;
  let sawTopFurnitureOnly = true;
  // Keyed once: the given title only changes below together with titleLine, which ends its comparisons.
  const knownTitleKey = state.title === null ? null : headlineKey(state.title);
  for (let k = 0; k < nonBlank.length && k < TOP_SCAN_LINES; k++) {
    const i = nonBlank[k]!;
    const line = lines[i]!;
    if (state.titleLine >= 0 && ++afterTitle > LINES_AFTER_TITLE) break;
    if (state.titleLine < 0 && knownTitleKey !== null && headlineKey(line) === knownTitleKey) {
      marks[i] = "title";
      state.titleLine = i;
      continue;
    }
    if (state.titleLine < 0 && LONE_URL.test(line.trim())) {
      marks[i] = "boilerplate";
      state.url ??= line.trim();
      continue;
    }
    const date = readDateLine(line);
    if (date !== null) {
      marks[i] = "boilerplate";
      if (date !== "updated") state.publishedAt ??= date;
      continue;
    }
    const byline = readByline(line);
    if (byline !== null && state.byline === null) {
      marks[i] = "boilerplate";
      state.byline = byline;
      continue;
    }
    const kind = classifyTopLine(line) ?? (isNavLine(line) ? "menu" : isShareLine(line) ? "share" : null);
    if (kind !== null) {
      marks[i] = kind;
      continue;
    }
    // A standfirst may sit between the headline and the date or byline line: keep it, look further.
    if (state.titleLine >= 0) continue;
    if (sawTopFurnitureOnly && isMasthead(line, lines[nonBlank[k + 1] ?? -1] ?? "", knownTitleKey)) {
      marks[i] = "logo";
      state.masthead = line.trim();
      sawTopFurnitureOnly = false;
      continue;
    }
    sawTopFurnitureOnly = false;
    if (state.title === null && isHeadlineLike(line)) {
      marks[i] = "title";
      state.title = line.trim();
      state.titleLine = i;
      continue;
    }
    break;
  }
}

function scanBody(state: ScanState): void {
  const { lines, nonBlank, marks } = state;
  const trailingStart = Math.floor(nonBlank.length * TRAILING_BLOCK_START);
  const titleKey = state.title === null ? null : headlineKey(state.title);
  let block: "keywords" | "related" | null = null;
  let blockItems = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const line = lines[i]!;
    if (marks[i] !== null) continue;
    if (block === "keywords" && !isShareLine(line) && isKeywordItem(line) && blockItems++ < MAX_BLOCK_ITEMS) {
      marks[i] = "keywords";
      state.keywords.push(...splitKeywords(line));
      continue;
    }
    if (block === "related" && isHeadlineLike(line, 20) && !/\.$/.test(line.trim()) && blockItems++ < 10) {
      marks[i] = "related_link";
      state.related.push(relatedLink(line, state.lineUrls[i] ?? null));
      continue;
    }
    block = null;
    blockItems = 0;
    if (titleKey !== null && headlineKey(line) === titleKey) {
      marks[i] = "repeated_headline";
      continue;
    }
    const related = matchRelatedLine(line);
    if (related !== null) {
      marks[i] = "related_link";
      if (related.rest === "") block = "related";
      else state.related.push(relatedLink(related.rest, state.lineUrls[i] ?? null));
      continue;
    }
    const keywordHeading = matchKeywordHeading(line);
    if (keywordHeading !== null) {
      marks[i] = "keywords";
      state.keywords.push(...splitKeywords(keywordHeading.rest));
      block = "keywords";
      continue;
    }
    if (isShareLine(line)) marks[i] = "share";
    else if (isNavLine(line)) marks[i] = "menu";
    else if (markCopyright(state, i, line) || isCreditOrAdLine(line)) marks[i] ??= "boilerplate";
    else markDisclaimer(state, i, line, k >= trailingStart);
  }
}

function markCopyright(state: ScanState, i: number, line: string): boolean {
  const copyright = matchCopyright(line);
  if (copyright === null) return false;
  state.marks[i] = "boilerplate";
  const name = publisherFromCopyright(copyright.rest);
  if (name !== null) state.publisherVotes.push(name);
  return true;
}

/**
 * A line is a disclaimer only when every sentence in it is one, so a paragraph that reports a claim and
 * then says it could not be verified stays in the text. Verification caveats that are not in the
 * publisher's own voice ("X could not independently verify") count only in the trailing block.
 */
function markDisclaimer(state: ScanState, i: number, line: string, inTrailingBlock: boolean): void {
  // A line no disclaimer pattern can match has no disclaimer sentence: most lines, read without a split.
  if (!mayHoldDisclaimer(line)) return;
  const sentences = splitSentences(line);
  const strengths = sentences.map(disclaimerStrength);
  if (strengths.length === 0 || strengths.some((s) => s === null)) return;
  if (!inTrailingBlock && strengths.some((s) => s === "weak")) return;
  state.marks[i] = "disclaimer";
  for (const sentence of sentences) {
    state.caveats.push(sentence);
    const name = publisherFromDisclaimer(sentence);
    if (name !== null) state.publisherVotes.push(name);
  }
}

const DATE_LABEL =
  /^(?:(published|posted|updated|last updated|modified|date|dated)(?:\s+on)?\s*[:\-–—]?\s*)/i;
// Commas here may be Arabic ones (U+060C), as on the English pages of Arabic-first sites.
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?[,\u060C]?\s+/i;
const TIME_TAIL =
  /^[\s,\u060C|·•–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:GMT|UTC)\s*[+-]?\d{0,2}(?::?\d{2})?\)?|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?[\s|·•–—-]*$/i;

/** A line that is only a date (with an optional label, weekday and time): the date, "updated", or null. */
function readDateLine(line: string): string | null {
  const label = DATE_LABEL.exec(line.trim());
  const rest = line
    .trim()
    .slice(label?.[0].length ?? 0)
    .replace(WEEKDAY, "");
  const date = readDateAtStart(rest);
  if (date === null || !TIME_TAIL.test(rest.slice(date.length))) return null;
  return /updated|modified/i.test(label?.[1] ?? "") ? "updated" : date.date;
}

/** "By Jane Doe" or "By Jane Doe, Some Agency" near the top: the byline as written after "By". */
function readByline(line: string): string | null {
  const m = /^\s*by\s+(.+)$/i.exec(line);
  if (!m?.[1] || wordsOf(line).length > 12) return null;
  const name = readProperName(m[1]);
  return name !== null && name.split(/\s+/).length >= 2 ? m[1].trim() : null;
}

/**
 * A short name alone on the first line that is a site banner, not the headline: either it is directly
 * followed by a menu or logo line (headlines are not), or it reads like an organisation and the headline
 * follows it.
 */
function isMasthead(line: string, next: string, knownTitleKey: string | null): boolean {
  const trimmed = line.trim();
  if (wordsOf(trimmed).length > 6 || /\d/.test(trimmed)) return false;
  if (readProperName(trimmed) !== trimmed) return false;
  if (knownTitleKey !== null && headlineKey(trimmed) === knownTitleKey) return false;
  if (next !== "" && (classifyTopLine(next) !== null || isNavLine(next))) return true;
  if (!isOrganisationLike(trimmed)) return false;
  if (knownTitleKey !== null) return headlineKey(next) === knownTitleKey;
  return next !== "" && isHeadlineLike(next);
}

const URL_IN_TEXT = /https?:\/\/[^\s)>\]]+/;

function relatedLink(text: string, lineUrl: string | null): RelatedLink {
  const url = lineUrl ?? URL_IN_TEXT.exec(text)?.[0] ?? null;
  const title = text
    .replace(URL_IN_TEXT, "")
    .replace(/[\s(<[\]>:–—|-]+$/, "")
    .trim();
  return { title: title === "" ? (url ?? text.trim()) : title, url };
}

function assemble(state: ScanState): FurnitureResult {
  const { lines, marks } = state;
  const keptBody = () => lines.some((line, i) => marks[i] === null && line.trim() !== "");
  // A one-line report is its own body: never leave the text empty just to fill the title.
  if (!keptBody() && state.titleLine >= 0) marks[state.titleLine] = null;

  const out: string[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((line, i) => {
    const mark = marks[i];
    if (mark === null || mark === undefined) {
      if (line.trim() !== "" || (out.length > 0 && out[out.length - 1] !== "")) out.push(line);
      return;
    }
    if (mark !== "title") removed.push({ kind: mark, text: line, line: i });
  });
  while (out.length > 0 && out[out.length - 1] === "") out.pop();

  return {
    text: out.join("\n"),
    url: state.url,
    title: state.title,
    byline: state.byline,
    publishedAt: state.publishedAt,
    publisher:
      mostNamed(state.publisherVotes) ??
      (state.masthead && isOrganisationLike(state.masthead) ? state.masthead : null),
    removed,
    related: state.related,
    keywords: state.keywords,
    caveats: state.caveats,
  };
}

/** The name given most often; the first one on a tie. */
function mostNamed(names: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  const counts = new Map<string, number>();
  for (const name of names) {
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
