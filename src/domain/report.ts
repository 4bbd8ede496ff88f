/**
 * The Report record: one ingested document. Its id is the sha256 of the original bytes, which are kept
 * unchanged beside it; everything else (clean text, furniture, metadata) is derived from those bytes.
 */
import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export const mediaTypes = ["text/plain", "text/markdown", "text/html", "application/json"] as const;
export const MediaType = z.enum(mediaTypes);
export type MediaType = z.infer<typeof MediaType>;

/** What kind of page furniture a removed line was; kept so nothing leaves the record silently. */
export const FurnitureKind = z.enum([
  "logo",
  "menu",
  "repeated_headline",
  "related_link",
  "disclaimer",
  "keywords",
  "share",
  "boilerplate",
]);
export type FurnitureKind = z.infer<typeof FurnitureKind>;

export const RemovedLine = z.object({
  kind: FurnitureKind,
  /** The removed line exactly as it stood in the decoded document. */
  text: z.string(),
  /** 0-based line number in the decoded document (before cleaning). */
  line: z.number().int().nonnegative(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

export const RelatedLink = z.object({ title: z.string(), url: z.string().nullable() });
export type RelatedLink = z.infer<typeof RelatedLink>;

export const Report = z.object({
  /** sha256 hex of the original bytes; also the report id. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().positive(),
  mediaType: MediaType,
  /** Encoding the original bytes were decoded from, e.g. "utf-8", "utf-16le", "windows-1256". */
  encoding: z.string(),
  /** File name or "-" for stdin; null when the report came from the API without one. */
  originalName: z.string().nullable(),
  retrievedAt: z.string().datetime(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  /** Who the report relays ("according to the SOC"): names as written. */
  originators: z.array(z.string()),
  /** Publication day when known from the user, the page metadata or the text; never invented. */
  publishedAt: isoDate.nullable(),
  language: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** Clean text: the article body without page furniture. Evidence spans point into this string. */
  text: z.string(),
  removed: z.array(RemovedLine),
  related: z.array(RelatedLink),
  keywords: z.array(z.string()),
  /** Publisher caveats such as "has not verified the content of this story", verbatim. */
  caveats: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

/** A short listing row for report lists and search results. */
export interface ReportSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  retrievedAt: string;
  byteLength: number;
}
