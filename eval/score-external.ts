/**
 * Scores extraction against an external incident record, as ../shared/data/external/README.md says:
 * one recorded incident per document, and the figure to read is its recall. Pure: no I/O.
 *  - found: some extracted incident lies within 10 km of the recorded coordinates (dates are not
 *    required: most texts give relative days and no publication date);
 *  - of the found ones, the best match (nearest, then agreeing fields) is scored for: place within
 *    3 km; event type among the accepted ones; perpetrator regex over any perpetrator's id, name or
 *    mention; killed, only where the record has killed > 0, as overlap of the extracted per-incident
 *    range with the record's min–max (a group toll over several places is not this place's toll).
 */
import type { IncidentClaim } from "../src/domain/claim.js";
import { coarseEventType } from "./event-type-map.js";
import type { ExternalGoldLine } from "./external-sets.js";
import { distanceKm, EXACT_RADIUS_KM, MATCH_RADIUS_KM } from "./score-extraction.js";

export interface ExternalDocScore {
  doc: string;
  found: boolean;
  place: boolean;
  eventType: boolean | null;
  perpetrator: boolean;
  /** null when the record has no deaths (not scored). */
  killed: boolean | null;
  /** What was extracted, for the verbose listing. */
  got: string;
}

export interface ExternalMetrics {
  docs: number;
  recall: number | null;
  place: number | null;
  eventType: number | null;
  perpetrator: number | null;
  killed: number | null;
  /** Documents where killed was scored (record killed > 0 and found). */
  killedScored: number;
}

function killedOverlaps(gold: ExternalGoldLine, incident: IncidentClaim): boolean {
  const { killed, scope } = incident.casualties;
  if (killed === null || scope !== "incident" || gold.killed === null) return false;
  const goldMax = gold.killedMax ?? gold.killed;
  return killed.min <= goldMax && (killed.max === null || killed.max >= gold.killed);
}

function perpetratorMatches(gold: ExternalGoldLine, incident: IncidentClaim): boolean {
  if (gold.perpetrator === null) return incident.perpetrators.length === 0;
  const pattern = new RegExp(gold.perpetrator, "i");
  return incident.perpetrators.some((p) =>
    [p.actorId ?? "", p.name, p.mention].some((value) => pattern.test(value)),
  );
}

function eventTypeOk(gold: ExternalGoldLine, incident: IncidentClaim): boolean | null {
  if (gold.eventType === null) return null;
  const coarse = coarseEventType(incident.eventType, incident.acled.subEventType);
  return [gold.eventType, ...gold.eventTypeAccept].includes(coarse);
}

function describe(incident: IncidentClaim, km: number): string {
  const k = incident.casualties.killed;
  const killed = k ? ` killed ${k.min}–${k.max ?? "∞"} (${incident.casualties.scope})` : "";
  const perps = incident.perpetrators.map((p) => p.actorId ?? p.mention).join("+") || "no perpetrator";
  return `"${incident.place.mention}"→${incident.place.name ?? "∅"} ${km.toFixed(1)} km, ${incident.eventType} by ${perps}${killed}`;
}

/** Scores one document against its recorded incident. */
export function scoreExternalDoc(gold: ExternalGoldLine, incidents: IncidentClaim[]): ExternalDocScore {
  const near = incidents
    .map((incident) => {
      const { lat, lon } = incident.place;
      const km = lat === null || lon === null ? Infinity : distanceKm(gold.lat, gold.lon, lat, lon);
      return { incident, km };
    })
    .filter(({ km }) => km <= MATCH_RADIUS_KM)
    .map((c) => {
      const fields =
        (perpetratorMatches(gold, c.incident) ? 1 : 0) +
        (killedOverlaps(gold, c.incident) ? 1 : 0) +
        (eventTypeOk(gold, c.incident) ? 0.5 : 0);
      return { ...c, rank: 2 - c.km / MATCH_RADIUS_KM + fields };
    })
    .sort((a, b) => b.rank - a.rank);
  const best = near[0];
  const scoresKilled = gold.killed !== null && gold.killed > 0;
  if (!best) {
    const got = incidents.map((i) => describe(i, Infinity)).join("; ") || "nothing";
    return {
      doc: gold.doc,
      found: false,
      place: false,
      eventType: null,
      perpetrator: false,
      killed: null,
      got,
    };
  }
  return {
    doc: gold.doc,
    found: true,
    place: best.km <= EXACT_RADIUS_KM,
    eventType: eventTypeOk(gold, best.incident),
    perpetrator: perpetratorMatches(gold, best.incident),
    killed: scoresKilled ? killedOverlaps(gold, best.incident) : null,
    got: describe(best.incident, best.km),
  };
}

function share(values: (boolean | null)[]): number | null {
  const scored = values.filter((v): v is boolean => v !== null);
  return scored.length === 0 ? null : scored.filter(Boolean).length / scored.length;
}

/**
 * Pools document scores. Recall is over all documents; place, event type and perpetrator over the
 * found ones; killed over the found ones whose record has deaths.
 */
export function summarizeExternal(docs: ExternalDocScore[]): ExternalMetrics {
  const found = docs.filter((d) => d.found);
  return {
    docs: docs.length,
    recall: share(docs.map((d) => d.found)),
    place: share(found.map((d) => d.place)),
    eventType: share(found.map((d) => d.eventType)),
    perpetrator: share(found.map((d) => d.perpetrator)),
    killed: share(found.map((d) => d.killed)),
    killedScored: found.filter((d) => d.killed !== null).length,
  };
}
