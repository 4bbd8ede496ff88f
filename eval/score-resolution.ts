/**
 * Scores resolution against an external incident record where several documents describe one
 * recorded incident (../shared/data/external/airwars-syria: the `incident` field). Pure: no I/O.
 * - Each document's "gold claim" is its extracted claim nearest to the recorded coordinates, within
 *   10 km (as in score-external.ts); a document without one is an extraction miss.
 * - Gold pairs: two documents of one recorded incident. A pair is found when the two gold claims sit
 *   in one resolved incident. Recall is reported over pairs whose two gold claims exist, and over all
 *   gold pairs (extraction misses counting as misses).
 * - Precision: of the pairs of gold claims that sit in one resolved incident, the share that belong to
 *   one recorded incident (gold claims of different recorded incidents merged are false merges).
 */
import type { IncidentClaim } from "../src/domain/claim.js";
import { distanceKm, MATCH_RADIUS_KM } from "./score-extraction.js";

export interface ResolutionDoc {
  doc: string;
  /** The recorded incident the document describes. */
  incident: string;
  lat: number;
  lon: number;
  /** The document's claims, in order, with the resolved incident each one went to. */
  claims: { claim: IncidentClaim; incidentId: string }[];
}

export interface PairOutcome {
  incident: string;
  a: string;
  b: string;
  /** found: same resolved incident; missing: a gold claim was not extracted; else the resolver's reason. */
  outcome: "found" | "missing" | "apart";
  why: string;
}

export interface ResolutionScore {
  docs: number;
  /** Recorded incidents with two or more documents. */
  multiDocIncidents: number;
  goldPairs: number;
  /** Gold pairs whose two gold claims were extracted. */
  scorablePairs: number;
  found: number;
  /** Pairs of gold claims merged into one resolved incident. */
  mergedPairs: number;
  falseMerges: number;
  recall: number | null;
  recallAll: number | null;
  precision: number | null;
  pairs: PairOutcome[];
  falseMergeList: { a: string; b: string; incidentId: string }[];
}

/** The document's claim nearest the recorded place (within 10 km), or null. */
export function goldClaim(
  doc: ResolutionDoc,
): { claim: IncidentClaim; incidentId: string; index: number } | null {
  let best: { claim: IncidentClaim; incidentId: string; index: number; km: number } | null = null;
  for (const [index, entry] of doc.claims.entries()) {
    const { lat, lon } = entry.claim.place;
    if (lat === null || lon === null) continue;
    const km = distanceKm(lat, lon, doc.lat, doc.lon);
    if (km <= MATCH_RADIUS_KM && (best === null || km < best.km)) best = { ...entry, index, km };
  }
  return best;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/**
 * @param explain why two gold claims were kept apart (the resolver's own comparison)
 */
export function scoreResolution(
  docs: readonly ResolutionDoc[],
  explain: (a: { doc: string; index: number }, b: { doc: string; index: number }) => string,
): ResolutionScore {
  const gold = new Map(docs.map((d) => [d.doc, goldClaim(d)]));
  const byIncident = new Map<string, ResolutionDoc[]>();
  for (const doc of docs) byIncident.set(doc.incident, [...(byIncident.get(doc.incident) ?? []), doc]);
  const pairs: PairOutcome[] = [];
  for (const [incident, group] of byIncident) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as ResolutionDoc;
        const b = group[j] as ResolutionDoc;
        const ga = gold.get(a.doc);
        const gb = gold.get(b.doc);
        if (!ga || !gb) {
          const missing = [!ga ? a.doc : null, !gb ? b.doc : null].filter(Boolean).join(" and ");
          pairs.push({
            incident,
            a: a.doc,
            b: b.doc,
            outcome: "missing",
            why: `no claim within 10 km in ${missing}`,
          });
        } else if (ga.incidentId === gb.incidentId)
          pairs.push({ incident, a: a.doc, b: b.doc, outcome: "found", why: "same incident" });
        else
          pairs.push({
            incident,
            a: a.doc,
            b: b.doc,
            outcome: "apart",
            why: explain({ doc: a.doc, index: ga.index }, { doc: b.doc, index: gb.index }),
          });
      }
  }
  const golds = docs.flatMap((d) => {
    const g = gold.get(d.doc);
    return g ? [{ doc: d.doc, incident: d.incident, incidentId: g.incidentId }] : [];
  });
  const falseMergeList: ResolutionScore["falseMergeList"] = [];
  let mergedPairs = 0;
  for (let i = 0; i < golds.length; i++)
    for (let j = i + 1; j < golds.length; j++) {
      const a = golds[i]!;
      const b = golds[j]!;
      if (a.incidentId !== b.incidentId) continue;
      mergedPairs++;
      if (a.incident !== b.incident) falseMergeList.push({ a: a.doc, b: b.doc, incidentId: a.incidentId });
    }
  const found = pairs.filter((p) => p.outcome === "found").length;
  const scorable = pairs.filter((p) => p.outcome !== "missing").length;
  return {
    docs: docs.length,
    multiDocIncidents: [...byIncident.values()].filter((g) => g.length > 1).length,
    goldPairs: pairs.length,
    scorablePairs: scorable,
    found,
    mergedPairs,
    falseMerges: falseMergeList.length,
    recall: ratio(found, scorable),
    recallAll: ratio(found, pairs.length),
    precision: ratio(mergedPairs - falseMergeList.length, mergedPairs),
    pairs,
    falseMergeList,
  };
}
