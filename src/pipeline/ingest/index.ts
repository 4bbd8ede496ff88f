/**
 * The ingest stage: bytes in, a validated Report out. Pure — the caller reads files or requests and passes
 * the bytes and the clock. Steps: decode (size, emptiness, binary, encoding), pick the media type, turn
 * HTML / Markdown / JSON into text, remove page furniture, then fill metadata with a fixed precedence:
 * user override > import JSON > page metadata > what the text itself says. Nothing is ever invented.
 */
import { createHash } from "node:crypto";
import { errors } from "../../domain/errors.js";
import { type MediaType, type RemovedLine, Report } from "../../domain/report.js";
import { decodeBytes } from "./decode-bytes.js";
import { detectLanguage } from "./detect-language.js";
import { findOriginators } from "./find-originators.js";
import { htmlToArticle } from "./html-to-article.js";
import { markdownToText } from "./markdown-to-text.js";
import { isValidIsoDate, normaliseDate } from "./parse-date.js";
import { parseReportJson } from "./report-json.js";
import { sniffMediaType } from "./sniff-media-type.js";
import { type FurnitureInput, removeTextFurniture } from "./text-page-furniture.js";

export interface IngestInput {
  bytes: Uint8Array;
  /** File name, "-" for stdin, null from the API. */
  originalName: string | null;
  /** From --type or the HTTP Content-Type; otherwise sniffed from the name and the content. */
  mediaTypeHint?: MediaType | null;
  /** User-supplied overrides win over anything detected. */
  publisher?: string | null;
  /** YYYY-MM-DD; rejected with INPUT_BAD_DATE when not a real day. */
  publishedAt?: string | null;
  url?: string | null;
  /** ISO datetime given by the caller, so tests control the clock. */
  retrievedAt: string;
}

export interface IngestDeps {
  maxBytes: number;
}

/** Metadata a source format states about itself, before the text's own evidence is consulted. */
interface StatedMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  byline: string | null;
  url: string | null;
  /** A language the source states for certain (import JSON). */
  language: string | null;
  /** A language the page declares (<html lang>): used only when detection is unsure. */
  languageHint: string | null;
  originators: string[] | null;
}

const NOTHING_STATED: StatedMetadata = {
  title: null,
  publisher: null,
  publishedAt: null,
  byline: null,
  url: null,
  language: null,
  languageHint: null,
  originators: null,
};

/**
 * Ingests one document.
 * @throws R2pError INPUT_TOO_LARGE, INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING, INPUT_NO_TEXT,
 *   INPUT_BAD_JSON or INPUT_BAD_DATE when the input cannot become a report.
 * @example ingestDocument({ bytes, originalName: "a.txt", retrievedAt: "2026-01-01T00:00:00.000Z" }, { maxBytes: 5e6 })
 */
export function ingestDocument(input: IngestInput, deps: IngestDeps): Report {
  const what = describeInput(input.originalName);
  const { text: decoded, encoding } = decodeBytes(input.bytes, what, deps.maxBytes);
  const publishedOverride = blankToNull(input.publishedAt);
  if (publishedOverride !== null && !isValidIsoDate(publishedOverride))
    throw errors.invalidDate(publishedOverride);
  const mediaType = sniffMediaType(decoded, input.originalName, input.mediaTypeHint ?? null);
  const base = {
    id: createHash("sha256").update(input.bytes).digest("hex"),
    byteLength: input.bytes.length,
    mediaType,
    encoding,
    originalName: input.originalName,
    retrievedAt: input.retrievedAt,
  };
  const overrides = {
    publisher: blankToNull(input.publisher),
    publishedAt: publishedOverride,
    url: blankToNull(input.url),
  };

  const source = readSourceFormat(mediaType, decoded, what);
  if (source.kind === "export") {
    // Re-ingesting an export keeps its derived fields; identity and retrieval describe these bytes.
    const exported = source.report;
    return Report.parse({
      ...exported,
      ...base,
      publisher: overrides.publisher ?? exported.publisher,
      publishedAt: overrides.publishedAt ?? exported.publishedAt,
      url: overrides.url ?? exported.url,
    });
  }
  const { furnitureInput, stated } = source;

  const page = removeTextFurniture(furnitureInput);
  if (page.text.trim() === "") throw errors.noText(what);

  return Report.parse({
    ...base,
    url: overrides.url ?? stated.url ?? page.url,
    publisher: overrides.publisher ?? stated.publisher ?? page.publisher,
    originators: stated.originators ?? findOriginators(page.text),
    publishedAt: overrides.publishedAt ?? stated.publishedAt ?? page.publishedAt,
    language: stated.language ?? detectLanguage(page.text) ?? stated.languageHint,
    title: stated.title ?? page.title,
    byline: stated.byline ?? page.byline,
    text: page.text,
    removed: [...(source.preRemoved ?? []), ...page.removed],
    related: page.related,
    keywords: page.keywords,
    caveats: page.caveats,
  });
}

type SourceFormat =
  | { kind: "export"; report: Report }
  | {
      kind: "text";
      furnitureInput: FurnitureInput;
      stated: StatedMetadata;
      /** Lines taken out before furniture rules ran (Markdown front matter), listed as removed. */
      preRemoved?: RemovedLine[];
    };

/** Turns the decoded document into text lines plus whatever metadata its format states. */
function readSourceFormat(mediaType: MediaType, decoded: string, what: string): SourceFormat {
  if (mediaType === "application/json") {
    const parsed = parseReportJson(decoded, what);
    if (parsed.kind === "export") return { kind: "export", report: parsed.value };
    const imported = parsed.value;
    return {
      kind: "text",
      furnitureInput: { text: normaliseLines(imported.text), title: imported.title ?? null },
      stated: {
        ...NOTHING_STATED,
        title: imported.title ?? null,
        publisher: imported.publisher ?? null,
        publishedAt: imported.publishedAt ?? null,
        url: imported.url ?? null,
        language: imported.language ?? null,
        originators: imported.originators ?? null,
      },
    };
  }
  if (mediaType === "text/html") {
    const article = htmlToArticle(decoded, what);
    return {
      kind: "text",
      furnitureInput: { text: article.text, title: article.title, lineUrls: article.lineUrls },
      stated: {
        title: article.title,
        publisher: article.publisher,
        publishedAt: article.publishedAt,
        byline: article.byline,
        url: article.url,
        language: null,
        languageHint: article.language,
        originators: null,
      },
    };
  }
  if (mediaType === "text/markdown") {
    const markdown = markdownToText(decoded);
    const fields = markdown.frontMatter?.fields ?? {};
    const date = fields.date ?? fields.published ?? fields.publishdate;
    return {
      kind: "text",
      furnitureInput: {
        text: markdown.text,
        title: fields.title ?? markdown.title,
        lineUrls: markdown.lineUrls,
      },
      stated: {
        ...NOTHING_STATED,
        title: fields.title ?? null,
        publishedAt: date ? normaliseDate(date) : null,
        byline: fields.author ?? null,
        url: fields.url ?? fields.canonical ?? null,
      },
      preRemoved: (markdown.frontMatter?.lines ?? []).map(({ line, text }) => ({
        kind: "boilerplate",
        text,
        line,
      })),
    };
  }
  return { kind: "text", furnitureInput: { text: decoded }, stated: NOTHING_STATED };
}

function describeInput(originalName: string | null): string {
  if (originalName === null) return "The request body";
  if (originalName === "-") return "Standard input";
  return `File "${originalName}"`;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** Same line normalisation as for decoded bytes, for text that arrives inside JSON. */
function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "");
}
