/**
 * Scores extracted incidents against gold annotations, one document at a time, then pools documents
 * into per-set metrics. Pure: no I/O. Matching and field rules are documented on each function and in
 * eval/README.md.
 */
import type { IncidentClaim } from "../src/domain/claim.js";
import type { PlaceLookup } from "../src/domain/places.js";
import { canonicalAdmin1 } from "./admin1.js";
import { coarseEventType } from "./event-type-map.js";
import type { GoldLine } from "./gold-line.js";
import { namesAgree } from "./name-key.js";

/** Distance (km) within which an extracted incident can match a gold one. */
export const MATCH_RADIUS_KM = 10;
/** Distance (km) within which the place counts as exact. */
export const EXACT_RADIUS_KM = 3;

/**
 * `place` is strict: within 3 km of the gold coordinates, or (gold without coordinates) the names agree
 * AND the place was resolved to a settlement. `placeName` is lenient: the same, but an unresolved or
 * region-level place whose name agrees also counts — the gold itself has no coordinates to check.
 */
export type FieldName = "place" | "placeName" | "admin1" | "eventType" | "perpetrator" | "killed";
export const FIELD_NAMES: FieldName[] = [
  "place",
  "placeName",
  "admin1",
  "eventType",
  "perpetrator",
  "killed",
];

export interface ScoreOptions {
  /** Other spellings of a gazetteer entry (e.g. from the knowledge layer), compared by name key too. */
  altNames?: (gazetteerId: string) => string[];
  /** True when the gold place name resolves to this gazetteer entry ("same gazetteer entry"). */
  sameEntry?: (goldName: string, gazetteerId: string) => boolean;
}

export interface FieldResult {
  ok: boolean;
  expected: string;
  got: string;
}

export interface MatchedPair {
  gold: GoldLine;
  incidentIndex: number;
  fields: Record<FieldName, FieldResult>;
}

export interface DocScore {
  doc: string;
  goldCount: number;
  extractedCount: number;
  pairs: MatchedPair[];
  /** Indices of extracted incidents that matched nothing. */
  falsePositives: number[];
  falseNegatives: GoldLine[];
}

export interface Metrics {
  docs: number;
  gold: number;
  extracted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Accuracy over matched pairs; null when nothing matched. */
  fields: Record<FieldName, number | null>;
}

/** Great-circle distance in kilometres. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function goldDistance(gold: GoldLine, incident: IncidentClaim): number | null {
  const { lat, lon } = incident.place;
  if (gold.lat === null || gold.lon === null || lat === null || lon === null) return null;
  return distanceKm(gold.lat, gold.lon, lat, lon);
}

/**
 * "X area near Y" is coded to the town Y (ACLED geo_precision 2), as a gold annotation that follows
 * ACLED names it: the gold name agrees with the anchor town's mention or name. A village coded beside
 * a listed neighbour ("listed") or between two places ("between") is not named by the neighbour's name.
 */
const NOT_CODED_TO = new Set(["governorate", "region", "listed", "between"]);
function codedToAgrees(gold: GoldLine, incident: IncidentClaim): boolean {
  const a = incident.place.anchor;
  if (!a || NOT_CODED_TO.has(a.relation) || gold.place === null) return false;
  return namesAgree(gold.place, a.mention) || namesAgree(gold.place, a.name);
}

/** Gold place name agrees with the extracted mention, name, alternate names or gazetteer entry. */
function placeNamesAgree(gold: GoldLine, incident: IncidentClaim, options: ScoreOptions): boolean {
  const goldName = gold.place;
  if (goldName === null) return false;
  const { mention, name, gazetteerId } = incident.place;
  if (namesAgree(goldName, mention) || namesAgree(goldName, name)) return true;
  if (codedToAgrees(gold, incident)) return true;
  if (gazetteerId === null) return false;
  if (options.altNames?.(gazetteerId).some((alt) => namesAgree(goldName, alt))) return true;
  return options.sameEntry?.(goldName, gazetteerId) ?? false;
}

/** Both dates known → the gold day must fall inside the extracted window. */
function datesOverlap(gold: GoldLine, incident: IncidentClaim): boolean {
  const { start, end } = incident.date;
  if (!gold.date || start === null) return true;
  return start <= gold.date && gold.date <= (end ?? start);
}

/**
 * Whether the pair can match: coordinates within 10 km when both sides have them, otherwise (or when
 * the extracted coordinates are an anchor's) place names agreeing by transliteration key (or naming the
 * same gazetteer entry); and overlapping dates when both are known. Returns a score (higher = better)
 * or null.
 */
function matchScore(gold: GoldLine, incident: IncidentClaim, options: ScoreOptions): number | null {
  if (!datesOverlap(gold, incident)) return null;
  const distance = goldDistance(gold, incident);
  // Coordinates borrowed from another place (a town nearby, a governorate's capital) do not say which
  // place the text named: names may still agree.
  const borrowed = incident.place.anchor !== undefined;
  let score: number;
  if (distance !== null && distance <= MATCH_RADIUS_KM) {
    score = 2 - distance / MATCH_RADIUS_KM;
  } else if (distance !== null && !borrowed) {
    return null;
  } else if (placeNamesAgree(gold, incident, options)) {
    score = 1.5;
  } else {
    return null;
  }
  // Among plausible pairs, prefer those that also agree on the attributes (several claims, one place).
  const fields = scoreFields(gold, incident, options);
  if (fields.eventType.ok) score += 0.2;
  if (fields.killed.ok) score += 0.1;
  if (fields.perpetrator.ok) score += 0.1;
  return score;
}

function describePlace(incident: IncidentClaim): string {
  const p = incident.place;
  const coords = p.lat !== null && p.lon !== null ? ` @${p.lat.toFixed(4)},${p.lon.toFixed(4)}` : "";
  return `"${p.mention}"→${p.name ?? "∅"} (${p.precision})${coords}`;
}

function describeRange(range: { min: number; max: number | null } | null): string {
  if (range === null) return "null";
  return range.max === range.min ? `${range.min}` : `${range.min}–${range.max ?? "∞"}`;
}

/** Field-by-field verdicts for a matched pair (see eval/README.md for the rules). */
export function scoreFields(
  gold: GoldLine,
  incident: IncidentClaim,
  options: ScoreOptions = {},
): Record<FieldName, FieldResult> {
  const distance = goldDistance(gold, incident);
  const withinRadius = distance !== null && distance <= EXACT_RADIUS_KM;
  const borrowed = incident.place.anchor !== undefined;
  const namesAgree =
    gold.lat !== null && gold.lon !== null && !borrowed
      ? withinRadius
      : withinRadius || placeNamesAgree(gold, incident, options);
  // Without gold coordinates: the names agree and the coordinates are the named town's own, or those of
  // the town the place is coded to ("X area near Y" for a gold "Y").
  const coded = incident.place.precision === "near" && codedToAgrees(gold, incident);
  const placeOk =
    gold.lat !== null && gold.lon !== null
      ? withinRadius
      : (namesAgree && incident.place.precision === "settlement") || coded;
  const goldCoords = gold.lat !== null && gold.lon !== null ? ` @${gold.lat},${gold.lon}` : "";

  const goldAdmin1 = canonicalAdmin1(gold.admin1);
  const gotAdmin1 = canonicalAdmin1(incident.place.admin1);

  const coarse = coarseEventType(incident.eventType, incident.acled.subEventType);

  const perps = incident.perpetrators;
  let perpetratorOk: boolean;
  if (gold.perpetrator === null) {
    perpetratorOk = perps.length === 0;
  } else {
    const pattern = new RegExp(gold.perpetrator, "i");
    perpetratorOk = perps.some((p) =>
      [p.actorId ?? "", p.name, p.mention].some((value) => pattern.test(value)),
    );
  }

  const { killed, scope } = incident.casualties;
  let killedOk: boolean;
  if (gold.killed === null) {
    killedOk = killed === null || scope === "group";
  } else {
    // A group toll is not this place's toll, so it cannot confirm a per-place number.
    const n = gold.killed;
    killedOk =
      scope === "incident" && killed !== null && killed.min <= n && (killed.max === null || n <= killed.max);
  }

  return {
    place: { ok: placeOk, expected: `${gold.place ?? "∅"}${goldCoords}`, got: describePlace(incident) },
    placeName: {
      ok: namesAgree,
      expected: `${gold.place ?? "∅"}${goldCoords}`,
      got: describePlace(incident),
    },
    admin1: {
      ok: goldAdmin1 === gotAdmin1,
      expected: gold.admin1 ?? "null",
      got: incident.place.admin1 ?? "null",
    },
    eventType: {
      ok: coarse === gold.eventType,
      expected: gold.eventType ?? "null",
      got: `${coarse} (${incident.eventType})`,
    },
    perpetrator: {
      ok: perpetratorOk,
      expected: gold.perpetrator === null ? "none" : `/${gold.perpetrator}/i`,
      got: perps.length === 0 ? "none" : perps.map((p) => `${p.actorId ?? "?"}:${p.mention}`).join(", "),
    },
    killed: {
      ok: killedOk,
      expected: gold.killed === null ? "null" : String(gold.killed),
      got: `${describeRange(killed)}${killed !== null ? ` (${scope})` : ""}`,
    },
  };
}

/**
 * Scores one document: gold lines with `place: null` only mark a document that must yield nothing.
 * Assignment is one-to-one and greedy by best match score (ties: gold order, then extraction order).
 */
export function scoreDocument(
  doc: string,
  goldLines: GoldLine[],
  incidents: IncidentClaim[],
  options: ScoreOptions = {},
): DocScore {
  const gold = goldLines.filter((line) => line.place !== null);
  const candidates: { g: number; i: number; score: number }[] = [];
  gold.forEach((line, g) => {
    incidents.forEach((incident, i) => {
      const score = matchScore(line, incident, options);
      if (score !== null) candidates.push({ g, i, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.i - b.i);

  const usedGold = new Set<number>();
  const usedIncidents = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const { g, i } of candidates) {
    if (usedGold.has(g) || usedIncidents.has(i)) continue;
    usedGold.add(g);
    usedIncidents.add(i);
    const line = gold[g]!;
    pairs.push({ gold: line, incidentIndex: i, fields: scoreFields(line, incidents[i]!, options) });
  }
  pairs.sort((a, b) => gold.indexOf(a.gold) - gold.indexOf(b.gold));
  return {
    doc,
    goldCount: gold.length,
    extractedCount: incidents.length,
    pairs,
    falsePositives: incidents.map((_, i) => i).filter((i) => !usedIncidents.has(i)),
    falseNegatives: gold.filter((_, g) => !usedGold.has(g)),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Pools document scores (micro-averaged): P/R/F1 over incidents, field accuracies over matched pairs. */
export function summarize(docs: DocScore[]): Metrics {
  const tp = docs.reduce((n, d) => n + d.pairs.length, 0);
  const fp = docs.reduce((n, d) => n + d.falsePositives.length, 0);
  const fn = docs.reduce((n, d) => n + d.falseNegatives.length, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // 2TP / (2TP + FP + FN) equals the harmonic mean of P and R, and is 0 (not undefined) when nothing
  // was extracted although gold incidents exist.
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  const fields = {} as Record<FieldName, number | null>;
  for (const field of FIELD_NAMES) {
    const correct = docs.reduce((n, d) => n + d.pairs.filter((p) => p.fields[field].ok).length, 0);
    fields[field] = ratio(correct, tp);
  }
  return {
    docs: docs.length,
    gold: docs.reduce((n, d) => n + d.goldCount, 0),
    extracted: docs.reduce((n, d) => n + d.extractedCount, 0),
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    fields,
  };
}

/** "Same gazetteer entry": the gold name looked up (no fuzzy matches) yields the extracted entry. */
export function sameEntryVia(places: PlaceLookup | null): ScoreOptions["sameEntry"] {
  if (!places) return undefined;
  const cache = new Map<string, Set<string>>();
  return (goldName, gazetteerId) => {
    let ids = cache.get(goldName);
    if (!ids) {
      const matches = places.findPlaces(goldName).filter((m) => m.matchedBy !== "fuzzy");
      ids = new Set(matches.slice(0, 5).map((m) => m.entry.id));
      cache.set(goldName, ids);
    }
    return ids.has(gazetteerId);
  };
}
