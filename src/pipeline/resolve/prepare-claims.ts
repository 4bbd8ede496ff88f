/**
 * Turns one report's extracted claims into resolvable claims: the date anchor (relative windows resolved
 * against the publication date, the report's or else its URL's), the place facts and index keys, and the independent source.
 */
import type { IncidentClaim } from "../../domain/claim.js";
import { attributeSource, findPublisher, isUnverified, type SourceLookup } from "./attribute-source.js";
import { dateAnchor, undatedReach, type DateAnchor } from "./date-anchor.js";
import { placeFacts } from "./place-match.js";
import { publicationDate, type PublicationDate } from "./publication-date.js";
import type { ReportContext, ResolvableClaim } from "./resolvable-claim.js";

export interface PrepareDeps {
  sources: SourceLookup;
  /** The gazetteer's transliteration key ("Al-Houshan" and "Hoshan" share one). */
  nameKey: (name: string) => string;
}

/**
 * Resolvable claims of one report, in extraction order; claim ids are `<reportId>:<ordinal>`.
 * @example prepareClaims(report, extraction.incidents, { sources, nameKey })[0].anchor.layer // "day"
 */
export function prepareClaims(
  report: ReportContext,
  claims: readonly IncidentClaim[],
  deps: PrepareDeps,
): ResolvableClaim[] {
  const unverified = isUnverified(report.caveats);
  const publisher = findPublisher(report, deps.sources);
  const published = publicationDate(report);
  const claimsOut: ResolvableClaim[] = [];
  for (let ordinal = 0; ordinal < claims.length; ordinal++) {
    const claim = claims[ordinal] as IncidentClaim;
    claimsOut.push({
      id: `${report.id}:${ordinal}`,
      reportId: report.id,
      ordinal,
      source: attributeSource(claim.attributedTo, report, deps.sources, publisher),
      unverified,
      publishedAt: report.publishedAt,
      anchor: anchorOf(claim.date, published),
      place: placeFacts(claim.place, deps.nameKey),
      claim,
    });
  }
  return claimsOut;
}

/** A claim's date anchor against the report's publication date (see dateAnchor and undatedReach). */
function anchorOf(date: IncidentClaim["date"], published: PublicationDate | null): DateAnchor {
  const anchor = dateAnchor(date, published?.date ?? null);
  if (anchor.layer === "undated") {
    const reach = undatedReach(anchor);
    // Object.assign, not a spread with the field after it: see workingClaim (resolvable-claim.ts).
    return reach ? Object.assign({}, anchor, { reach }) : anchor;
  }
  return published?.from === "url" && (anchor.basis === "relative" || anchor.basis === "publication")
    ? Object.assign({}, anchor, { publishedFrom: "url" as const })
    : anchor;
}
