/**
 * The stored shapes of the incident store: a resolved claim's row and its place + day index rows, an
 * incident's row with its JSON serialised once for the body and the content hash.
 */
import type { Selectable } from "kysely";
import type { Incident } from "../domain/incident.js";
import { undatedAnchorOf, type IncidentMeta, type ResolvableClaim } from "../domain/resolution.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";
import type { PlacedClaim } from "./ports.js";
import { toNumber, type IncidentClaimsTable } from "./schema.js";
import { parseJson } from "./store-context.js";

export function toPlaced(row: Selectable<IncidentClaimsTable>): PlacedClaim {
  return {
    claim: parseJson<ResolvableClaim>(row.body),
    incidentId: row.incident_id,
    pinned: toNumber(row.pinned) === 1,
    match: parseJson<PlacedClaim["match"]>(row.match),
  };
}

/**
 * sha256 of an incident's JSON without updatedAt: equal hashes mean nothing changed. Plain
 * JSON.stringify, not canonical JSON: the resolver builds incidents with a fixed key order, and a
 * differing order would only cost a needless rewrite, never a missed change.
 */
export function incidentContentHash(incident: Incident): string {
  return serialiseIncident(incident).hash;
}

/**
 * The stored JSON of an incident and its content hash, serialised once: the hash is taken over the
 * JSON with updatedAt null, and updatedAt (the last key) is then written into that same text.
 */
export function serialiseIncident(incident: Incident): { body: string; hash: string } {
  const content = JSON.stringify({ ...incident, updatedAt: null });
  const at = content.lastIndexOf('"updatedAt":null');
  const body =
    at === -1
      ? JSON.stringify(incident)
      : `${content.slice(0, at)}"updatedAt":${JSON.stringify(incident.updatedAt)}${content.slice(at + 16)}`;
  return { body, hash: sha256Hex(content) };
}

export function claimRow(placed: PlacedClaim) {
  const c = placed.claim;
  return {
    claim_id: c.id,
    report_id: c.reportId,
    incident_id: placed.incidentId,
    source_id: c.source.id,
    layer: c.anchor.layer,
    // Windows wider than a month are indexed as undated (the resolver treats them so).
    day_from: c.anchor.layer === "undated" ? null : c.anchor.from,
    day_to: c.anchor.layer === "undated" ? null : c.anchor.to,
    pinned: placed.pinned ? 1 : 0,
    // Plain JSON (see incidentContentHash): the same claim always serialises the same way here.
    body: JSON.stringify(c),
    match: JSON.stringify(placed.match),
  };
}

/**
 * The place + day index rows of a claim (claim_cells): one per place key and grid cell. Undated claims
 * (and windows wider than a month, which the resolver treats so) sort first with day "".
 */
export function cellRows(c: ResolvableClaim) {
  const keys = [...c.place.keys, ...(c.place.cell ? [c.place.cell] : [])];
  const dated = c.anchor.layer !== "undated";
  const dayFrom = dated ? (c.anchor.from as string) : "";
  const dayTo = dated ? (c.anchor.to as string) : "";
  const undatedAnchor = dated ? undatedAnchorOf(c) : null;
  const anchor = undatedAnchor ? JSON.stringify(undatedAnchor) : null;
  // Undated claims search place keys only, and only grid cells need the point (see ClaimIndexEntry).
  return [...new Set(keys)].map((key) => {
    const cell = key === c.place.cell;
    return {
      key,
      day_from: dayFrom,
      claim_id: c.id,
      day_to: dayTo,
      event_type: c.claim.eventType,
      lat: cell ? c.place.lat : null,
      lon: cell ? c.place.lon : null,
      anchor: cell ? null : anchor,
    };
  });
}

export function incidentRow(
  write: { incident: Incident; meta: IncidentMeta },
  body: string,
  contentHash: string,
) {
  const { incident, meta } = write;
  return {
    id: incident.id,
    place_key:
      incident.place.gazetteerId ?? `${incident.place.admin1 ?? "?"}|${incident.place.mentions[0] ?? ""}`,
    day: incident.date.start,
    body,
    created_at: meta.createdAt,
    updated_at: incident.updatedAt,
    event_type: incident.eventType,
    date_start: incident.date.start,
    date_end: incident.date.end ?? incident.date.start,
    admin1: incident.place.admin1,
    place_name: incident.place.name ?? incident.place.mentions[0] ?? null,
    grade: incident.grade,
    review: canonicalJson(meta.review),
    overrides: meta.overrides ? canonicalJson(meta.overrides) : null,
    content_hash: contentHash,
    review_status: meta.review.status,
    pinned: meta.pinned ? 1 : 0,
    claim_count: incident.claims.length,
    lat: incident.place.lat,
    lon: incident.place.lon,
  };
}
