/**
 * Place passes 3 and 4, resolve: each settlement candidate is ranked in the gazetteer with its admin
 * hints; the unambiguous ones become anchors, and the others are ranked again by distance to those
 * anchors, to the named regions, or to their own locator ("X north of Y"). Fuzzy matches need agreeing
 * hints and a nearby anchor; a transliteration-level match is refused only by hints from its own text,
 * not by a governorate named elsewhere in the report. A candidate the gazetteer lacks is kept unresolved
 * when its context says it is a place, with the governorate its context gives; weak ones are dropped.
 */
import type { PlaceHints, PlaceMatch } from "../../domain/places.js";
import { resolveAirfield } from "./airfield.js";
import type { PlaceContext } from "./place-hints.js";
import { kmBetween, type PlaceLookups } from "./place-lookups.js";
import type { ResolvedPlace } from "./resolved-place.js";

const SETTLEMENT_KINDS = new Set(["settlement", "admin3"]);

function pickSettlement(matches: PlaceMatch[]): PlaceMatch | undefined {
  return (
    matches.find((m) => SETTLEMENT_KINDS.has(m.entry.kind)) ?? matches.find((m) => m.entry.kind === "admin2")
  );
}

/** How close a fuzzy match must lie to another place or region named in the report to be believed. */
const FUZZY_ANCHOR_KM = 20;
/** How far from its locator ("X, north of Y", "X village in Y") a place may lie: a district's radius. */
const LOCATOR_MAX_KM = 35;
/**
 * How far from its locator a look-alike of another governorate may lie: the text places X by a town
 * of Y's governorate, and a village across the border is so described only next to it; a village
 * spelled otherwise further into the other governorate is another one ("X in the western countryside
 * of Y", X's look-alike 27 km off in the next governorate). A name spelled exactly keeps a district's
 * reach.
 */
const CROSS_GOVERNORATE_LOCATOR_KM = 15;

function locatorReach(m: PlaceMatch, locator: PlaceMatch["entry"]): number {
  const e = m.entry;
  const across = e.admin1 !== null && locator.admin1 !== null && e.admin1 !== locator.admin1;
  return across && m.matchedBy !== "exact" ? CROSS_GOVERNORATE_LOCATOR_KM : LOCATOR_MAX_KM;
}

/** How far from the places a report names a matched "X neighbourhood" may lie: the size of a big city. */
const NEIGHBOURHOOD_KM = 15;

type Point = { lat: number; lon: number };

/**
 * Non-exact matches must agree with the admin context: always for fuzzy ones, and for
 * transliteration-level ones when the hints come from the place's own text. Fuzzy matches (a consonant
 * differs) must also have a similar length ("Hmeimat" is not "Hamah") and lie near another place or
 * region the report names: a governorate holds a thousand villages, so agreeing on the governorate alone
 * makes a chance look-alike likely, and a wrong village is worse than an unresolved one.
 */
function trusted(
  m: PlaceMatch | undefined,
  p: ResolvedPlace,
  ctx: PlaceContext,
  anchors: readonly Point[],
  locatorAdmin: string | null,
): PlaceMatch | undefined {
  if (!m || m.matchedBy === "exact") return m;
  // "the villages of A and B, west of the city of Aleppo": the locator's governorate is the place's own
  // context, closer than the governorates the report names elsewhere.
  const hints = locatorAdmin && !ctx.explicit(p) ? [locatorAdmin] : ctx.hints(p);
  const vetoes = m.matchedBy === "fuzzy" || ctx.localHints(p);
  if (vetoes && hints.length > 0 && !hints.includes(m.entry.admin1 ?? "")) return undefined;
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

/**
 * "X neighbourhood" is part of a city the report names; a same-named village elsewhere in the
 * governorate is not it. When the report names other places, the match must lie among them.
 */
function nearEnoughForNeighbourhood(
  m: PlaceMatch | undefined,
  p: ResolvedPlace,
  anchors: readonly Point[],
): PlaceMatch | undefined {
  if (!m || p.candidate.shape !== "neighbourhood") return m;
  // "X district": Syria's districts and sub-districts are named after their seats, so a town that
  // seats one of its own name is what "X district" means ("Ain Issa district"), not a city quarter.
  if (seatsOwnDistrict(m.entry)) return m;
  // Its own coordinates (a first-pass anchor) say nothing about where the city is.
  const others = anchors.map((q) => kmBetween(q, m.entry)).filter((km) => km > 0.05);
  if (others.length === 0) return m;
  return others.some((km) => km <= NEIGHBOURHOOD_KM) ? m : undefined;
}

/**
 * "X town in the Y district", "X in Y" for a town Y that seats its district: the text may mean the
 * district, an area, not the town. A place of that district (OCHA's admin2, or admin3 for a
 * sub-district seat) is in it however far from the seat it lies: districts span up to a hundred
 * kilometres, more than a locator's radius.
 */
function inDistrictOf(e: PlaceMatch["entry"], seat: PlaceMatch["entry"]): boolean {
  if (!seatsOwnDistrict(seat) || e.admin1 !== seat.admin1 || e.admin2 !== seat.admin2) return false;
  return bareName(seat.admin2) === bareName(seat.name) || e.admin3 === seat.admin3;
}

const bareName = (name: string | null) => (name ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");

/** True when the entry is the seat of the district or sub-district named after it. */
function seatsOwnDistrict(e: PlaceMatch["entry"]): boolean {
  const own = bareName(e.name);
  return own.length > 0 && (bareName(e.admin3) === own || bareName(e.admin2) === own);
}

/** A population this large makes a place a city that news names by its own spelling. */
const CITY_POPULATION = 50_000;

/**
 * "the city of al-Bab": a city spelled exactly as written is the place, not a look-alike hamlet
 * ("Bawab") that a governorate hint would rank first. Only when no list context constrains the place.
 */
function preferExactCity(matches: PlaceMatch[], p: ResolvedPlace, ctx: PlaceContext): PlaceMatch[] {
  const first = matches[0];
  if (!first || first.matchedBy === "exact" || ctx.explicit(p)) return matches;
  const city = matches.find(
    (m) =>
      m.matchedBy === "exact" &&
      !m.partial &&
      SETTLEMENT_KINDS.has(m.entry.kind) &&
      ((m.entry.population ?? 0) >= CITY_POPULATION ||
        (p.candidate.qualifier === "city" && seatsOwnDistrict(m.entry))),
  );
  return city ? [city, ...matches.filter((m) => m !== city)] : matches;
}

/** The admin1 of the nearest admin or region phrase after the place in its sentence, else before. */
function localAdmin(p: ResolvedPlace, sentencePlaces: readonly ResolvedPlace[]): string | null {
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

/** Governorate phrases, sub-regions and governorates named as context are settled before ranking. */
function settled(p: ResolvedPlace): boolean {
  return p.role === "admin" || p.regionEntry !== null || (p.precision === "admin1" && p.entry === null);
}

/**
 * The one governorate a hint list names, its city governorate's countryside aside: the context adds
 * "Rif Dimashq" to a named "Damascus" (place-hints.ts), which does not make the place either.
 */
function singleNamed(admins: readonly string[]): string | null {
  const named = admins.includes("Damascus") ? admins.filter((a) => a !== "Rif Dimashq") : admins;
  return named.length === 1 ? named[0]! : null;
}

/** A city governorate's countryside governorate goes with it ("Damascus" admits "Rif Dimashq"). */
function withCountryside(admins: readonly string[]): string[] {
  return admins.includes("Damascus") && !admins.includes("Rif Dimashq")
    ? [...admins, "Rif Dimashq"]
    : [...admins];
}

/** First ranking with admin hints only, for every candidate worth a lookup. */
function firstMatches(
  perSentence: ResolvedPlace[][],
  ctx: PlaceContext,
  lookups: PlaceLookups,
): Map<ResolvedPlace, PlaceMatch[]> {
  const out = new Map<ResolvedPlace, PlaceMatch[]>();
  for (const p of perSentence.flat()) {
    if (settled(p) || p.candidate.airfieldOf !== null) continue;
    // Weak candidates only count with an exact gazetteer name: test that cheaply before ranking.
    const worth = p.candidate.locative || p.role === "context" || lookups.places.hasName(p.candidate.mention);
    const hints: PlaceHints = { admin1: ctx.hints(p) };
    out.set(
      p,
      worth ? lookups.places.findPlaces(p.candidate.mention, hints).filter((m) => allowed(ctx, p, m)) : [],
    );
  }
  return out;
}

function allowed(ctx: PlaceContext, p: ResolvedPlace, m: PlaceMatch): boolean {
  const within = ctx.explicit(p);
  return m.entry.kind !== "country" && (!within || within.includes(m.entry.admin1 ?? ""));
}

/** Coordinates of the first-pass matches that are unambiguous at governorate level. */
function unambiguousPoints(matchesOf: Map<ResolvedPlace, PlaceMatch[]>): Point[] {
  const out: Point[] = [];
  for (const matches of matchesOf.values()) {
    const best = pickSettlement(matches);
    const distinct = new Set(
      matches.filter((m) => SETTLEMENT_KINDS.has(m.entry.kind)).map((m) => m.entry.admin1),
    );
    if (best && distinct.size <= 1) out.push({ lat: best.entry.lat, lon: best.entry.lon });
  }
  return out;
}

/**
 * An airfield named after a place: the settlement of that name, unless the airfield's own text places
 * it in a governorate where no settlement of the name lies ("the X airbase in Y countryside", "the X
 * military airport, east of Y"): that is another place of the name, and the airfield stays unresolved
 * in the governorate its text names, to be coded by its locator or that governorate's capital.
 */
function resolveAirfieldPlace(p: ResolvedPlace, ctx: PlaceContext, lookups: PlaceLookups): ResolvedPlace {
  const hints = ctx.hints(p);
  const locatorAdmin = ctx.locator(p)?.admin1 ?? null;
  const own = ctx.explicit(p) ?? (locatorAdmin ? [locatorAdmin] : ctx.localHints(p) ? hints : []);
  const found = resolveAirfield(lookups.places, p.candidate.mention, p.candidate.airfieldOf!, hints);
  const elsewhere = found?.namedAfter && own.length > 0 && !withCountryside(own).includes(found.admin1 ?? "");
  const a = elsewhere ? null : found;
  const e = a?.entry;
  if (!e) {
    const admin1 = singleNamed(own) ?? singleNamed(hints);
    return { ...p, admin1 };
  }
  return {
    ...p,
    entry: e,
    admin1: a.admin1,
    admin2: a.admin1 === e.admin1 ? e.admin2 : null,
    country: e.country,
    precision: "settlement",
  };
}

/**
 * Resolve the classified places of a report against the gazetteer (passes 3 and 4).
 * @returns the places kept, in text order
 */
export function resolvePlaces(
  perSentence: ResolvedPlace[][],
  ctx: PlaceContext,
  lookups: PlaceLookups,
): ResolvedPlace[] {
  const matchesOf = firstMatches(perSentence, ctx, lookups);
  const near = unambiguousPoints(matchesOf);
  const regionCentres = perSentence
    .flat()
    .flatMap((p) => (p.regionEntry ? [{ lat: p.regionEntry.lat, lon: p.regionEntry.lon }] : []));
  const resolveOne = (p: ResolvedPlace, sentencePlaces: ResolvedPlace[]): ResolvedPlace | null => {
    if (settled(p)) return p;
    if (p.candidate.airfieldOf !== null) return resolveAirfieldPlace(p, ctx, lookups);
    let matches = matchesOf.get(p) ?? [];
    const locator = ctx.locator(p);
    const located = locator ? pickSettlement(matchesOf.get(locator) ?? [])?.entry : undefined;
    const hints = ctx.hints(p);
    // Rank again with the coordinates of the other places in the report, or of the place's locator.
    if (matches.length > 0 && located) {
      const admin1 = ctx.explicit(p) || !located.admin1 ? hints : [located.admin1];
      matches = lookups.places
        .findPlaces(p.candidate.mention, { admin1, near: [{ lat: located.lat, lon: located.lon }] })
        .filter((m) => allowed(ctx, p, m));
    } else if (matches.length > 1 && near.length > 0) {
      matches = lookups.places
        .findPlaces(p.candidate.mention, { admin1: hints, near })
        .filter((m) => allowed(ctx, p, m));
    } else if (
      matches.length === 0 &&
      hints.length === 0 &&
      p.candidate.locative &&
      (located || near.length)
    ) {
      // No governorate to go by, but places nearby: a plain name may mean a size-qualified community
      // among them ("Arab Hassan, north of Manbij" is OCHA's "Big Arab Hasan").
      matches = lookups.places
        .findPlaces(p.candidate.mention, { near: located ? [located] : near })
        .filter((m) => allowed(ctx, p, m));
    }
    matches = preferExactCity(matches, p, ctx);
    const anchors = located ? [...near, located, ...regionCentres] : [...near, ...regionCentres];
    const picked = nearEnoughForNeighbourhood(
      trusted(pickSettlement(matches), p, ctx, anchors, located?.admin1 ?? null),
      p,
      anchors,
    );
    // "X village in the countryside of Y": X lies by Y; a same-named village far away is another one.
    const found =
      picked &&
      located &&
      kmBetween(picked.entry, located) > locatorReach(picked, located) &&
      !inDistrictOf(picked.entry, located)
        ? undefined
        : picked;
    // Without locative context only a whole exact gazetteer name counts ("Subhi al-Assi" is a person;
    // "Assad" is only part of the compound name "Assad - Aslan Koy"); a name listed in an admin phrase
    // ("X in Idlib governorate") is in locative context.
    const explicit = ctx.explicit(p);
    const locative = p.candidate.locative || explicit !== undefined;
    const best = found && (locative || (found.matchedBy === "exact" && !found.partial)) ? found : undefined;
    if (best) {
      const e = best.entry;
      return {
        ...p,
        entry: lookups.shown(p.candidate.mention, e),
        admin1: e.admin1,
        admin2: e.admin2,
        country: e.country,
        precision: e.kind === "admin2" ? "admin2" : "settlement",
      };
    }
    const headed = p.candidate.locative
      ? byHeadAmongSiblings(p, sentencePlaces, matchesOf, hints, lookups)
      : null;
    if (headed) {
      return {
        ...p,
        entry: lookups.shown(p.candidate.mention, headed),
        admin1: headed.admin1,
        admin2: headed.admin2,
        country: headed.country,
        precision: "settlement",
      };
    }
    const clearlyPlace =
      p.candidate.locative ||
      p.role === "context" ||
      (explicit !== undefined && lookups.places.hasName(p.candidate.mention));
    if (!clearlyPlace) return null;
    // Unknown to the gazetteer, or known only outside its explicit governorate, but clearly a place:
    // keep it with its admin context.
    const local = localAdmin(p, sentencePlaces);
    const admin1 = explicit
      ? explicit.length === 1
        ? explicit[0]!
        : local && explicit.includes(local)
          ? local
          : null
      : (local ?? (hints.length === 1 ? hints[0]! : null));
    return { ...p, admin1, precision: p.role === "region" ? "admin2" : "unresolved" };
  };
  const resolved = perSentence.flatMap((list) =>
    list.flatMap((p) => {
      const r = resolveOne(p, list);
      return r ? [r] : [];
    }),
  );
  return withoutStrayFacilityNames(resolveBySameName(resolveByAlternates(resolved), ctx));
}

/** How close to a village of its own list a name's head must lie to be that village ("A al-B and C"). */
const QUALIFIED_HEAD_KM = 10;
/**
 * Words that open many village names ("Tal X", "Kafr X", "Ain X"): never a village's name on their own
 * account, so a name is not read by them.
 */
const GENERIC_HEADS = new Set(
  (
    "tal tel tell tall kafr kfar kafar ain ein deir dayr dair khirbet khirbat kherbet khirbit jabal jebel " +
    "sheikh shaikh abu um umm bir beit bayt qasr maarat marrat jisr ras mazraat mazraa mazraet arab sad " +
    "wadi nahr qalaat hosh tlul mughr tallet ard hay harat haret"
  ).split(" "),
);

/**
 * "the villages of Aqrab al-Safi and al-Mabuja": a village written with a qualifier after its name (a
 * family or tribe, "the upper", a landmark) that the gazetteer has under the bare name. When the whole
 * name is unknown, its head (the words before the last "al-" word) is that village if a settlement of
 * that name lies within 10 km of another place named in the same sentence; a look-alike elsewhere is
 * not trusted.
 */
function byHeadAmongSiblings(
  p: ResolvedPlace,
  sentencePlaces: readonly ResolvedPlace[],
  matchesOf: Map<ResolvedPlace, PlaceMatch[]>,
  hints: string[],
  lookups: PlaceLookups,
): PlaceMatch["entry"] | null {
  const m = /^(.+?)\s+(?:al|el|ad|ash|as|at|ar|an|az)[-\s][\p{L}'’-]+$/iu.exec(p.candidate.mention);
  const head = m?.[1];
  if (!head || head.replace(/[^\p{L}]/gu, "").length < 4) return null;
  if (GENERIC_HEADS.has(head.toLowerCase().replace(/^(?:al|el)[-\s]/, ""))) return null;
  const siblings = sentencePlaces.flatMap((q) => {
    if (q === p || q.role !== "settlement") return [];
    const e = pickSettlement(matchesOf.get(q) ?? [])?.entry;
    return e ? [{ lat: e.lat, lon: e.lon }] : [];
  });
  if (siblings.length === 0) return null;
  const found = lookups.places
    .findPlaces(head, { admin1: hints, near: siblings })
    .find(
      (c) =>
        c.matchedBy !== "fuzzy" &&
        !c.partial &&
        SETTLEMENT_KINDS.has(c.entry.kind) &&
        siblings.some((q) => kmBetween(q, c.entry) <= QUALIFIED_HEAD_KM),
    );
  return found?.entry ?? null;
}

/** How far from the town the text is about a facility's name may resolve and still be that town. */
const FACILITY_TOWN_KM = 25;
/** How many sentences back the town the text is about may have been named. */
const FACILITY_LOOKBACK = 3;

/**
 * "A car bomb exploded in the market in the centre of Afrin. … The explosion occurred in the al-Hal
 * market": a facility's name that resolves to a settlement far from every settlement the text named
 * just before is the facility's own name (markets, bakeries and streets are named after many things),
 * not a second, distant place. It stays as context; "the Atarib market" in a text about Atarib is kept.
 * The town its own sentence names counts too ("the al-Hal market in the city of al-Bab").
 */
function withoutStrayFacilityNames(places: ResolvedPlace[]): ResolvedPlace[] {
  return places.map((p) => {
    if (!p.candidate.facility || !p.entry || p.role !== "settlement") return p;
    const entry = p.entry;
    const before = places.filter(
      (q) =>
        q !== p &&
        q.entry !== null &&
        q.precision === "settlement" &&
        (q.candidate.start < p.candidate.start
          ? p.sentence - q.sentence <= FACILITY_LOOKBACK
          : q.sentence === p.sentence),
    );
    if (before.length === 0) return p;
    const far = before.every((q) => kmBetween(q.entry!, entry) > FACILITY_TOWN_KM);
    return far ? { ...p, role: "context" } : p;
  });
}

/**
 * A name the report resolved once is the same place where it is written again: a later mention left
 * unresolved (its own context hinted at a neighbouring governorate, or gave no locative cue) takes that
 * entry, unless its own text places it explicitly in another governorate ("Sarja in rural Aleppo" after
 * "Sarja in rural Idlib": two villages of one name).
 */
function resolveBySameName(places: ResolvedPlace[], ctx: PlaceContext): ResolvedPlace[] {
  const byName = new Map<string, ResolvedPlace>();
  for (const q of places)
    if (q.entry && q.precision === "settlement" && q.role === "settlement") {
      const k = foldName(q.candidate.mention);
      const known = byName.get(k);
      // A name resolved to two different places in one report is ambiguous: no entry to lend.
      if (known === undefined) byName.set(k, q);
      else if (known.entry && known.entry.id !== q.entry.id) byName.set(k, { ...known, entry: null });
    }
  if (byName.size === 0) return places;
  return places.map((p) => {
    if (p.entry || p.regionEntry || p.precision !== "unresolved" || p.role !== "settlement") return p;
    const q = byName.get(foldName(p.candidate.mention));
    if (!q?.entry) return p;
    const explicit = ctx.explicit(p);
    if (explicit && !explicit.includes(q.entry.admin1 ?? "")) return p;
    return withEntryOf(p, q);
  });
}

/** `p` read as the settlement `q` resolved to: another mention of the same place. */
const withEntryOf = (p: ResolvedPlace, q: ResolvedPlace): ResolvedPlace => ({
  ...p,
  entry: q.entry,
  admin1: q.admin1,
  admin2: q.admin2,
  country: q.country,
  precision: "settlement",
});

const foldName = (m: string) =>
  m
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");

/**
 * A text that names a place two ways once ("Abu Rasin/Zarkan", "Ras al-Ain (Sere Kaniye)") means the
 * same place by either name elsewhere in it: an unresolved mention of the other name takes the entry.
 */
function resolveByAlternates(places: ResolvedPlace[]): ResolvedPlace[] {
  const byAlternate = new Map<string, ResolvedPlace>();
  for (const q of places)
    if (q.entry && q.precision === "settlement")
      for (const a of q.candidate.alternates)
        if (!byAlternate.has(foldName(a))) byAlternate.set(foldName(a), q);
  if (byAlternate.size === 0) return places;
  return places.map((p, i) => {
    if (p.regionEntry || (p.role !== "settlement" && p.role !== "context")) return p;
    const q = byAlternate.get(foldName(p.candidate.mention));
    if (!q || q === p) return p;
    // "X/Y" right after X: Y is X's other name unless it resolves to a place of its own near X ("the
    // Hama/Idlib border" names two); elsewhere only an unresolved mention takes X's entry.
    const slashPartner = places[i - 1] === q && p.candidate.start === q.candidate.end + 1;
    if (p.entry && !(slashPartner && kmBetween(p.entry, q.entry!) > LOCATOR_MAX_KM)) return p;
    return withEntryOf(p, q);
  });
}
