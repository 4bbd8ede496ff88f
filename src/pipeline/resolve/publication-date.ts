/**
 * The publication date resolution reads relative dates against: the report's own (page metadata, a
 * dateline, or what the user gave), else a date in the path of its URL. Many news sites file a story
 * under the day it was published (`/2023/6/25/…`, `/theaters/2023-06-25/…`); for a page saved as
 * text, that path is often the only date left. It is a publication date, never the event's date: a
 * claim still gets its day from its own text ("on Sunday" against that date).
 */

export interface PublicationDate {
  date: string;
  /** Where the date came from: the report's metadata or its URL path. */
  from: "report" | "url";
}

/** /2023/06/25/ or /2023/6/25/, and /2023-06-25/ or /2023-06-25-title: a year, month and day in the path. */
const PATH_DATES = [
  /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/,
  /\/((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/-]|$)/,
];

/**
 * The date in a URL's path, when it names a real calendar day.
 * @example dateInUrl("https://www.aljazeera.com/news/2023/6/25/nine-killed") // "2023-06-25"
 */
export function dateInUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of PATH_DATES) {
    const m = pattern.exec(path);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const parsed = new Date(`${iso}T00:00:00Z`);
    // 2023/2/30 is no day: Date would roll it into March.
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso) return iso;
  }
  return null;
}

/**
 * The report's publication date, or the one its URL path gives.
 * @example publicationDate({ publishedAt: null, url: "https://x.org/2021/11/24/a" }) // { date: "2021-11-24", from: "url" }
 */
export function publicationDate(report: {
  publishedAt: string | null;
  url: string | null;
}): PublicationDate | null {
  if (report.publishedAt) return { date: report.publishedAt, from: "report" };
  const fromUrl = dateInUrl(report.url);
  return fromUrl ? { date: fromUrl, from: "url" } : null;
}
