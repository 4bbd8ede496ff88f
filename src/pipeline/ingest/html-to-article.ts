/**
 * HTML page → article text and metadata. Metadata comes from meta tags and JSON-LD (read before
 * Readability, which rewrites the document); the body from @mozilla/readability on a second parse, turned
 * into text by walking its DOM (never via innerHTML). When Readability finds nothing or far less than the
 * page holds, the whole body minus nav/header/footer/aside is used instead.
 */
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import { errors } from "../../domain/errors.js";
import {
  type DomDocument,
  type DomNode,
  type TextLines,
  PAGE_CHROME,
  domToLines,
  maxDepth,
} from "./html-dom.js";
import { readHtmlMetadata, stripSiteSuffix } from "./html-metadata.js";
import { normaliseDate } from "./parse-date.js";

export interface HtmlArticle {
  /** Article text, blocks separated by blank lines (furniture rules not yet applied). */
  text: string;
  /** First http(s) link of each line of `text`, for "Read also" links. */
  lineUrls: (string | null)[];
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  byline: string | null;
  url: string | null;
  language: string | null;
}

/**
 * The DOM and Readability libraries load on the first HTML page rather than with the stage: text and
 * Markdown reports never need them, and loading them costs about 0.15 s of CPU. (Both ship CommonJS
 * builds, so they can be required synchronously inside this synchronous stage.)
 */
const requireLibrary = createRequire(import.meta.url);
let htmlLibraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function htmlLibrary() {
  return (htmlLibraries ??= {
    parseHTML: (requireLibrary("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (requireLibrary("@mozilla/readability") as { Readability: typeof ReadabilityClass })
      .Readability,
  });
}

/** Below this share of the body fallback's length, Readability is taken to have missed the article. */
const MIN_READABILITY_SHARE = 0.3;
/** Readability results at least this long are trusted even when the page around them is much longer. */
const TRUSTED_READABILITY_CHARS = 500;
/** Real article pages nest well under 100 elements deep. */
const MAX_READABILITY_DEPTH = 200;

/**
 * Extracts the article from an HTML page.
 * @param what how to name the input in error messages.
 * @throws R2pError INPUT_NO_TEXT when neither Readability nor the body fallback yields any text.
 * @example htmlToArticle("<html><body><article><h1>T</h1><p>Body.</p></article></body></html>", "Input").text
 */
export function htmlToArticle(html: string, what: string): HtmlArticle {
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const document = parseDocument(source);
  const metadata = readHtmlMetadata(document);
  const fallback = document.body ? domToLines(document.body, PAGE_CHROME) : { lines: [], urls: [] };
  // Readability slows down sharply with nesting depth (seconds at a few hundred levels); such pages get
  // the linear body fallback instead.
  const tooDeep =
    document.documentElement !== null && maxDepth(document.documentElement) > MAX_READABILITY_DEPTH;
  const readable = tooDeep ? null : runReadability(source);

  const fallbackChars = countChars(fallback);
  const readableChars = readable ? countChars(readable.lines) : 0;
  const chosen = readable && preferReadability(readableChars, fallbackChars) ? readable.lines : fallback;
  if (countChars(chosen) === 0) throw errors.noText(what);

  const documentTitle = document.title.trim() === "" ? null : document.title.trim();
  return {
    text: chosen.lines.join("\n"),
    lineUrls: chosen.urls,
    title:
      metadata.title ??
      readable?.title ??
      stripSiteSuffix(documentTitle, metadata.siteName) ??
      firstHeading(document),
    publisher: metadata.siteName ?? readable?.siteName ?? null,
    publishedAt:
      metadata.publishedAt ?? (readable?.publishedTime ? normaliseDate(readable.publishedTime) : null),
    byline: metadata.byline ?? readable?.byline ?? null,
    url: metadata.url,
    language: metadata.language,
  };
}

/**
 * Readability is trusted for a long result. A short one is its low-confidence best attempt: it is dropped
 * when it is far shorter than the page (it missed the article) or no shorter than the body without page
 * chrome (it kept the menus that the fallback removes).
 */
function preferReadability(readableChars: number, fallbackChars: number): boolean {
  if (readableChars === 0) return false;
  if (readableChars >= TRUSTED_READABILITY_CHARS || fallbackChars === 0) return true;
  return readableChars >= fallbackChars * MIN_READABILITY_SHARE && readableChars < fallbackChars;
}

interface ReadableResult {
  lines: TextLines;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
}

function parseDocument(html: string): DomDocument {
  // linkedom's types describe a browser Window; the parts we use match DomDocument.
  return htmlLibrary().parseHTML(html).document as unknown as DomDocument;
}

function runReadability(html: string): ReadableResult | null {
  try {
    const { parseHTML, Readability } = htmlLibrary();
    const document = parseHTML(html).document;
    const article = new Readability<DomNode>(document, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
    if (!article?.content) return null;
    return {
      lines: domToLines(article.content),
      title: clean(article.title),
      siteName: clean(article.siteName),
      byline: clean(article.byline),
      publishedTime: clean(article.publishedTime),
    };
  } catch {
    // Readability throws on some malformed documents; the body fallback covers them.
    return null;
  }
}

function firstHeading(document: DomDocument): string | null {
  return clean(document.querySelector("h1")?.textContent);
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

function countChars(text: TextLines): number {
  return text.lines.reduce((sum, line) => sum + line.length, 0);
}
