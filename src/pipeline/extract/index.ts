/**
 * Extraction stage: Report → incident claims (one per place per day) and statements, each value with
 * its evidence span in `report.text`. Pure and synchronous; the knowledge it needs comes in `deps`.
 * A long report is read in bounded segments (segment-text.ts) so that cost stays linear in its size.
 */
import type { ActorLookup } from "../../domain/actors.js";
import type { Extraction, IncidentClaim, Span, Statement } from "../../domain/claim.js";
import type { PlaceLookup } from "../../domain/places.js";
import type { Report } from "../../domain/report.js";
import { isArabicReport } from "./arabic/arabic-report.js";
import { extractArabicIncidents } from "./arabic/extract-arabic.js";
import { extractIncidents } from "./extract-incidents.js";
import { asTwoByte } from "./regex-matches.js";
import { segmentText, type TextSegment } from "./segment-text.js";
import { extractStatements } from "./statements/extract-statements.js";

export { EXTRACTOR_VERSION } from "./version.js";

export interface ExtractDeps {
  places: PlaceLookup;
  actors: ActorLookup;
}

/**
 * Extract incident claims and statements from one report.
 * @example extractClaims(report, { places, actors }).incidents[0].place.name  // "Kafr Nuran"
 */
export function extractClaims(given: Report, deps: ExtractDeps): Extraction {
  // One width for every report and title, so each pattern is compiled once (regex-matches.ts asTwoByte).
  const report = {
    ...given,
    text: asTwoByte(given.text),
    title: given.title === null ? null : asTwoByte(given.title),
  };
  let incidents: IncidentClaim[];
  let statements: Statement[];
  if (isArabicReport(report)) {
    // Arabic reports have their own rules (arabic/); statements are read from English text only.
    incidents = extractArabicIncidents(report, deps.places, deps.actors);
    statements = [];
  } else {
    const parts = segmentText(report.text).map((segment) => extractSegment(report, segment, deps));
    const fromText = parts.flatMap((p) => p.incidents);
    incidents = fromText.length > 0 ? fromText : headlineClaims(report, deps);
    statements = parts.flatMap((p) => p.statements);
  }
  return {
    report: {
      id: report.id,
      title: report.title,
      publisher: report.publisher,
      originators: [...report.originators],
      publishedAt: report.publishedAt,
      language: report.language,
      caveats: [...report.caveats],
      related: report.related.map((r) => ({ ...r })),
    },
    incidents,
    statements,
  };
}

/** Place precisions a headline claim may have: a settlement, or a place located by a known town. */
const HEADLINE_PRECISIONS = new Set(["settlement", "near"]);

/**
 * Claims a report's headline alone tells ("Turkish drone kills two in X" over a text that tells the
 * strike but names no place): ingestion keeps the headline as the title, apart from the text, and it is
 * read as a text of one sentence by the same passes. Only for a report whose text gave no claim (a
 * headline over claims of its text only adds to them: headline-toll.ts), and only at a place the
 * gazetteer knows (a governorate in a headline sums up a report, it is no incident's place). The spans
 * point into the title, in `titleEvidence`.
 */
function headlineClaims(report: Report, deps: ExtractDeps): IncidentClaim[] {
  if (!report.title?.trim()) return [];
  const headline = { ...report, text: report.title, title: null };
  return extractIncidents(headline, deps.places, deps.actors)
    .incidents.filter((c) => HEADLINE_PRECISIONS.has(c.place.precision))
    .map((c) => ({ ...c, evidence: [], titleEvidence: c.evidence }));
}

/** Claims of one segment, with spans (and group ids, which are offsets) shifted to the whole text. */
function extractSegment(
  report: Report,
  { start, end }: TextSegment,
  deps: ExtractDeps,
): { incidents: IncidentClaim[]; statements: Statement[] } {
  const whole = start === 0 && end === report.text.length;
  const part = whole ? report : { ...report, text: report.text.slice(start, end) };
  const { sentences, incidents } = extractIncidents(part, deps.places, deps.actors);
  const statements = extractStatements(part.text, sentences, {
    actors: deps.actors,
    publishedAt: report.publishedAt,
  });
  if (start === 0) return { incidents, statements };
  const shift = (span: Span): Span => ({ ...span, start: span.start + start, end: span.end + start });
  return {
    incidents: incidents.map((i) => ({
      ...i,
      groupId: i.groupId === null ? null : `g${Number(i.groupId.slice(1)) + start}`,
      evidence: i.evidence.map(shift),
    })),
    statements: statements.map((s) => ({ ...s, evidence: s.evidence.map(shift) })),
  };
}
