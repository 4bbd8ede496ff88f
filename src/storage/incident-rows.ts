/**
 * The stored shapes of the incident store: a resolved claim's row and its place + day index rows, an
 * incident's row with its slim JSON body (without the claims, which are stored once, in their own rows)
 * and the content hash of the whole incident.
 */
import type { Kysely, Selectable } from "kysely";
import type { Incident } from "../domain/incident.js";
import {
  casualtiesBySource,
  claimOrder,
  incidentClaimRef,
  undatedAnchorOf,
  type IncidentMeta,
  type ResolvableClaim,
  type UndatedAnchor,
} from "../domain/resolution.js";
import { inLists } from "./chunk.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";
import type { PlacedClaim } from "./ports.js";
import { toNumber, type Database, type IncidentClaimsTable } from "./schema.js";
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
 * JSON with updatedAt null, and updatedAt (the last key) is then written into that same text. When
 * its claims are its claim rows (`slim`), the body is slim: `claims` and `casualties.bySource` are null
 * in it, since both are a projection of the incident's claim rows (incident_claims), which hold every
 * claim once; writing them again in every rewrite of the incident made the incident bodies the largest
 * part of the store (more than half the bytes a resolution wrote). `hydrateIncidents` puts them back on
 * read. The hash of a slim body covers what the row holds: a change of a claim alone is a change of
 * its claim row, compared and written on its own.
 */
export function serialiseIncident(incident: Incident, slim = false): { body: string; hash: string } {
  const stored = slim
    ? { ...incident, casualties: { ...incident.casualties, bySource: null }, claims: null }
    : incident;
  const content = JSON.stringify({ ...stored, updatedAt: null });
  const at = content.lastIndexOf('"updatedAt":null');
  const body =
    at === -1
      ? JSON.stringify(stored)
      : `${content.slice(0, at)}"updatedAt":${JSON.stringify(incident.updatedAt)}${content.slice(at + 16)}`;
  return { body, hash: sha256Hex(content) };
}

/** Stored incident bodies per IN list. */
type BodyRow = { id: string; body: string };

/**
 * Incidents from their stored bodies: a slim body (see serialiseIncident) gets its `claims` and
 * `casualties.bySource` back from its claim rows, in the order the resolver lists them; a body written
 * whole (before migration 013) is returned as it is.
 * @example const [incident] = await hydrateIncidents(db, [{ id, body }])
 */
export async function hydrateIncidents(db: Kysely<Database>, rows: readonly BodyRow[]): Promise<Incident[]> {
  const incidents = rows.map((row) => parseJson<Incident>(row.body));
  const slim = incidents.filter((incident) => incident.claims === null);
  if (slim.length === 0) return incidents;
  const members = new Map<string, { claim: ResolvableClaim; match: string }[]>();
  for (const batch of inLists(slim.map((incident) => incident.id))) {
    const claimRows = await db
      .selectFrom("incident_claims")
      .select(["incident_id", "body", "match"])
      .where("incident_id", "in", batch)
      .execute();
    for (const row of claimRows) {
      const list = members.get(row.incident_id);
      const member = { claim: parseJson<ResolvableClaim>(row.body), match: row.match };
      if (list) list.push(member);
      else members.set(row.incident_id, [member]);
    }
  }
  for (const incident of slim) {
    const own = (members.get(incident.id) ?? []).sort((a, b) => claimOrder(a.claim, b.claim));
    incident.claims = own.map((m) => incidentClaimRef(m.claim, parseJson(m.match)));
    incident.casualties.bySource = own.map((m) => casualtiesBySource(m.claim));
  }
  return incidents;
}

/** `body`: the claim's JSON when the caller already has it (a stored claim placed unchanged). */
export function claimRow(placed: PlacedClaim, body?: string) {
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
    body: body ?? JSON.stringify(c),
    match: JSON.stringify(placed.match),
  };
}

/** The stored maximum of an open-ended toll ("at least 20"): above any count a claim states. */
export const OPEN_TOLL_MAX = 2_000_000_000;

/**
 * The screening columns of an index row (migration 013): the anchor's tolls and attackers, null
 * without an anchor.
 */
export function anchorColumns(anchor: UndatedAnchor | null) {
  const killed = anchor?.killed ?? null;
  const injured = anchor?.injured ?? null;
  return {
    killed_min: killed ? killed.min : null,
    killed_max: killed ? (killed.max ?? OPEN_TOLL_MAX) : null,
    injured_min: injured ? injured.min : null,
    injured_max: injured ? (injured.max ?? OPEN_TOLL_MAX) : null,
    attackers: anchor ? `|${anchor.actors.join("|")}|` : null,
  };
}

/** The index row's columns `anchorOfColumns` rebuilds an anchor from (with the row's event type). */
export const ANCHOR_COLUMNS = [
  "event_type",
  "killed_min",
  "killed_max",
  "injured_min",
  "injured_max",
  "attackers",
] as const;

/** The `UndatedAnchor` of an index row's screening columns (see anchorColumns); null when it has none. */
export function anchorOfColumns(
  eventType: string,
  row: {
    killed_min: number | string | null;
    killed_max: number | string | null;
    injured_min: number | string | null;
    injured_max: number | string | null;
    attackers: string | null;
  },
): UndatedAnchor | null {
  if (row.attackers === null) return null;
  const range = (min: number | string | null, max: number | string | null) =>
    min === null
      ? null
      : { min: Number(min), max: max === null || Number(max) >= OPEN_TOLL_MAX ? null : Number(max) };
  return {
    eventType: eventType as UndatedAnchor["eventType"],
    actors: row.attackers.split("|").filter((id) => id !== ""),
    killed: range(row.killed_min, row.killed_max),
    injured: range(row.injured_min, row.injured_max),
  };
}

/**
 * The place + day index rows of a claim (claim_cells): one per place key and grid cell. Undated claims
 * (and windows wider than a month, which the resolver treats so) sort first with day "", and their
 * day_to is the last day of their reach ("" when nothing bounds it: they may join any day). Place-key
 * rows carry the claim's `UndatedAnchor` in the screening columns.
 */
export function cellRows(c: ResolvableClaim) {
  const keys = [...c.place.keys, ...(c.place.cell ? [c.place.cell] : [])];
  const dated = c.anchor.layer !== "undated";
  const dayFrom = dated ? (c.anchor.from as string) : "";
  const dayTo = dated ? (c.anchor.to as string) : (c.anchor.reach?.to ?? "");
  // A dated claim's anchor is what an undated claim joins through; an undated claim's own lets a dated
  // claim's lookup of the undated claims at its place screen them before reading them (migration 014).
  // Both are in the screening columns only (anchorOfColumns reads it back; migration 016).
  const undatedAnchor = undatedAnchorOf(c);
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
      ...anchorColumns(cell ? null : undatedAnchor),
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
