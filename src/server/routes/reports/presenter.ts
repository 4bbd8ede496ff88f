/** Shapes stored records for the API: the public fields only, in a stable order. */
import type { Report } from "../../../domain/report.js";

export function presentReport(report: Report) {
  return {
    id: report.id,
    title: report.title,
    publisher: report.publisher,
    originators: report.originators,
    publishedAt: report.publishedAt,
    language: report.language,
    url: report.url,
    retrievedAt: report.retrievedAt,
    mediaType: report.mediaType,
    encoding: report.encoding,
    byteLength: report.byteLength,
    byline: report.byline,
    caveats: report.caveats,
    related: report.related,
    keywords: report.keywords,
    removed: report.removed,
    text: report.text,
  };
}
