/**
 * Which independent source a claim comes from (DOMAIN.md R1: relays and wire copies collapse into their
 * originator). In order:
 * 1. a registry source the claim itself is attributed to ("according to SOHR");
 * 2. a registry source the report relays (report originators from the ingest stage);
 * 3. a wire named in the dateline ("BEIRUT (AP) —"), after the publisher ("Times of Israel (AFP)") or
 *    as the byline ("By AFP");
 * 4. the publisher, by name, then by the domain of the report URL;
 * 5. an unknown source of its own: the publisher's name, the URL host, or the report itself.
 * The publisher is kept as `relayedBy` when it is not the originator: the Syrian Observer relaying the
 * SOC is one source, the SOC; an AFP story run by three outlets is one source, AFP.
 */
import type { SourceRecord } from "../../domain/source.js";
import type { ClaimSource, ReportContext } from "./resolvable-claim.js";

export interface SourceLookup {
  get(id: string): SourceRecord | undefined;
  findByName(name: string): SourceRecord | null;
  findByUrl(url: string): SourceRecord | null;
}

/** "BEIRUT (AP) —", "KOBANI, Syria (North Press) –", "Idlib (AFP) -": a name in brackets before a dash. */
const DATELINE = /^[\p{Lu}][\p{L}'’ .,-]{1,60}?\s*\(([^()\n]{2,40})\)\s*[-–—:]/mu;
/** "Times of Israel (AFP)": a publisher name carrying the wire it copied. */
const PUBLISHER_WIRE = /^(.*?)\s*\(([^()]{2,40})\)\s*$/;

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

function host(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

export interface Publisher {
  id: string;
  name: string;
  via: ClaimSource["via"];
  /** A wire the publisher name or dateline says it copied. */
  wire: SourceRecord | null;
}

/** Who published the report, and a wire its name or dateline says it copied. */
export function findPublisher(report: ReportContext, sources: SourceLookup): Publisher {
  let wire: SourceRecord | null = null;
  let publisherName = report.publisher;
  const suffixed = report.publisher ? PUBLISHER_WIRE.exec(report.publisher) : null;
  if (suffixed) {
    const named = sources.findByName(suffixed[2] as string);
    if (named?.kind === "wire") {
      wire = named;
      publisherName = (suffixed[1] as string) || null;
    }
  }
  const dateline = DATELINE.exec(report.lead);
  if (!wire && dateline) {
    const named = sources.findByName(dateline[1] as string);
    if (named?.kind === "wire") wire = named;
  }
  // A byline that is a wire ("AFP", "By Reuters", "Associated Press").
  const byline = report.byline?.replace(/^\s*by\s+/i, "").trim();
  if (!wire && byline) {
    const named = sources.findByName(byline);
    if (named?.kind === "wire") wire = named;
  }
  const byName = publisherName ? sources.findByName(publisherName) : null;
  if (byName) return { id: byName.id, name: byName.name, via: "publisher", wire };
  const byUrl = report.url ? sources.findByUrl(report.url) : null;
  if (byUrl) return { id: byUrl.id, name: byUrl.name, via: "url", wire };
  if (publisherName && slug(publisherName))
    return { id: `pub:${slug(publisherName)}`, name: publisherName, via: "publisher", wire };
  const urlHost = report.url ? host(report.url) : null;
  if (urlHost) return { id: `web:${urlHost}`, name: urlHost, via: "url", wire };
  return { id: `report:${report.id.slice(0, 12)}`, name: "unknown publisher", via: "unknown", wire };
}

/**
 * The originator of one claim of `report`, with the publisher that relayed it.
 * @example attributeSource(["Syrian Opposition Coalition (SOC)"], seedReport, registry)
 *   // { id: "soc", relayedBy: { id: "syrian-observer", ... }, via: "claim" }
 */
export function attributeSource(
  attributedTo: readonly string[],
  report: ReportContext,
  sources: SourceLookup,
  publisher: Publisher = findPublisher(report, sources),
): ClaimSource {
  for (const name of attributedTo) {
    const found = sources.findByName(name);
    if (found) return relay(found, publisher, "claim");
  }
  for (const name of report.originators) {
    const found = sources.findByName(name);
    if (found) return relay(found, publisher, "originator");
  }
  if (publisher.wire) return relay(publisher.wire, publisher, "dateline");
  return { id: publisher.id, name: publisher.name, relayedBy: null, via: publisher.via };
}

/** `origin` as a claim's source, relayed by the publisher unless it is the publisher. */
function relay(origin: SourceRecord, publisher: Publisher, via: ClaimSource["via"]): ClaimSource {
  return {
    id: origin.id,
    name: origin.name,
    relayedBy: origin.id === publisher.id ? null : { id: publisher.id, name: publisher.name },
    via,
  };
}

/** Publisher caveats that say the content was not verified lower every claim of the report. */
const UNVERIFIED =
  /\b(?:(?:has|have|had|could|can|was|were)\s+not\s+(?:been\s+)?(?:independently\s+)?verif|cannot\s+(?:be\s+)?(?:independently\s+)?verif|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|unverified|not\s+(?:been\s+)?independently\s+(?:verified|confirmed))/i;

/** True when one of the report's caveats says its content was not verified. */
export function isUnverified(caveats: readonly string[]): boolean {
  return caveats.some((caveat) => UNVERIFIED.test(caveat));
}
