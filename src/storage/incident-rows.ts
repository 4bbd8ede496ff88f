/**
 * The stored shapes of the incident store: a resolved claim's row (its body without what the row's
 * columns hold) and its place + day index rows, an incident's row with its compact JSON body (without
 * the claims, which are stored once, in their own rows, nor what its columns hold) and the content hash
 * of that body; and the reads that put back what the bodies leave out.
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
import { toNumber, type Database, type IncidentClaimsTable, type IncidentsTable } from "./schema.js";
import { parseJson } from "./store-context.js";

export function toPlaced(row: Selectable<IncidentClaimsTable>): PlacedClaim {
  return {
    claim: parseJson<ResolvableClaim>(claimJson(row)),
    incidentId: row.incident_id,
    pinned: toNumber(row.pinned) === 1,
    match: parseJson<PlacedClaim["match"]>(row.match),
  };
}

/**
 * A claim's stored body (migration 017): its JSON without the leading `id` and `reportId`, which the
 * row's claim_id and report_id columns hold (a sixth of the body: two 64-character hashes). A claim
 * whose keys do not start so is written with them first (`claimJson` tells a whole body by its
 * leading `id`). `json`: the claim's whole JSON when the caller has it.
 * @example claimBody(claim) // '{"ordinal":0,"source":…}'
 */
export function claimBody(c: ResolvableClaim, json?: string): string {
  if (json === undefined) {
    // The usual claim: the rest of its keys serialised as they are, with no whole text to cut.
    if (startsWithIds(c)) {
      const { id: _id, reportId: _reportId, ...rest } = c;
      return JSON.stringify(rest);
    }
    json = JSON.stringify(c);
  }
  const head = `{"id":${JSON.stringify(c.id)},"reportId":${JSON.stringify(c.reportId)}`;
  const whole = json.startsWith(head)
    ? json
    : JSON.stringify(Object.assign({ id: c.id, reportId: c.reportId }, c));
  return whole.length === head.length + 1 ? "{}" : `{${whole.slice(head.length + 1)}`;
}

/** Whether the claim's first keys are `id` and `reportId`, both strings (JSON.stringify then starts so). */
function startsWithIds(c: ResolvableClaim): boolean {
  if (typeof c.id !== "string" || typeof c.reportId !== "string") return false;
  let i = 0;
  for (const key in c) {
    if (key !== (i === 0 ? "id" : "reportId")) return false;
    if (++i === 2) return true;
  }
  return false;
}

/**
 * The whole JSON of a stored claim, the text `JSON.stringify` gave before it was stored: `id` and
 * `reportId` put back from the row's columns (see claimBody); a body stored whole (before migration
 * 017) is returned as it is.
 */
export function claimJson(row: { claim_id: string; report_id: string; body: string }): string {
  const body = row.body;
  if (body.startsWith('{"id":')) return body;
  const head = `{"id":${JSON.stringify(row.claim_id)},"reportId":${JSON.stringify(row.report_id)}`;
  return body === "{}" ? `${head}}` : `${head},${body.slice(1)}`;
}

/**
 * sha256 of an incident's JSON without updatedAt: equal hashes mean nothing changed. Plain
 * JSON.stringify, not canonical JSON: the resolver builds incidents with a fixed key order, and a
 * differing order would only cost a needless rewrite, never a missed change.
 */
export function incidentContentHash(incident: Incident): string {
  return serialiseIncident(incident).hash;
}

/** An incident's stored decisions and dates (its row's columns), which a compact body leaves out. */
type RowFacts = { review: Incident["review"]; createdAt: string };

/** `values` without repeats, sorted; a list of one or none is returned as it is (callers pass fresh lists). */
const uniqueSorted = (values: string[]) => (values.length < 2 ? values : [...new Set(values)].sort());

/** Whether the review has the key order the resolver writes (build-incident.ts) and the stored values. */
function reviewAsStored(review: Incident["review"], stored: Incident["review"]): boolean {
  const keys = Object.keys(review);
  const order = ["status", "by", "at", "note"];
  if (keys.length < 3 || keys.length > 4 || keys.some((key, i) => key !== order[i])) return false;
  return (
    review.status === stored.status &&
    review.by === stored.by &&
    review.at === stored.at &&
    review.note === stored.note &&
    Object.keys(stored).length === keys.length
  );
}

/** The review of an incident row's `review` column, in the resolver's key order (see reviewAsStored). */
function reviewOfColumn(column: string | null): Incident["review"] {
  const stored = column
    ? parseJson<Incident["review"]>(column)
    : { status: "unreviewed" as const, by: null, at: null };
  return {
    status: stored.status,
    by: stored.by,
    at: stored.at,
    ...(stored.note !== undefined ? { note: stored.note } : {}),
  };
}

/**
 * The stored JSON of an incident and its content hash, serialised once. When its claims are its claim
 * rows (`slim`), the body is compact: `claims` and `casualties.bySource` are null in it, since both are
 * a projection of the incident's claim rows (incident_claims), which hold every claim once (writing
 * them again in every rewrite made the incident bodies the largest part of the store); so are, since
 * migration 017, `reports` and each source's `reportIds` (the sorted report ids of its claims), `id`,
 * `updatedAt`, and `createdAt` and `review` when they are the row's columns. The keys stay, null, so
 * that `hydrateIncidents` puts each value back in its place and the JSON read is the JSON built. The
 * hash is taken over the compact body itself (updatedAt is null in it): a change of a claim alone is a
 * change of its claim row, compared and written on its own. `row`: the row's stored decisions (the
 * incident's own, when not given).
 */
export function serialiseIncident(
  incident: Incident,
  slim = false,
  row: RowFacts = incident,
): { body: string; hash: string } {
  if (!slim) {
    const content = JSON.stringify({ ...incident, updatedAt: null });
    const at = content.lastIndexOf('"updatedAt":null');
    const body =
      at === -1
        ? JSON.stringify(incident)
        : `${content.slice(0, at)}"updatedAt":${JSON.stringify(incident.updatedAt)}${content.slice(at + 16)}`;
    return { body, hash: sha256Hex(content) };
  }
  const claims = incident.claims;
  const reports = uniqueSorted(claims.map((c) => c.reportId));
  const sameReports = sameList(incident.reports, reports);
  const bySource = new Map<string, string[]>();
  for (const c of claims) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c.reportId);
    else bySource.set(c.sourceId, [c.reportId]);
  }
  // Object.assign, not spreads with fields after them: V8 would give each copy a hidden class of its
  // own (see workingClaim in resolvable-claim.ts). The keys and their order are the spread's.
  const sources = incident.sources.map((s) =>
    sameList(s.reportIds, uniqueSorted(bySource.get(s.id) ?? []))
      ? Object.assign({}, s, { reportIds: null })
      : s,
  );
  const body = JSON.stringify(
    Object.assign({}, incident, {
      id: null,
      casualties: Object.assign({}, incident.casualties, { bySource: null }),
      sources,
      reports: sameReports ? null : incident.reports,
      claims: null,
      review: reviewAsStored(incident.review, row.review) ? null : incident.review,
      createdAt: incident.createdAt === row.createdAt ? null : incident.createdAt,
      updatedAt: null,
    }),
  );
  return { body, hash: sha256Hex(body) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The columns of an incident row that `hydrateIncidents` reads. */
export const INCIDENT_BODY_COLUMNS = ["id", "body", "review", "created_at", "updated_at"] as const;

/** Stored incident bodies per IN list. */
export type BodyRow = Pick<Selectable<IncidentsTable>, (typeof INCIDENT_BODY_COLUMNS)[number]>;

/** A claim row as `completeIncident` reads it. */
type MemberRow = { claim: ResolvableClaim; match: string };

/** An incident body as parsed: a compact one holds null where serialiseIncident left a value out. */
export type StoredIncident = Omit<
  Incident,
  "id" | "reports" | "claims" | "review" | "createdAt" | "updatedAt"
> & {
  id: string | null;
  reports: string[] | null;
  claims: Incident["claims"] | null;
  review: Incident["review"] | null;
  createdAt: string | null;
  updatedAt: string | null;
};

/**
 * Puts back in a compact body (see serialiseIncident) each value it leaves null but `claims` and
 * `casualties.bySource`: `id`, `createdAt`, `updatedAt` and `review` from the row's columns, `reports`
 * and each source's `reportIds` from its claims (`members`: their report and source). The resolution
 * digest compares the bodies so completed.
 * @example fillIncident(parsed, row, [{ reportId: "r1", sourceId: "sana" }])
 */
export function fillIncident(
  incident: StoredIncident,
  row: BodyRow,
  members: readonly { reportId: string; sourceId: string }[],
): void {
  if (incident.id === null) incident.id = row.id;
  if (incident.reports === null) incident.reports = uniqueSorted(members.map((m) => m.reportId));
  for (const source of incident.sources as { id: string; reportIds: string[] | null }[])
    if (source.reportIds === null)
      source.reportIds = uniqueSorted(members.flatMap((m) => (m.sourceId === source.id ? [m.reportId] : [])));
  if (incident.review === null) incident.review = reviewOfColumn(row.review);
  if (incident.createdAt === null) incident.createdAt = row.created_at;
  if (incident.updatedAt === null) incident.updatedAt = row.updated_at;
}

/**
 * An incident from its stored row and its claim rows (see serialiseIncident and fillIncident), its
 * claims in the order the resolver lists them. A body written whole (before migration 013) is returned
 * as it is.
 * @example completeIncident(row, [{ claim, match }])
 */
export function completeIncident(
  row: BodyRow,
  members: readonly MemberRow[],
  incident: StoredIncident = parseJson<StoredIncident>(row.body),
): Incident {
  if (incident.claims !== null) return incident as Incident;
  const own = [...members].sort((a, b) => claimOrder(a.claim, b.claim));
  fillIncident(
    incident,
    row,
    own.map((m) => ({ reportId: m.claim.reportId, sourceId: m.claim.source.id })),
  );
  incident.claims = own.map((m) => incidentClaimRef(m.claim, parseJson(m.match)));
  incident.casualties.bySource = own.map((m) => casualtiesBySource(m.claim));
  return incident as Incident;
}

/**
 * Incidents from their stored rows: a compact body (see serialiseIncident) gets what it leaves out
 * back from its row and its claim rows, in the order the resolver lists them.
 * @example const [incident] = await hydrateIncidents(db, [row])
 */
export async function hydrateIncidents(db: Kysely<Database>, rows: readonly BodyRow[]): Promise<Incident[]> {
  const parsed = rows.map((row) => parseJson<StoredIncident>(row.body));
  const slim = rows.filter((_, i) => parsed[i]?.claims === null);
  const members = new Map<string, MemberRow[]>();
  for (const batch of inLists(slim.map((row) => row.id))) {
    const claimRows = await db
      .selectFrom("incident_claims")
      .select(["incident_id", "claim_id", "report_id", "body", "match"])
      .where("incident_id", "in", batch)
      .execute();
    for (const row of claimRows) {
      const list = members.get(row.incident_id);
      const member = { claim: parseJson<ResolvableClaim>(claimJson(row)), match: row.match };
      if (list) list.push(member);
      else members.set(row.incident_id, [member]);
    }
  }
  return rows.map((row, i) => completeIncident(row, members.get(row.id) ?? [], parsed[i]));
}

/** `body`: the claim's stored body when the caller already has it (a stored claim placed unchanged). */
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
    body: body ?? claimBody(c),
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
