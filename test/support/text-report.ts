/**
 * A minimal valid Report around a piece of text, for extraction unit tests that exercise the stage on
 * invented wording without going through ingestion.
 */
import type { Report } from "../../src/domain/report.js";

/** @example textReport("Regime forces shelled Ihsim on Monday.", "2024-03-05").publishedAt // "2024-03-05" */
export function textReport(
  text: string,
  publishedAt: string | null = "2024-03-05",
  { language = "en", title = null }: { language?: string; title?: string | null } = {},
): Report {
  return {
    id: "c".repeat(64),
    byteLength: text.length || 1,
    mediaType: "text/plain",
    encoding: "utf-8",
    originalName: null,
    retrievedAt: "2024-01-01T00:00:00.000Z",
    url: null,
    publisher: null,
    originators: [],
    publishedAt,
    language,
    title,
    byline: null,
    text,
    removed: [],
    related: [],
    keywords: [],
    caveats: [],
  };
}
