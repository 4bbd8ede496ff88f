/**
 * Place pass 5, anchor: a place without coordinates of its own gets those of the known place the text
 * relates it to, and says how (ACLED geo_precision 2 or 3):
 *  - a village the gazetteer lacks, located by a known town: "X village near Y", "X, east of Y", "X in
 *    the countryside of Y", "X in the Y sub-district" (relations near, countryside, district);
 *  - a named region: its centre (region);
 *  - a governorate only ("rural Idlib", or a village known only to lie in it): the provincial capital
 *    (governorate), as ACLED codes a larger region.
 * A town named only to locate another place ("X area near Y") is context, not an incident place.
 * Before it, pass 5a: an unresolved place whose context names several governorates takes the
 * governorate of the nearest resolved settlement of its sentence, else records the candidates.
 */
import type { PlaceEntry } from "../../domain/places.js";
import { bearingIn } from "./compass-bearing.js";
import type { PlaceContext } from "./place-hints.js";
import { kmBetween, type PlaceLookups } from "./place-lookups.js";
import type { AnchorOffset, AnchorRelation, PlaceAnchor, ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

/** Wording between a place and its locator, or right after the locator, that says which relation. */
const COUNTRYSIDE_RE =
  /\b(?:countryside|rural|outskirts|suburbs?|environs|surroundings|vicinity|periphery)\b/i;
const DISTRICT_AFTER_RE = /^\s+(?:sub-?district|district|nahiya|subdistrict|region|area)\b/i;

/** "X region", "X area": an area, which is coded to the town that locates it, not moved off it. */
const AREA_AFTER_RE = /^\s+(?:region|area|areas|plain|plains|fields?|farms?|lands?)\b/i;

/** "Y's northern countryside", "Y's south-western countryside": a compass part of Y's land. */
const POSSESSIVE_PART_RE =
  /^['’]s\s+((?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?)\s+(?:countryside|rural\s+areas?)\b/i;

/** "the (western) countryside of Y", "rural Y", "Y countryside": the open land around a town. */
const OPEN_COUNTRYSIDE_RE = /\b(?:countryside|rural)\b/i;

/**
 * The offset the text gives from the locator `y` to `p` (same sentence, `p` first), else null. A stated
 * distance always counts; a bare direction for a settlement placed "DIR of Y" or "in DIR Y" (relation
 * near) and, alike, "in the DIR countryside of Y" or "in DIR Y countryside": a compass part of a town's
 * land is the same wording whether or not the text says "countryside", and its villages lie 3–19 km
 * out ({@link TYPICAL_DIRECTION_KM}). Without a direction the countryside spans every bearing, so it
 * is coded to the town (ACLED's habit), and so are its outskirts and suburbs (at the town's edge) and
 * a district (wider than a town's land).
 */
function offsetTo(
  sentences: readonly Sentence[],
  p: ResolvedPlace,
  y: ResolvedPlace,
  relation: AnchorRelation,
): AnchorOffset | null {
  const s = sentences[p.sentence]!;
  if (y.sentence !== p.sentence || y.candidate.start < p.candidate.end) return null;
  const between = s.text.slice(p.candidate.end - s.start, y.candidate.start - s.start);
  // "X village in Y's northern countryside": the compass part follows the town's name.
  const possessive = POSSESSIVE_PART_RE.exec(
    s.text.slice(y.candidate.end - s.start, y.candidate.end - s.start + 40),
  );
  const offset =
    offsetIn(between) ?? (possessive && relation === "countryside" ? offsetIn(possessive[1]!) : null);
  if (!offset || offset.stated) return offset;
  const after = s.text.slice(p.candidate.end - s.start, p.candidate.end - s.start + 12);
  if (AREA_AFTER_RE.test(after)) return null;
  if (relation === "near") return offset;
  const yAfter = s.text.slice(y.candidate.end - s.start, y.candidate.end - s.start + 14);
  const open =
    relation === "countryside" &&
    (OPEN_COUNTRYSIDE_RE.test(between) ||
      /^\s+(?:countryside|rural)\b/i.test(yAfter) ||
      possessive !== null) &&
    !/\b(?:outskirts|suburbs?|environs|surroundings|vicinity|periphery)\b/i.test(between);
  return open ? offset : null;
}

function relationTo(s: Sentence, p: ResolvedPlace, y: ResolvedPlace): AnchorRelation {
  const text = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
  const after = text(y.candidate.end, y.candidate.end + 40);
  if (DISTRICT_AFTER_RE.test(after)) return "district";
  const between = text(p.candidate.end, y.candidate.start);
  if (
    COUNTRYSIDE_RE.test(between) ||
    /^(?:['’]s\s+(?:[a-z-]+\s+)?|\s+)(?:countryside|rural|outskirts|suburbs)\b/i.test(after)
  )
    return "countryside";
  return "near";
}

const DISTANCE_RE = /\b(\d{1,3}(?:[.,]\d+)?)\s*-?\s*(km|kilomet(?:er|re)s?|miles?)\b/i;
/**
 * How far a village the text places in a direction from a town ("X, west of Y", "X in the western
 * countryside of Y") typically lies from it when no distance is given. Coding it to the town itself
 * (ACLED's habit) errs by the whole distance; a point this far in the stated direction errs less for
 * every village between about 0 and twice as far. Measured on the tuning part of external/airwars-syria
 * (the villages so described lie 3–19 km from their town).
 */
export const TYPICAL_DIRECTION_KM = 7;

/**
 * The offset the wording between a place and its locator gives: a compass direction, and a distance
 * when stated ("16 km west of"); null without a direction.
 */
export function offsetIn(wording: string): AnchorOffset | null {
  const bearing = bearingIn(wording);
  if (bearing === null) return null;
  const dist = DISTANCE_RE.exec(wording);
  if (!dist) return { km: TYPICAL_DIRECTION_KM, bearing, stated: false };
  const n = Number(dist[1]!.replace(",", "."));
  const km = /^mile/i.test(dist[2]!) ? n * 1.609 : n;
  return { km, bearing, stated: true };
}

/** A point `km` from `from` at `bearing` degrees (flat-earth step, accurate at these distances). */
export function movedBy(from: { lat: number; lon: number }, o: AnchorOffset): { lat: number; lon: number } {
  const rad = (o.bearing * Math.PI) / 180;
  const lat = from.lat + (o.km * Math.cos(rad)) / 111.2;
  const lon = from.lon + (o.km * Math.sin(rad)) / (111.2 * Math.cos((from.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

function anchorOfEntry(
  relation: AnchorRelation,
  y: ResolvedPlace,
  offset: AnchorOffset | null,
): PlaceAnchor | null {
  const e = y.entry;
  if (!e) return null;
  const base = { relation, mention: y.candidate.mention, name: e.name, gazetteerId: e.id };
  if (!offset || offset.km <= 0) return { ...base, lat: e.lat, lon: e.lon };
  return { ...base, ...movedBy(e, offset), offset };
}

function governorateAnchor(admin1: string | null, lookups: PlaceLookups): PlaceAnchor | null {
  const seat = admin1 ? lookups.governorateSeat(admin1) : null;
  if (!seat) return null;
  return {
    relation: "governorate",
    mention: null,
    name: seat.name,
    gazetteerId: seat.id,
    lat: seat.lat,
    lon: seat.lon,
  };
}

/**
 * Anchors of the places of a report (pass 5).
 */
export function anchorPlaces(
  sentences: readonly Sentence[],
  places: readonly ResolvedPlace[],
  ctx: PlaceContext,
  lookups: PlaceLookups,
): ResolvedPlace[] {
  // "X area near Y": the place after a near-next candidate locates it.
  const locatorOfNear = new Map<ResolvedPlace, ResolvedPlace>();
  places.forEach((p, i) => {
    const next = places[i + 1];
    if (p.candidate.role === "near-next" && next && next.sentence === p.sentence) locatorOfNear.set(p, next);
  });
  const locatingOnly = new Set(locatorOfNear.values());
  // The context pass knows locators as classified; their resolved versions carry the entry.
  const resolvedOf = new Map(places.map((p) => [p.candidate, p]));
  const locatorOf = (p: ResolvedPlace): ResolvedPlace | undefined => {
    const y = ctx.locator(p);
    return (y && resolvedOf.get(y.candidate)) ?? locatorOfNear.get(p);
  };
  const anchored = places.map((given, i): ResolvedPlace => {
    // "between X and Y" too far apart to code midway: Y is a place of its own again.
    const prev = places[i - 1];
    const alone =
      given.candidate.role === "between-end" &&
      !(prev?.candidate.role === "between" && betweenAnchor(prev, given, lookups));
    const p: ResolvedPlace = alone
      ? { ...given, role: given.precision === "admin1" ? "admin" : "settlement" }
      : given;
    const role = locatingOnly.has(p) && p.role !== "admin" ? "context" : p.role;
    const between = p.candidate.role === "between" ? betweenAnchor(p, places[i + 1], lookups) : null;
    if (between) return { ...p, role, entry: null, precision: "near", anchor: between };
    if (p.entry) return role === p.role ? p : { ...p, role };
    if (p.regionEntry) {
      const r = p.regionEntry;
      const anchor: PlaceAnchor = {
        relation: "region",
        mention: p.candidate.mention,
        name: r.name,
        gazetteerId: r.id,
        lat: r.lat,
        lon: r.lon,
      };
      return { ...p, role, anchor };
    }
    if (p.role === "admin" || p.precision === "admin1")
      return { ...p, role, anchor: governorateAnchor(p.admin1, lookups) };
    const y = locatorOf(p);
    const relation = y ? relationTo(sentences[p.sentence]!, p, y) : null;
    const located = y && relation ? anchorOfEntry(relation, y, offsetTo(sentences, p, y, relation)) : null;
    if (located) return { ...p, role, precision: "near", admin1: p.admin1 ?? y!.admin1, anchor: located };
    return { ...p, role, anchor: governorateAnchor(p.admin1, lookups) };
  });
  return anchorToListed(
    sentences,
    shareLocatedMentions(anchorByLocatedLocator(anchored, locatorOf)),
    lookups,
  );
}

/**
 * A place whose locator the gazetteer lacks but the text itself locates ("the X camp in the Y region
 * southeast of Z", Y unknown, located by Z) lies where its locator does: it takes the locator's local
 * anchor rather than its governorate's capital. The locator stays context, so the place keeps its toll.
 */
function anchorByLocatedLocator(
  places: ResolvedPlace[],
  locatorOf: (p: ResolvedPlace) => ResolvedPlace | undefined,
): ResolvedPlace[] {
  const byCandidate = new Map(places.map((p) => [p.candidate, p]));
  return places.map((p) => {
    if (!locatedAtMostByGovernorate(p)) return p;
    const given = locatorOf(p);
    const y = given && byCandidate.get(given.candidate);
    if (!y || y.entry || !y.anchor || !LOCAL.has(y.anchor.relation)) return p;
    if (p.admin1 && y.admin1 && p.admin1 !== y.admin1) return p;
    return { ...p, precision: "near", admin1: y.admin1, admin2: y.admin2, anchor: y.anchor };
  });
}

/** Plain list wording between two listed places: "A, B and C", "A village, B village and C". */
const SIBLING_GAP =
  /^(?:\s+(?:villages?|towns?|hamlets?))?\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*)$/i;
/** Known villages a list needs before an unknown one in it is coded to their centre (see anchorToListed). */
const MIN_LISTED_KNOWN = 2;
/** Listed villages this far apart are no cluster: the list spans a region, not one neighbourhood. */
const LIST_SPREAD_KM = 30;

/**
 * A village the gazetteer lacks, listed with villages it knows ("the villages of A, B and C", B
 * unknown), lies among them: reports list neighbouring villages hit together. It is coded to the
 * centre of the known ones in its list (relation "listed") rather than to the governorate's capital,
 * when they lie within {@link LIST_SPREAD_KM} of each other. It takes at least two: the centre of one
 * is that village's own point, where the unknown one certainly is not, and two claims at one point read
 * as one village twice; such a village stays coded to its governorate (the known one's, when the text
 * names none), as the text locates it.
 */
function anchorToListed(
  sentences: readonly Sentence[],
  places: ResolvedPlace[],
  lookups: PlaceLookups,
): ResolvedPlace[] {
  const gapOf = (a: ResolvedPlace, b: ResolvedPlace) => {
    const s = sentences[a.sentence]!;
    return s.text.slice(a.candidate.end - s.start, b.candidate.start - s.start);
  };
  const linked = (i: number) => {
    const a = places[i];
    const b = places[i + 1];
    return !!a && !!b && a.sentence === b.sentence && SIBLING_GAP.test(gapOf(a, b));
  };
  return places.map((p, i) => {
    if (!locatedAtMostByGovernorate(p)) return p;
    const known: { q: ResolvedPlace; d: number }[] = [];
    for (let j = i; linked(j); j++) if (places[j + 1]!.entry) known.push({ q: places[j + 1]!, d: j + 1 - i });
    for (let j = i - 1; j >= 0 && linked(j); j--)
      if (places[j]!.entry) known.push({ q: places[j]!, d: i - j });
    const settlements = known.filter(({ q }) => q.precision === "settlement" && q.role === "settlement");
    if (settlements.length === 0) return p;
    // One known village only: the list still says which governorate the unknown one lies in.
    if (settlements.length < MIN_LISTED_KNOWN) {
      const admin1 = settlements[0]!.q.admin1;
      if (p.admin1 || !admin1) return { ...p, listedWithKnown: true };
      return { ...p, admin1, anchor: governorateAnchor(admin1, lookups), listedWithKnown: true };
    }
    const spread = Math.max(
      ...settlements.flatMap(({ q: a }) => settlements.map(({ q: b }) => kmBetween(a.entry!, b.entry!))),
    );
    if (spread > LIST_SPREAD_KM) return p;
    const nearest = settlements.sort((a, b) => a.d - b.d)[0]!.q;
    if (p.admin1 && nearest.admin1 && p.admin1 !== nearest.admin1) return p;
    const anchor = listedAnchor(settlements.map(({ q }) => q));
    return { ...p, precision: "near", admin1: nearest.admin1, admin2: nearest.admin2, anchor };
  });
}

/** The anchor of a village listed with known ones: the centre of the known ones (it lies among them), named by them. */
function listedAnchor(known: readonly ResolvedPlace[]): PlaceAnchor {
  const mean = (f: (e: PlaceEntry) => number) =>
    Math.round((known.reduce((sum, q) => sum + f(q.entry!), 0) / known.length) * 1e5) / 1e5;
  return {
    relation: "listed",
    mention: known.map((q) => q.candidate.mention).join(", "),
    name: known.map((q) => q.entry!.name).join(", "),
    gazetteerId: null,
    lat: mean((e) => e.lat),
    lon: mean((e) => e.lon),
  };
}

/**
 * Two places further apart than this bound nothing useful: the midpoint of a long stretch is no
 * nearer the incident than a governorate's capital.
 */
const MAX_BETWEEN_KM = 60;

/** A known point for a place: its entry, or the seat of the governorate it names. */
function pointOf(q: ResolvedPlace, lookups: PlaceLookups): { name: string; lat: number; lon: number } | null {
  if (q.entry) return q.entry;
  if (q.precision === "admin1" && q.admin1 && !q.regionEntry) return lookups.governorateSeat(q.admin1);
  return null;
}

/** "between X and Y": the midpoint of X and Y when both are known and not too far apart. */
function betweenAnchor(
  p: ResolvedPlace,
  next: ResolvedPlace | undefined,
  lookups: PlaceLookups,
): PlaceAnchor | null {
  if (!next || next.sentence !== p.sentence || next.candidate.role !== "between-end") return null;
  const a = pointOf(p, lookups);
  const b = pointOf(next, lookups);
  if (!a || !b || kmBetween(a, b) > MAX_BETWEEN_KM) return null;
  return {
    relation: "between",
    mention: `${p.candidate.mention} and ${next.candidate.mention}`,
    name: `${a.name} – ${b.name}`,
    gazetteerId: null,
    lat: Math.round(((a.lat + b.lat) / 2) * 1e5) / 1e5,
    lon: Math.round(((a.lon + b.lon) / 2) * 1e5) / 1e5,
  };
}

const foldName = (m: string) =>
  m
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");

/** An unknown settlement the text locates no better than its governorate: one the later passes may place closer. */
function locatedAtMostByGovernorate(p: ResolvedPlace): boolean {
  return (
    !p.entry &&
    !p.regionEntry &&
    p.role === "settlement" &&
    (!p.anchor || p.anchor.relation === "governorate")
  );
}

/** Relations that locate a place near a known town (better than a governorate's capital). */
const LOCAL: ReadonlySet<AnchorRelation> = new Set(["near", "countryside", "district"]);

/**
 * One name, one place: a village the gazetteer lacks is often located once ("Tel al-Laban, west of Tel
 * Tamr") and named bare elsewhere ("wounded in the village of Tel al-Laban"). A bare mention coded only
 * to its governorate takes the located mention's anchor, and the governorate that goes with it.
 */
function shareLocatedMentions(places: ResolvedPlace[]): ResolvedPlace[] {
  const located = new Map<string, ResolvedPlace>();
  for (const p of places)
    if (!p.entry && p.anchor && LOCAL.has(p.anchor.relation) && !located.has(foldName(p.candidate.mention)))
      located.set(foldName(p.candidate.mention), p);
  if (located.size === 0) return places;
  return places.map((p) => {
    if (!locatedAtMostByGovernorate(p)) return p;
    const q = located.get(foldName(p.candidate.mention));
    if (!q || q === p || (p.admin1 && q.admin1 && p.admin1 !== q.admin1)) return p;
    return { ...p, precision: q.precision, admin1: q.admin1, admin2: q.admin2, anchor: q.anchor };
  });
}

/**
 * An unresolved place whose context names several governorates ("rural Idleb and western rural
 * Aleppo") takes the governorate of the nearest resolved settlement of its sentence (villages listed
 * together cluster), when that governorate is one of the candidates; else admin1 stays null and the
 * candidates are recorded (pass 5a).
 */
export function chooseListAdmins(places: readonly ResolvedPlace[], ctx: PlaceContext): ResolvedPlace[] {
  const bySentence = new Map<number, ResolvedPlace[]>();
  for (const p of places) {
    const list = bySentence.get(p.sentence);
    if (list) list.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  return places.map((p) => {
    if (p.admin1 !== null || p.entry !== null || p.regionEntry !== null || p.role === "admin") return p;
    const hints = ctx.hints(p);
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
