/**
 * Scores extraction against an external record by what a set outside the gazetteer can honestly test:
 * tolls, event type and attacker, not place. Used for `external/airwars-gaza`, where each document is
 * Airwars' own narrative of one recorded incident in Gaza (outside the Syria gazetteer, so its places
 * mostly stay unresolved and a 10 km match, as in score-external.ts, would test the gazetteer only).
 * Pure: no I/O.
 *
 * The recorded incident is the document's claim with the largest killed toll (its own toll, or the
 * joint toll of its group when the text gives one toll for several places), the first such claim on a
 * tie; without any killed toll, the one with the largest injured toll; else the first claim. The
 * narrative tells one incident, so its headline toll is the one to compare; a document the extractor
 * splits into several partial claims scores its largest part only. It is never chosen by agreement with
 * the record. Every field is scored over every document (a document with no claim misses them all):
 *  - claim: the document yields at least one claim (place not scored);
 *  - killed, where the record has killed > 0: the chosen claim's killed range overlaps the record's
 *    min–max; injured likewise where the record has injured > 0;
 *  - event type among the record's accepted ones (where the record has one);
 *  - perpetrator regex over the chosen claim's perpetrators (id, name or mention).
 */
import type { CountRange, IncidentClaim } from "../src/domain/claim.js";
import { coarseEventType } from "./event-type-map.js";
import type { ExternalGoldLine } from "./external-sets.js";

export interface ExternalTollDocScore {
  doc: string;
  claim: boolean;
  /** null where the record has no event type. */
  eventType: boolean | null;
  perpetrator: boolean;
  /** null where the record has no deaths (not scored). */
  killed: boolean | null;
  /** null where the record has no injured (not scored). */
  injured: boolean | null;
  /** What was extracted, for the verbose listing: the chosen claim first. */
  got: string;
}

export interface ExternalTollMetrics {
  docs: number;
  claim: number | null;
  eventType: number | null;
  perpetrator: number | null;
  killed: number | null;
  killedScored: number;
  injured: number | null;
  injuredScored: number;
}

/** A claim's killed or injured toll: its own, or its group's joint toll. */
export function claimToll(incident: IncidentClaim, kind: "killed" | "injured"): CountRange | null {
  const { casualties } = incident;
  return casualties.scope === "group" ? (casualties.group?.[kind] ?? null) : casualties[kind];
}

function larger(a: CountRange, b: CountRange): boolean {
  if (a.min !== b.min) return a.min > b.min;
  return (a.max ?? Infinity) > (b.max ?? Infinity);
}

/** The claim standing for the recorded incident (see the header), or null without claims. */
export function recordedIncidentClaim(incidents: IncidentClaim[]): IncidentClaim | null {
  for (const kind of ["killed", "injured"] as const) {
    let best: { incident: IncidentClaim; toll: CountRange } | null = null;
    for (const incident of incidents) {
      const toll = claimToll(incident, kind);
      if (toll && (!best || larger(toll, best.toll))) best = { incident, toll };
    }
    if (best) return best.incident;
  }
  return incidents[0] ?? null;
}

/** Whether an extracted range overlaps the record's min–max. */
export function rangeOverlaps(toll: CountRange | null, min: number, max: number | null): boolean {
  if (!toll) return false;
  return toll.min <= (max ?? min) && (toll.max === null || toll.max >= min);
}

function range(r: CountRange | null): string {
  return r ? `${r.min}–${r.max ?? "∞"}` : "∅";
}

function describe(incident: IncidentClaim): string {
  const perps = incident.perpetrators.map((p) => p.actorId ?? p.mention).join("+") || "no perpetrator";
  const scope = incident.casualties.scope === "group" ? " (group)" : "";
  return `"${incident.place.mention}" ${incident.eventType} by ${perps}, killed ${range(claimToll(incident, "killed"))}, injured ${range(claimToll(incident, "injured"))}${scope}`;
}

/** Scores one document against its recorded incident. */
export function scoreExternalTollDoc(
  gold: ExternalGoldLine,
  incidents: IncidentClaim[],
): ExternalTollDocScore {
  const chosen = recordedIncidentClaim(incidents);
  const killedScored = gold.killed !== null && gold.killed > 0;
  const injuredScored = gold.injured !== null && gold.injured !== undefined && gold.injured > 0;
  const eventType =
    gold.eventType === null
      ? null
      : chosen !== null &&
        [gold.eventType, ...gold.eventTypeAccept].includes(
          coarseEventType(chosen.eventType, chosen.acled.subEventType),
        );
  const pattern = gold.perpetrator === null ? null : new RegExp(gold.perpetrator, "i");
  const perpetrator =
    chosen !== null &&
    (pattern === null
      ? chosen.perpetrators.length === 0
      : chosen.perpetrators.some((p) => [p.actorId ?? "", p.name, p.mention].some((v) => pattern.test(v))));
  const others = incidents.filter((i) => i !== chosen);
  const got = chosen
    ? [describe(chosen), ...(others.length > 0 ? [`+ ${others.map(describe).join("; ")}`] : [])].join(" ")
    : "no claim";
  return {
    doc: gold.doc,
    claim: chosen !== null,
    eventType,
    perpetrator,
    killed: killedScored
      ? chosen !== null && rangeOverlaps(claimToll(chosen, "killed"), gold.killed!, gold.killedMax)
      : null,
    injured: injuredScored
      ? chosen !== null && rangeOverlaps(claimToll(chosen, "injured"), gold.injured!, gold.injuredMax ?? null)
      : null,
    got,
  };
}

function share(values: (boolean | null)[]): number | null {
  const scored = values.filter((v): v is boolean => v !== null);
  return scored.length === 0 ? null : scored.filter(Boolean).length / scored.length;
}

/** Pools document scores; every field over every document where the record scores it. */
export function summarizeExternalTolls(docs: ExternalTollDocScore[]): ExternalTollMetrics {
  return {
    docs: docs.length,
    claim: share(docs.map((d) => d.claim)),
    eventType: share(docs.map((d) => d.eventType)),
    perpetrator: share(docs.map((d) => d.perpetrator)),
    killed: share(docs.map((d) => d.killed)),
    killedScored: docs.filter((d) => d.killed !== null).length,
    injured: share(docs.map((d) => d.injured)),
    injuredScored: docs.filter((d) => d.injured !== null).length,
  };
}
