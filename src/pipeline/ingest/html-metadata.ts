/**
 * Reads article metadata from an HTML document: meta tags (Open Graph, article:*, Dublin Core,
 * citation_*, author), the canonical link, the html lang attribute, and schema.org JSON-LD
 * (Article / NewsArticle and kin, also inside @graph arrays, with @id references followed).
 */
import type { DomDocument } from "./html-dom.js";
import { normaliseDate } from "./parse-date.js";

export interface HtmlMetadata {
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
  byline: string | null;
  url: string | null;
  /** Primary language subtag of <html lang>, lowercased, e.g. "ar". */
  language: string | null;
}

const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "citation_title"];
const SITE_KEYS = [
  "og:site_name",
  "publisher",
  "dc.publisher",
  "citation_publisher",
  "citation_journal_title",
];
const DATE_KEYS = [
  "article:published_time",
  "datepublished",
  "og:published_time",
  "citation_publication_date",
  "citation_date",
  "dc.date.issued",
  "dc.date",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "parsely-pub-date",
  "sailthru.date",
];
const AUTHOR_KEYS = ["author", "article:author", "dc.creator", "citation_author", "byl"];
const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|NewsArticle|Report|SocialMediaPosting)$/;

type Json = Record<string, unknown>;

/** Collects the page's own metadata; every field is null when the page does not state it. */
export function readHtmlMetadata(document: DomDocument): HtmlMetadata {
  const meta = readMetaTags(document);
  const ld = findJsonLdArticle(document);
  const first = (keys: readonly string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const siteName = ld.publisher ?? first(SITE_KEYS);
  const author = first(AUTHOR_KEYS);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ?? null;
  const url = [canonical, meta.get("og:url") ?? null].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  const lang = document.documentElement?.getAttribute("lang")?.trim().toLowerCase() ?? "";
  return {
    title: ld.headline ?? stripSiteSuffix(first(TITLE_KEYS), siteName),
    siteName,
    publishedAt: firstDate([ld.datePublished, ...DATE_KEYS.map((k) => meta.get(k) ?? null)]),
    byline: ld.author ?? (author && !/^https?:/i.test(author) ? author : null),
    url,
    language: /^[a-z]{2,3}\b/.exec(lang)?.[0] ?? null,
  };
}

/**
 * Removes a trailing " | Site Name" (or " - ", " – ", " — ") from a page title when it names the site.
 * @example stripSiteSuffix("Shelling in Idlib | Example News", "Example News") // "Shelling in Idlib"
 */
export function stripSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (title === null) return null;
  const trimmed = title.trim();
  if (siteName === null) return trimmed;
  const m = /^(.*\S)\s+[|\-–—:]\s+(.+)$/.exec(trimmed);
  return m?.[1] && m[2]?.trim().toLowerCase() === siteName.trim().toLowerCase() ? m[1] : trimmed;
}

function readMetaTags(document: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  const metas = document.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "")
      .trim()
      .toLowerCase();
    const content = el.getAttribute("content")?.replace(/\s+/g, " ").trim() ?? "";
    if (key !== "" && content !== "" && !map.has(key)) map.set(key, content);
  }
  return map;
}

function firstDate(values: readonly (string | null)[]): string | null {
  for (const value of values) {
    const date = value === null ? null : normaliseDate(value);
    if (date !== null) return date;
  }
  return null;
}

interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

function findJsonLdArticle(document: DomDocument): LdArticle {
  const nodes: Json[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      collectNodes(JSON.parse(scripts[i]!.textContent ?? ""), nodes, 0);
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags and the text still speak for the page.
    }
  }
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  const resolve = (value: unknown): unknown => {
    const rec = asRecord(value);
    const id = rec && typeof rec["@id"] === "string" && Object.keys(rec).length === 1 ? rec["@id"] : null;
    return id !== null ? (byId.get(id) ?? value) : value;
  };
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return { headline: null, datePublished: null, author: null, publisher: null };
  return {
    headline: asText(article["headline"]) ?? asText(article["name"]),
    datePublished: asText(article["datePublished"]) ?? asText(article["dateCreated"]),
    author: nameOf(article["author"], resolve),
    publisher: nameOf(article["publisher"], resolve),
  };
}

function collectNodes(value: unknown, into: Json[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  const rec = asRecord(value);
  if (rec === null) return;
  into.push(rec);
  if (rec["@graph"] !== undefined) collectNodes(rec["@graph"], into, depth + 1);
}

function typesOf(node: Json): string[] {
  const type = node["@type"];
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** A name from a string, an object with `name`, an @id reference, or a list of those (joined by ", "). */
function nameOf(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((item) => {
      const resolved = resolve(item);
      return asText(resolved) ?? asText(asRecord(resolved)?.["name"]);
    })
    .filter((n): n is string => n !== null && !/^https?:/i.test(n));
  return names.length > 0 ? names.join(", ") : null;
}

function asRecord(value: unknown): Json | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function asText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.replace(/\s+/g, " ").trim() : null;
}
