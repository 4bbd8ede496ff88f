/**
 * Records of the resolution step that the incident store keeps beside each incident: every claim as the
 * resolver compared it (when, where, from which independent source), and the analyst's decisions on an
 * incident (review, pinned membership, edited values). Plain types: the store writes and reads them.
 */
import type { IncidentClaim } from "./claim.js";
import type {
  CasualtiesBySource,
  CorroborationGrade,
  Incident,
  IncidentClaimRef,
  IncidentCount,
  MergeExplanation,
} from "./incident.js";
import type { CountRange, EventTypeCode } from "./claim.js";

/**
 * When a claim happened, as the resolver compares it:
 * - day: one known day;
 * - window: 2–31 days, or no date in the text of a dated report (the week before publication);
 * - undated: nothing anchors it in time, or a window wider than a month.
 */
export interface DateAnchor {
  layer: "day" | "window" | "undated";
  /** First and last possible day (ISO); null when nothing anchors it. */
  from: string | null;
  to: string | null;
  basis: "stated" | "relative" | "publication" | "none" | "too_wide";
  /** Set when the publication date it was read against came from the report's URL path, not its page. */
  publishedFrom?: "url";
  /**
   * Undated claims whose text states a window (too wide, at most a year): the days of the dated
   * incidents it may join (`undatedReach` in date-anchor.ts). Absent: any day of the place's history.
   */
  reach?: { from: string; to: string };
}

/** Where a claim happened, as the resolver compares it, with its place + day index keys. */
export interface PlaceFacts {
  mention: string;
  gazetteerId: string | null;
  lat: number | null;
  lon: number | null;
  /** Settlement-level (a village, town or unresolved name) or region-level. */
  level: "settlement" | "region";
  /** Exact-place keys: `e:<gazetteer id>`, `n:<admin1>|<name key>`, `r:<admin1>|<name key>`. */
  keys: string[];
  /** `g:<lat cell>:<lon cell>` of a settlement with coordinates. */
  cell: string | null;
}

/** The independent source behind a claim (relays and wire copies collapsed into the originator, R1). */
export interface ClaimSource {
  /** Registry id of the originator; unknown publishers get "pub:<name>", "web:<host>" or "report:<id>". */
  id: string;
  name: string;
  /** The publisher that relayed the originator's information, when it is not the originator. */
  relayedBy: { id: string; name: string } | null;
  /** How the originator was found. */
  via: "claim" | "originator" | "dateline" | "publisher" | "url" | "unknown";
}

/** A claim as the resolver holds and stores it. */
export interface ResolvableClaim {
  /** `<reportId>:<ordinal>`. */
  id: string;
  reportId: string;
  ordinal: number;
  source: ClaimSource;
  /** The report carries a publisher caveat such as "has not verified the content". */
  unverified: boolean;
  publishedAt: string | null;
  anchor: DateAnchor;
  place: PlaceFacts;
  claim: IncidentClaim;
}

/** What an analyst fixed on an incident with `r2p incidents edit`; applied over the computed values. */
export interface IncidentOverrides {
  eventType?: EventTypeCode;
  date?: Incident["date"];
  place?: Partial<Incident["place"]>;
  killed?: IncidentCount | null;
  injured?: IncidentCount | null;
  grade?: { grade: CorroborationGrade; reason: string };
}

/** The stored facts of an incident that are not computed from its claims. */
export interface IncidentMeta {
  id: string;
  review: Incident["review"];
  overrides: IncidentOverrides | null;
  /** An analyst decided its membership: its claims stay, and it never merges automatically. */
  pinned: boolean;
  createdAt: string;
}

/**
 * The stored facts of an incident that no analyst has edited or pinned: its own review and creation
 * time, as automatic resolution builds it.
 * @example unpinnedMeta(incident) // { id: incident.id, review: incident.review, overrides: null, pinned: false, createdAt: incident.createdAt }
 */
export function unpinnedMeta(incident: Pick<Incident, "id" | "review" | "createdAt">): IncidentMeta {
  return {
    id: incident.id,
    review: incident.review,
    overrides: null,
    pinned: false,
    createdAt: incident.createdAt,
  };
}

/**
 * What of a dated claim an undated claim's join rule reads (type, named attackers, the incident's
 * tolls), kept beside the claim in the place + day index so that the whole history of a place can be
 * screened without reading each claim; null when the claim names no attacker or gives no toll for the
 * incident (then no undated claim can ever join through it).
 */
export interface UndatedAnchor {
  eventType: EventTypeCode;
  /** Primary attackers (actor ids). */
  actors: string[];
  killed: CountRange | null;
  injured: CountRange | null;
}

/** @example undatedAnchorOf(claimNamingNobody) // null */
export function undatedAnchorOf(claim: ResolvableClaim): UndatedAnchor | null {
  const actors = [
    ...new Set(
      claim.claim.perpetrators
        .filter((p) => p.actorId !== null && p.role !== "alleged_assoc")
        .map((p) => p.actorId as string),
    ),
  ];
  const { casualties } = claim.claim;
  const killed = casualties.scope === "incident" ? casualties.killed : null;
  const injured = casualties.scope === "incident" ? casualties.injured : null;
  if (actors.length === 0 || (killed === null && injured === null)) return null;
  return { eventType: claim.claim.eventType, actors, killed, injured };
}

/**
 * What the place + day index keeps of a claim beside its key and days: enough to rule out, before
 * reading it, most claims a lookup finds (another event type, a grid cell more than 5 km away).
 * `lat`/`lon` are given on grid-cell entries only.
 */
export interface ClaimIndexEntry {
  key: string;
  claimId: string;
  eventType: EventTypeCode;
  lat: number | null;
  lon: number | null;
  /**
   * On an undated claim's place-key entry (migration 014): what its join rule reads of it (its
   * `UndatedAnchor`), null when it names no attacker or gives no toll (it can then join nothing).
   * Absent on other entries.
   */
  anchor?: UndatedAnchor | null;
}

const LAYER_RANK = { day: 0, window: 1, undated: 2 } as const;

/**
 * The order of an incident's claims (in `claims` and `casualties.bySource`): day claims, then window
 * claims, then undated ones, each by claim id. The store rebuilds both lists in this order on read.
 */
export function claimOrder(a: ResolvableClaim, b: ResolvableClaim): number {
  return LAYER_RANK[a.anchor.layer] - LAYER_RANK[b.anchor.layer] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A claim as the incident JSON lists it, with why it is in the incident. */
export function incidentClaimRef(c: ResolvableClaim, match: MergeExplanation): IncidentClaimRef {
  return {
    id: c.id,
    reportId: c.reportId,
    ordinal: c.ordinal,
    sourceId: c.source.id,
    eventType: c.claim.eventType,
    date: { start: c.claim.date.start, end: c.claim.date.end, precision: c.claim.date.precision },
    place: {
      mention: c.claim.place.mention,
      name: c.claim.place.name,
      gazetteerId: c.claim.place.gazetteerId,
    },
    perpetrators: c.claim.perpetrators.map((p) => ({ actorId: p.actorId, name: p.name })),
    killed: c.claim.casualties.killed,
    injured: c.claim.casualties.injured,
    modality: c.claim.modality,
    evidence: c.claim.evidence,
    ...(c.claim.titleEvidence ? { titleEvidence: c.claim.titleEvidence } : {}),
    match,
  };
}

/** A claim's row of `casualties.bySource` (every source's toll, kept apart). */
export function casualtiesBySource(c: ResolvableClaim): CasualtiesBySource {
  const casualties = c.claim.casualties;
  return {
    sourceId: c.source.id,
    reportId: c.reportId,
    claimId: c.id,
    killed: casualties.killed,
    injured: casualties.injured,
    unspecified: casualties.unspecified,
    text: casualties.text,
    scope: casualties.scope,
  };
}
