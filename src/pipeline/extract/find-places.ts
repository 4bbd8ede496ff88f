/**
 * Place mentions of a whole report, resolved through the gazetteer port. Two passes: the first
 * resolves candidates with admin-area hints (same sentence, else the nearest earlier sentence, else
 * the whole report and its title); the second re-ranks ambiguous names with the coordinates of the
 * places already resolved. A candidate in strong locative context that the gazetteer lacks is kept with
 * precision "unresolved"; weak candidates that the gazetteer lacks are dropped. An explicit admin phrase
 * of a place's own list ("A and B in Jabal Y in northern Latakia", see place-context.ts) is a constraint:
 * homonyms in other governorates are rejected and the place stays unresolved in that governorate; a
 * locator named right after a place ("X north of Y") ranks X's candidates by distance to Y.
 */
import type { PlaceEntry, PlaceHints, PlaceLookup, PlaceMatch } from "../../domain/places.js";
import type { PlaceCandidate } from "./place-candidates.js";
import { findPlaceCandidates } from "./place-candidates.js";
import { resolveAirfield } from "./airfield.js";
import { sentenceContext } from "./place-context.js";
import type { Sentence } from "./sentences.js";

/** Optional region lookup ("Jabal al-Zawiya", "Sahl al-Ghab") that a gazetteer may offer. */
interface RegionLookup {
  findRegion(
    mention: string,
  ): { id: string; name: string; admin1: readonly string[]; lat: number; lon: number } | null;
}

function regionLookup(places: PlaceLookup): RegionLookup | null {
  const candidate = places as PlaceLookup & Partial<RegionLookup>;
  return typeof candidate.findRegion === "function" ? (candidate as PlaceLookup & RegionLookup) : null;
}

export type PlaceRole = "settlement" | "admin" | "region" | "context";

export interface ResolvedPlace {
  candidate: PlaceCandidate;
  sentence: number;
  role: PlaceRole;
  entry: PlaceEntry | null;
  /** A named sub-region resolved by the gazetteer's region lookup. */
  regionEntry: { id: string; name: string; lat: number; lon: number } | null;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  precision: "settlement" | "admin2" | "admin1" | "country" | "unresolved";
  /** Governorates the context allows when it names several and no neighbour decides (admin1 null). */
  adminCandidates?: string[];
}

/** Names of countries: never an incident place on their own (ACLED excludes country-only reports). */
const COUNTRIES =
  /^(?:Syria|Turkey|Türkiye|Russia|Iran|Iraq|Lebanon|Jordan|Israel|Egypt|Britain|France|Germany|America|United States|Europe|Afghanistan|Yemen|Libya|Sudan|Ukraine|Qatar|Saudi Arabia)$/;
const SETTLEMENT_KINDS = new Set(["settlement", "admin3"]);

/** Most words of four letters or more are capitalised, as in headlines ("Attacks on Idlib Intensify"). */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** Candidates that locate something else: the container of a list, a dateline, a road's ends, ... */
function asContext(c: PlaceCandidate): boolean {
  return c.containing || c.dateline || c.aside || c.roadEnd;
}

const RURAL_BEFORE = /\b(?:rural|countryside of(?:\s+the)?)\s+$/i;
const RURAL_AFTER = /^(?:'s)?\s+(?:countryside|suburbs|rural)\b/i;

/**
 * The governorate a candidate names, reading its qualifier: "Damascus countryside" and "rural Damascus"
 * are Rif Dimashq, not Damascus.
 */
function resolveQualifiedAdmin1(places: PlaceLookup, s: Sentence, c: PlaceCandidate): string | null {
  const at = c.start - s.start;
  const rural =
    RURAL_BEFORE.test(s.text.slice(Math.max(0, at - 30), at)) ||
    RURAL_AFTER.test(s.text.slice(c.end - s.start, c.end - s.start + 20));
  return (rural ? places.resolveAdmin1(`rural ${c.mention}`) : null) ?? places.resolveAdmin1(c.mention);
}

/** Admin1 areas named anywhere in `text` as "rural X", "X province", ... */
export function adminsOf(places: ResolvedPlace[]): string[] {
  const out: string[] = [];
  for (const p of places) {
    const hinting = p.role === "admin" || p.role === "context" || p.regionEntry !== null;
    if (hinting && p.admin1 && !out.includes(p.admin1)) out.push(p.admin1);
  }
  return out;
}

function pickSettlement(matches: PlaceMatch[]): PlaceMatch | undefined {
  return (
    matches.find((m) => SETTLEMENT_KINDS.has(m.entry.kind)) ?? matches.find((m) => m.entry.kind === "admin2")
  );
}

/** How close a fuzzy match must lie to another place or region named in the report to be believed. */
const FUZZY_ANCHOR_KM = 20;

/**
 * Fuzzy matches (a consonant differs) must agree with the admin context, have a similar length
 * ("Hmeimat" is not "Hamah"), and lie near another place or region the report names: a governorate
 * holds a thousand villages, so agreeing on the governorate alone makes a chance look-alike likely, and
 * a wrong village is worse than an unresolved one.
 */
function trusted(
  m: PlaceMatch | undefined,
  p: ResolvedPlace,
  hints: string[],
  anchors: readonly { lat: number; lon: number }[],
): PlaceMatch | undefined {
  if (!m || m.matchedBy === "exact") return m;
  if (hints.length > 0 && !hints.includes(m.entry.admin1 ?? "")) return undefined;
  if (m.matchedBy !== "fuzzy") return m;
  const a = p.candidate.mention.replace(/[^\p{L}]/gu, "").length;
  const b = m.entry.name.replace(/[^\p{L}]/gu, "").length;
  if (Math.min(a, b) / Math.max(a, b) < 0.75) return undefined;
  const anchored = anchors.some((q) => {
    const km = kmBetween(q, m.entry);
    return km > 0.05 && km <= FUZZY_ANCHOR_KM;
  });
  return anchored ? m : undefined;
}

/** How far from the places a report names a matched "X neighbourhood" may lie: the size of a big city. */
const NEIGHBOURHOOD_KM = 15;

/**
 * "X neighbourhood" is part of a city the report names; a same-named village elsewhere in the
 * governorate is not it. When the report names other places, the match must lie among them.
 */
function nearEnoughForNeighbourhood(
  m: PlaceMatch | undefined,
  p: ResolvedPlace,
  anchors: readonly { lat: number; lon: number }[],
): PlaceMatch | undefined {
  if (!m || !p.candidate.neighbourhood) return m;
  // Its own coordinates (a first-pass anchor) say nothing about where the city is.
  const others = anchors.map((q) => kmBetween(q, m.entry)).filter((km) => km > 0.05);
  if (others.length === 0) return m;
  return others.some((km) => km <= NEIGHBOURHOOD_KM) ? m : undefined;
}

/** Equirectangular distance in km; accurate enough at the scale of one governorate. */
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/** The admin1 of the nearest admin or region phrase after the place in its sentence, else before. */
function localAdmin(p: ResolvedPlace, sentencePlaces: ResolvedPlace[]): string | null {
  const hinting = sentencePlaces.filter(
    (q) => q !== p && q.admin1 && (q.role === "admin" || q.role === "context" || q.regionEntry),
  );
  const after = hinting.filter((q) => q.candidate.start > p.candidate.start);
  const [first, second] = after;
  // "X village in Jabal Y in Idlib countryside": the governorate phrase beats the region's own.
  if (
    first &&
    second &&
    first.precision !== "admin1" &&
    second.precision === "admin1" &&
    second.candidate.start - first.candidate.end < 40
  )
    return second.admin1;
  if (first) return first.admin1;
  const before = hinting.filter((q) => q.candidate.start < p.candidate.start).pop();
  return before?.admin1 ?? null;
}

/**
 * Find and resolve the place mentions of every sentence.
 * @param excluded spans that are not places (actor mentions), absolute offsets
 * @param titleAdmins admin1 names found in the report title (low-priority hints)
 */
export function findPlaces(
  sentences: Sentence[],
  places: PlaceLookup,
  excluded: { start: number; end: number }[],
  titleAdmins: string[],
): ResolvedPlace[] {
  const regions = regionLookup(places);
  const known = (m: string) =>
    places.hasName(m) || places.resolveAdmin1(m) !== null || (regions?.findRegion(m) ?? null) !== null;
  const perSentence: ResolvedPlace[][] = sentences.map((s, i) => {
    // In a title-case headline every word is capitalised: only names the gazetteer knows are places.
    const titleCase = isTitleCase(s.text);
    const cands = findPlaceCandidates(s.text, s.start, excluded);
    const out: ResolvedPlace[] = [];
    for (const c of cands) {
      if (COUNTRIES.test(c.mention)) continue;
      // "the Iraqi border", "Assyrian villages": an adjective, unless the gazetteer names a place so.
      if ((c.demonymLike || c.feature || (titleCase && c.locative)) && !known(c.mention)) continue;
      const base = { candidate: c, sentence: i, entry: null, regionEntry: null, admin2: null, country: null };
      if (c.airfieldOf !== null) {
        // Resolved after the admin hints are known (pass 2); never a governorate.
        out.push({
          ...base,
          role: asContext(c) ? "context" : "settlement",
          admin1: null,
          precision: "unresolved",
        });
        continue;
      }
      const admin1 = resolveQualifiedAdmin1(places, s, c);
      if (admin1 && !c.cityMarked) {
        // "rural Idleb", "Idlib province", or a bare governorate name: the governorate, not a town.
        out.push({
          ...base,
          role: asContext(c) ? "context" : "admin",
          admin1,
          precision: "admin1",
        });
        continue;
      }
      const region = regions?.findRegion(c.mention) ?? null;
      if (region && (c.region || !places.hasName(c.mention))) {
        out.push({
          ...base,
          role: asContext(c) ? "context" : "region",
          regionEntry: { id: region.id, name: region.name, lat: region.lat, lon: region.lon },
          admin1: region.admin1[0] ?? null,
          country: "SY",
          precision: "admin2",
        });
        continue;
      }
      const role: PlaceRole = asContext(c) ? "context" : c.region ? "region" : "settlement";
      out.push({ ...base, role, admin1: null, precision: "unresolved" });
    }
    return out;
  });

  // Admin hints: the sentence's own, else the nearest earlier sentence with some, else the report's.
  const docAdmins = [...new Set([...adminsOf(perSentence.flat()), ...titleAdmins])];
  // One forward pass: each sentence's own admins, else those carried from the nearest earlier one.
  const carried: string[][] = [];
  perSentence.forEach((list, i) => {
    const own = adminsOf(list);
    carried.push(own.length > 0 ? own : (carried[i - 1] ?? []));
  });
  const hintsFor = (i: number): string[] => {
    const hints = carried[i] ?? [];
    return hints.length > 0 ? hints : docAdmins;
  };
  // Explicit context of each place's own list: a constraint, where hintsFor is only a preference.
  const regionAdmins = (p: ResolvedPlace) => regions?.findRegion(p.candidate.mention)?.admin1 ?? [];
  const explicit = new Map<PlaceCandidate, string[]>();
  const locatorOf = new Map<PlaceCandidate, ResolvedPlace>();
  perSentence.forEach((list, i) => {
    const s = sentences[i]!;
    const ctx = sentenceContext(s.text, s.start, list, regionAdmins);
    ctx.admins.forEach((a, p) => explicit.set(p.candidate, a));
    ctx.locators.forEach((y, p) => locatorOf.set(p.candidate, y));
  });
  const hintsOf = (p: ResolvedPlace): string[] => explicit.get(p.candidate) ?? hintsFor(p.sentence);
  const allowed = (p: ResolvedPlace, m: PlaceMatch): boolean => {
    const within = explicit.get(p.candidate);
    return m.entry.kind !== "country" && (!within || within.includes(m.entry.admin1 ?? ""));
  };

  // Governorate phrases and sub-regions are settled; so is a governorate named as context ("X village in
  // Hama countryside"), which is not the city of the same name.
  const settled = (p: ResolvedPlace) =>
    p.role === "admin" || p.regionEntry !== null || (p.precision === "admin1" && p.entry === null);
  const toResolve = perSentence.flat().filter((p) => !settled(p) && p.candidate.airfieldOf === null);
  const matchesOf = new Map<ResolvedPlace, PlaceMatch[]>();
  const near: { lat: number; lon: number }[] = [];
  // Pass 1: admin hints only; keep the unambiguous ones as anchors.
  for (const p of toResolve) {
    const hints: PlaceHints = { admin1: hintsOf(p) };
    // Weak candidates only count with an exact gazetteer name: test that cheaply before ranking.
    const worth = p.candidate.locative || p.role === "context" || places.hasName(p.candidate.mention);
    const matches = worth ? places.findPlaces(p.candidate.mention, hints).filter((m) => allowed(p, m)) : [];
    matchesOf.set(p, matches);
    const best = pickSettlement(matches);
    const distinct = new Set(
      matches.filter((m) => SETTLEMENT_KINDS.has(m.entry.kind)).map((m) => m.entry.admin1),
    );
    if (best && distinct.size <= 1) near.push({ lat: best.entry.lat, lon: best.entry.lon });
  }
  const regionCentres = perSentence
    .flat()
    .flatMap((p) => (p.regionEntry ? [{ lat: p.regionEntry.lat, lon: p.regionEntry.lon }] : []));
  // Pass 2: re-rank with the coordinates of the other places in the report, or of the place's locator.
  const out: ResolvedPlace[] = [];
  for (const list of perSentence) {
    for (const p of list) {
      if (settled(p)) {
        out.push(p);
        continue;
      }
      const airfieldOf = p.candidate.airfieldOf;
      if (airfieldOf !== null) {
        const a = resolveAirfield(places, p.candidate.mention, airfieldOf, hintsOf(p));
        const e = a?.entry;
        out.push(
          e
            ? {
                ...p,
                entry: e,
                admin1: a.admin1,
                admin2: a.admin1 === e.admin1 ? e.admin2 : null,
                country: e.country,
                precision: "settlement",
              }
            : { ...p, admin1: hintsOf(p).length === 1 ? hintsOf(p)[0]! : null },
        );
        continue;
      }
      let matches = matchesOf.get(p) ?? [];
      const locator = locatorOf.get(p.candidate);
      const located = locator ? pickSettlement(matchesOf.get(locator) ?? [])?.entry : undefined;
      const hints = hintsOf(p);
      if (matches.length > 0 && located) {
        const admin1 = explicit.has(p.candidate) || !located.admin1 ? hints : [located.admin1];
        matches = places
          .findPlaces(p.candidate.mention, { admin1, near: [{ lat: located.lat, lon: located.lon }] })
          .filter((m) => allowed(p, m));
      } else if (matches.length > 1 && near.length > 0) {
        matches = places
          .findPlaces(p.candidate.mention, { admin1: hints, near })
          .filter((m) => allowed(p, m));
      }
      const anchors = located ? [...near, located, ...regionCentres] : [...near, ...regionCentres];
      const found = nearEnoughForNeighbourhood(
        trusted(pickSettlement(matches), p, hints, anchors),
        p,
        anchors,
      );
      // Without locative context only an exact gazetteer name counts ("Subhi al-Assi" is a person); a name
      // listed in an admin phrase ("X in Idlib governorate") is in locative context.
      const locative = p.candidate.locative || explicit.has(p.candidate);
      const best = found && (locative || found.matchedBy === "exact") ? found : undefined;
      if (best) {
        const e = best.entry;
        out.push({
          ...p,
          entry: e,
          admin1: e.admin1,
          admin2: e.admin2,
          country: e.country,
          precision: e.kind === "admin2" ? "admin2" : "settlement",
        });
      } else if (
        p.candidate.locative ||
        p.role === "context" ||
        (explicit.has(p.candidate) && places.hasName(p.candidate.mention))
      ) {
        // Unknown to the gazetteer, or known only outside its explicit governorate, but clearly a place:
        // keep it with its admin context.
        const within = explicit.get(p.candidate);
        const local = localAdmin(p, list);
        const admin1 = within
          ? within.length === 1
            ? within[0]!
            : local && within.includes(local)
              ? local
              : null
          : (local ?? (hints.length === 1 ? hints[0]! : null));
        out.push({ ...p, admin1, precision: p.role === "region" ? "admin2" : "unresolved" });
      }
    }
  }
  return chooseListAdmins(out, (p) => hintsOf(p));
}

/**
 * An unresolved place whose context names several governorates ("rural Idleb and western rural
 * Aleppo") takes the governorate of the nearest resolved settlement of its sentence (villages listed
 * together cluster), when that governorate is one of the candidates; else admin1 stays null and the
 * candidates are recorded.
 */
function chooseListAdmins(out: ResolvedPlace[], hintsOf: (p: ResolvedPlace) => string[]): ResolvedPlace[] {
  const bySentence = new Map<number, ResolvedPlace[]>();
  for (const p of out) bySentence.set(p.sentence, [...(bySentence.get(p.sentence) ?? []), p]);
  return out.map((p) => {
    if (p.admin1 !== null || p.entry !== null || p.regionEntry !== null || p.role === "admin") return p;
    const hints = hintsOf(p);
    if (hints.length < 2) return p;
    const neighbours = (bySentence.get(p.sentence) ?? [])
      .filter((q) => q.entry !== null && q.admin1 && hints.includes(q.admin1))
      .sort(
        (a, b) =>
          Math.abs(a.candidate.start - p.candidate.start) - Math.abs(b.candidate.start - p.candidate.start),
      );
    const nearest = neighbours[0];
    return nearest ? { ...p, admin1: nearest.admin1 } : { ...p, adminCandidates: [...hints] };
  });
}
