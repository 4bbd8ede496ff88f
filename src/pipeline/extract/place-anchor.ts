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
import type { PlaceContext } from "./place-hints.js";
import type { PlaceLookups } from "./place-lookups.js";
import type { AnchorRelation, PlaceAnchor, ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

/** Wording between a place and its locator, or right after the locator, that says which relation. */
const COUNTRYSIDE_RE =
  /\b(?:countryside|rural|outskirts|suburbs?|environs|surroundings|vicinity|periphery)\b/i;
const DISTRICT_AFTER_RE = /^\s+(?:sub-?district|district|nahiya|subdistrict|region|area)\b/i;

function relationTo(s: Sentence, p: ResolvedPlace, y: ResolvedPlace): AnchorRelation {
  const text = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
  const after = text(y.candidate.end, y.candidate.end + 20);
  if (DISTRICT_AFTER_RE.test(after)) return "district";
  const between = text(p.candidate.end, y.candidate.start);
  if (COUNTRYSIDE_RE.test(between) || /^\s+(?:countryside|rural|outskirts|suburbs)\b/i.test(after))
    return "countryside";
  return "near";
}

function anchorOfEntry(relation: AnchorRelation, y: ResolvedPlace): PlaceAnchor | null {
  const e = y.entry;
  if (!e) return null;
  return { relation, mention: y.candidate.mention, name: e.name, gazetteerId: e.id, lat: e.lat, lon: e.lon };
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
  return places.map((p) => {
    const role = locatingOnly.has(p) && p.role !== "admin" ? "context" : p.role;
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
    const located = y ? anchorOfEntry(relationTo(sentences[p.sentence]!, p, y), y) : null;
    if (located) return { ...p, role, precision: "near", anchor: located };
    return { ...p, role, anchor: governorateAnchor(p.admin1, lookups) };
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
