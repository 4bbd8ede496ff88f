/**
 * Places one Arabic sentence names, resolved through the gazetteer by their Arabic names: the
 * incident's site ("بلدة أبو راسين"), the words that only locate it ("بريف الحسكة", "شمال منبج"), the
 * governorate or named region ("محافظة إدلب", "جبل الزاوية") and where the fire came from ("من
 * مواقعها في سراقب"), none of which is the incident's own place. A name several places bear is the one
 * in the governorate the sentence (or the report) names, or the one near the sentence's locator. A
 * settlement the gazetteer lacks, introduced by a feature noun, is coded as the English path codes it
 * (resolved-place.ts): near its locator, moved 7 km the way a compass word says ("بريف حلب الشمالي"),
 * else at its governorate's capital, else unresolved.
 */
import type { IncidentClaim } from "../../../domain/claim.js";
import type { PlaceEntry, PlaceLookup } from "../../../domain/places.js";
import { movedBy, TYPICAL_DIRECTION_KM } from "../place-anchor.js";
import { kmBetween, placeLookups, type PlaceLookups } from "../place-lookups.js";
import type { SentenceSpan } from "./arabic-facts.js";
import { placeMentions, type RawPlaceMention } from "./arabic-place-mentions.js";
import { arabicPlaceNames } from "./arabic-place-names.js";
import { normaliseArabic } from "../../../knowledge/gazetteer/arabic-normalise.js";
import { foldArabic, originalSpan } from "./arabic-text.js";

/**
 * A place mention: where the attack was ("site"), a place that only locates another ("locator"), a
 * governorate or named region ("region"), or where the attack came from ("context").
 */
export interface ArabicPlaceMention extends SentenceSpan {
  role: "site" | "locator" | "region" | "context";
  /** The claim's place object, as English extraction fills it. */
  place: IncidentClaim["place"];
  /**
   * A known site of one word with no place-kind cue and no locator ("في الجينة", "إلى صور"): it may
   * be a common word, so it places the report in no governorate of its own (ArabicPlaceHints.frame).
   */
  bare?: boolean;
}

/** What the rest of the report tells about where its places are. */
export interface ArabicPlaceHints {
  /** Governorates the report named before, the latest last: a homonym in one of them is preferred. */
  admin1?: readonly string[];
  /** Places the report named just before: a name known only by its sound is sought near them. */
  near?: readonly { lat: number; lon: number }[];
  /**
   * Governorates the report placed itself in by a governorate's or a region's name or by a place
   * other than a bare one (see ArabicPlaceMention.bare); defaults to admin1.
   */
  frame?: readonly string[];
}

/** A match farther than this from the sentence's locator is another village of the name (a homonym). */
const LOCATOR_KM = 35;

const lookupsOf = new WeakMap<PlaceLookup, PlaceLookups>();
function lookupsFor(places: PlaceLookup): PlaceLookups {
  let l = lookupsOf.get(places);
  if (!l) lookupsOf.set(places, (l = placeLookups(places)));
  return l;
}

/** The best of the entries bearing a name, by governorate, nearness to a locator, and size. */
function choose(
  entries: readonly PlaceEntry[],
  admin1s: ReadonlySet<string>,
  near: readonly PlaceEntry[],
  governorate: boolean,
  spelled = "",
): PlaceEntry | null {
  let best: PlaceEntry | null = null;
  let bestScore = -Infinity;
  for (const e of entries) {
    const km = near.length > 0 ? Math.min(...near.map((n) => kmBetween(n, e))) : Infinity;
    const score =
      (e.kind === "admin1" ? (governorate ? 10 : -10) : 0) +
      (e.admin1 !== null && admin1s.has(e.admin1) ? 2 : 0) +
      (km <= LOCATOR_KM ? 3 - km / LOCATOR_KM : 0) +
      (e.population ? 0.5 : 0) +
      // Spelled as the text spells it, article included ("تل تمر", not "تل التمر"); the seat of the
      // sub-district or district named after it (news names seats).
      (spelled && e.altNames.some((n) => normaliseArabic(n) === spelled) ? 0.6 : 0) +
      (e.admin3 === e.name || e.admin2 === e.name ? 0.4 : 0) -
      (e.name.includes(" - ") ? 0.3 : 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

/** The governorate a mention names by itself ("إدلب" alone, "محافظة إدلب", "ريف إدلب"), else null. */
function governorateNamed(m: RawPlaceMention): string | null {
  if (m.feature === "مدينه") return null;
  return m.entries.find((e) => e.kind === "admin1")?.admin1 ?? null;
}

function knownPlace(mention: string, e: PlaceEntry): IncidentClaim["place"] {
  const settlement = e.kind === "settlement";
  return {
    mention,
    name: e.name,
    gazetteerId: e.id,
    lat: e.lat,
    lon: e.lon,
    admin1: e.admin1,
    admin2: e.admin2,
    country: e.country,
    precision: settlement ? "settlement" : e.kind === "admin3" ? "admin2" : e.kind,
    geoPrecision: settlement ? 1 : 3,
  };
}

/** A place the gazetteer lacks, located by a known one ("قرية X بريف Y الشمالي"). */
function nearPlace(mention: string, locator: ResolvedLocator): IncidentClaim["place"] {
  const { entry: y, relation, bearing, mention: said } = locator;
  const offset = bearing === null ? null : { km: TYPICAL_DIRECTION_KM, bearing, stated: false };
  const point = offset ? movedBy(y, offset) : { lat: y.lat, lon: y.lon };
  return {
    mention,
    name: null,
    gazetteerId: null,
    ...point,
    admin1: y.admin1,
    admin2: y.admin2,
    country: y.country,
    precision: "near",
    geoPrecision: 2,
    anchor: {
      relation,
      mention: said,
      name: y.name,
      gazetteerId: y.id,
      ...(offset ? { offset } : {}),
    },
  };
}

/** A place the gazetteer lacks, known only by its governorate: coded to the capital (geo_precision 3). */
function unknownPlace(mention: string, admin1: string | null, lookups: PlaceLookups): IncidentClaim["place"] {
  const seat = admin1 ? lookups.governorateSeat(admin1) : null;
  return {
    mention,
    name: null,
    gazetteerId: null,
    lat: seat?.lat ?? null,
    lon: seat?.lon ?? null,
    admin1,
    admin2: null,
    country: admin1 ? "SY" : null,
    precision: "unresolved",
    ...(seat
      ? {
          geoPrecision: 3 as const,
          anchor: { relation: "governorate" as const, mention: null, name: seat.name, gazetteerId: seat.id },
        }
      : {}),
  };
}

/**
 * A site's entry is the place meant unless the sentence locates the site elsewhere: farther than
 * {@link LOCATOR_KM} from its locator, or outside every governorate the sentence names.
 */
function plausible(
  entry: PlaceEntry,
  own: ResolvedLocator | undefined,
  governorates: ReadonlySet<string>,
): boolean {
  if (own) {
    const km = kmBetween(own.entry, entry);
    if (km > LOCATOR_KM) return false;
    // "بريف تل تمر الشرقي": a village of the name on the other side of the town is another one.
    return (
      own.bearing === null ||
      km < SAME_SPOT_KM ||
      angleBetween(bearingFrom(own.entry, entry), own.bearing) <= 90
    );
  }
  return governorates.size === 0 || (entry.admin1 !== null && governorates.has(entry.admin1));
}

/**
 * The gazetteer's place a name it lacks in Arabic sounds like (its transliteration index), longest
 * reading first: only near the sentence's locator, or, matched by more than a guess, in a governorate
 * the report names.
 */
function bySound(
  m: RawPlaceMention,
  places: PlaceLookup,
  own: ResolvedLocator | undefined,
  admin1s: ReadonlySet<string>,
  before: readonly { lat: number; lon: number }[],
): { entry: PlaceEntry; end: number } | null {
  const points = own ? [own.entry] : before;
  for (const reading of [...m.longer, { end: m.end, name: m.name }]) {
    const hints = { admin1: [...admin1s], near: points.map((p) => ({ lat: p.lat, lon: p.lon })) };
    for (const match of places.findPlaces(reading.name, hints)) {
      const e = match.entry;
      if (e.kind !== "settlement" || match.partial) continue;
      const near = points.some((p) => kmBetween(p, e) <= LOCATOR_KM);
      const inGovernorate = match.matchedBy !== "fuzzy" && e.admin1 !== null && admin1s.has(e.admin1);
      if (near || (!own && inGovernorate)) return { entry: e, end: reading.end };
    }
  }
  return null;
}

/**
 * True when a site is more likely the definite form of a common word than the village of that name
 * ("ظهورها في الصورة التي قدمها" — in the picture — not the village al-Sura): one word with the
 * article, with no place-kind cue (بلدة، قرية، حي …) and no locator, naming no seat of a district or
 * sub-district (towns the news names bare, "في الأتارب"), while the sentence names no governorate and
 * the report (ArabicPlaceHints.frame) has placed itself in other governorates only. A village in a governorate the
 * report told stays a place; with no governorate told yet, nothing is dropped.
 */
function commonWordRead(
  m: RawPlaceMention,
  entry: PlaceEntry,
  sentenceGovernorates: ReadonlySet<string>,
  reportGovernorates: ReadonlySet<string>,
): boolean {
  if (m.feature || m.first !== m.last || !m.name.startsWith("ال")) return false;
  if (entry.admin3 === entry.name || entry.admin2 === entry.name) return false;
  // A sentence naming its own governorate is left to plausible(): a name out of it is a place the
  // gazetteer lacks there ("في الفردوس" of Aleppo, not a homonym elsewhere), not a common word.
  if (sentenceGovernorates.size > 0) return false;
  return reportGovernorates.size > 0 && (entry.admin1 === null || !reportGovernorates.has(entry.admin1));
}

/** Closer than this to its locator, a place is in no direction from it worth checking. */
const SAME_SPOT_KM = 3;

/** Degrees clockwise from north of the way from a to b (flat-earth, fine at these distances). */
function bearingFrom(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos((a.lat * Math.PI) / 180);
  const y = b.lat - a.lat;
  return ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
}

/** The smaller angle between two bearings. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

interface ResolvedLocator {
  at: number;
  entry: PlaceEntry;
  mention: string;
  relation: "countryside" | "near";
  bearing: number | null;
}

/**
 * Places of one sentence (the report's own characters), with spans into it.
 * @example findArabicPlaces("قصفت قوات النظام قرية كنصفرة بريف إدلب", gazetteer)[0].place.name // "Kansafra"
 */
export function findArabicPlaces(
  sentence: string,
  places: PlaceLookup,
  hints: ArabicPlaceHints = {},
): ArabicPlaceMention[] {
  const fold = foldArabic(sentence);
  const lookups = lookupsFor(places);
  const raw = placeMentions(fold.folded, arabicPlaceNames(places), lookups.findRegion);
  if (raw.length === 0) return [];
  const said = (m: RawPlaceMention) => {
    const { start, end } = originalSpan(fold, m.start, m.end);
    return { start, end, text: sentence.slice(start, end) };
  };
  const named = new Set<string>(hints.admin1 ?? []);
  const sentenceGovernorates = new Set<string>();
  for (const m of raw) {
    const g = m.role === "context" ? null : governorateNamed(m);
    if (g) sentenceGovernorates.add(g);
  }
  const admin1s = sentenceGovernorates.size > 0 ? sentenceGovernorates : named;
  // Without a governorate of its own, a place the sentence cannot locate is in the one told last.
  const latest = sentenceGovernorates.size > 0 ? null : (hints.admin1?.[hints.admin1.length - 1] ?? null);
  // Locators first: the sites they locate are chosen by nearness to them.
  const locators: ResolvedLocator[] = [];
  raw.forEach((m, at) => {
    if (m.role !== "locator" || governorateNamed(m) || m.entries.length === 0) return;
    const entry = choose(m.entries, admin1s, [], false, m.name);
    if (entry)
      locators.push({ at, entry, mention: said(m).text, relation: m.relation ?? "near", bearing: m.bearing });
  });
  // The locator after each mention, else the one before it: two sweeps, linear in the mentions.
  const locatorAt = new Map(locators.map((l) => [l.at, l]));
  const ownLocator: (ResolvedLocator | undefined)[] = new Array<ResolvedLocator | undefined>(raw.length);
  let seen: ResolvedLocator | undefined;
  for (let at = raw.length - 1; at >= 0; at--) {
    ownLocator[at] = seen;
    seen = locatorAt.get(at) ?? seen;
  }
  seen = undefined;
  for (let at = 0; at < raw.length; at++) {
    ownLocator[at] ??= seen;
    seen = locatorAt.get(at) ?? seen;
  }
  const out: ArabicPlaceMention[] = [];
  raw.forEach((m, at) => {
    const span = said(m);
    const governorate =
      m.role === "governorate"
        ? (m.entries.find((e) => e.kind === "admin1")?.admin1 ?? lookups.places.resolveAdmin1(span.text))
        : governorateNamed(m);
    if (m.region) {
      const r = m.region;
      out.push({
        ...span,
        role: m.role === "context" ? "context" : "region",
        place: {
          mention: span.text,
          name: r.name,
          gazetteerId: r.id,
          lat: r.lat,
          lon: r.lon,
          admin1: r.admin1[0] ?? null,
          admin2: null,
          country: "SY",
          precision: "admin2",
          geoPrecision: 3,
          anchor: { relation: "region", mention: span.text, name: r.name, gazetteerId: r.id },
        },
      });
      return;
    }
    if (governorate) {
      const seat = m.entries.find((e) => e.kind === "admin1") ?? lookups.governorateSeat(governorate);
      if (!seat) return;
      out.push({
        ...span,
        role: m.role === "context" ? "context" : "region",
        place: knownPlace(span.text, seat),
      });
      return;
    }
    // The locator after a site locates it (else the one before): "قرية X بريف Y", "شمال Y، قرية X".
    const own = m.role === "site" ? ownLocator[at] : undefined;
    const entry =
      m.entries.length > 0 ? choose(m.entries, admin1s, own ? [own.entry] : [], false, m.name) : null;
    // Only a locator told after the site locates it ("قرية X بريف Y"); a known town named after a
    // locator is a wider frame of its own ("بريف بلدة المالكية في القامشلي"), no homonym of anything.
    const follows = own !== undefined && own.at > at;
    const frame = new Set(hints.frame ?? named);
    if (entry && m.role === "site" && !own && commonWordRead(m, entry, sentenceGovernorates, frame)) return;
    if (entry && (m.role !== "site" || plausible(entry, follows ? own : undefined, sentenceGovernorates))) {
      const role = m.role === "governorate" ? "region" : m.role;
      const bare = m.role === "site" && !own && !m.feature && m.first === m.last;
      out.push({ ...span, role, place: knownPlace(span.text, entry), ...(bare ? { bare } : {}) });
      return;
    }
    if (m.role !== "site") return;
    // A name the gazetteer lacks in Arabic may be known by its sound near its locator or in the
    // governorate named ("قرية قرف مغار" for OCHA's "قرق مغار"); a homonym far from both is not it.
    const heard = entry ? null : bySound(m, places, own, admin1s, hints.near ?? []);
    if (heard) {
      const { start, end } = originalSpan(fold, m.start, heard.end);
      const text = sentence.slice(start, end);
      out.push({ start, end, text, role: "site", place: knownPlace(text, heard.entry) });
      return;
    }
    const place = own
      ? nearPlace(span.text, own)
      : unknownPlace(
          span.text,
          sentenceGovernorates.size === 1 ? [...sentenceGovernorates][0]! : latest,
          lookups,
        );
    out.push({ ...span, role: "site", place });
  });
  return out;
}
