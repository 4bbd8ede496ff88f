/**
 * Place pass 6, unknown names: a name the gazetteer does not know is an incident place only when the
 * text gives positive evidence that it is a populated place in Syria. Resolution keeps any unknown name
 * in locative context ("attack on X", "in X"), but held-out reports show that the names such a frame
 * catches are as often persons or noms de guerre ("the drone attack on A, B and C"), capitalised common
 * words ("between Civilians and Combatants"), mountains ("air defence in X and Jabal Y") or facilities
 * abroad ("at X International Airport") as they are unknown villages. An unknown village is nearly
 * always written with its kind or its whereabouts, so one of these is required:
 *   - a settlement kind word, its own or its list's ("the village of X", "A, B and C villages"), heading
 *     its phrase ("New York City subway" is no evidence: there "City" is part of a name);
 *   - a locator: the list's own governorate or region ("A and B in rural Idlib"), or a known place
 *     named right after to locate it ("X, north of Y", "X in Y", "X near Damascus");
 *   - an anchor to a known place the text relates it to (near, countryside, district, between, listed
 *     with known villages, a named region), as the anchor pass found, or a list with one known village;
 *   - another mention of the same name in the report with one of these;
 *   - the shape of a city's part ("X neighbourhood": folded into its city later), a dateline, or an
 *     airfield named after a known place ("Idlib military airport").
 * A place without such evidence is dropped, so the attack falls back to the place the claim passes give
 * it (the paragraph's settlement, the dateline) or to none.
 * Measured on the tuning parts (`npm run eval -- --verbose`, extractor 55): 91 claims at unknown names,
 * 75 right (54 anchored to a known place, 16 with a kind word, 5 with a locator, a facility or a label)
 * and 16 wrong (8 in a bare locative frame); the rule drops 9 wrong ones and no right one.
 */
import type { PlaceContext } from "./place-hints.js";
import type { PlaceLookups } from "./place-lookups.js";
import type { AnchorRelation, ResolvedPlace } from "./resolved-place.js";

/** Anchors that relate the place to a known place or region, unlike a bare governorate's capital. */
const LOCATING_ANCHORS: ReadonlySet<AnchorRelation> = new Set([
  "near",
  "countryside",
  "district",
  "between",
  "listed",
  "region",
]);

const foldName = (m: string) =>
  m
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");

/** True when `p` is a settlement the gazetteer does not know (anchored or not). */
function unknownSettlement(p: ResolvedPlace): boolean {
  return (
    p.role === "settlement" &&
    p.entry === null &&
    p.regionEntry === null &&
    (p.precision === "unresolved" || p.precision === "near")
  );
}

/** A place the gazetteer knows: a settlement, a named region or a governorate or district phrase. */
const known = (q: ResolvedPlace | undefined): boolean =>
  q !== undefined &&
  (q.entry !== null || q.regionEntry !== null || q.precision === "admin1" || q.precision === "admin2");

/**
 * An Arabic feature noun opening a name: a dam ("Sad Al-X"), a bridge, a river, a valley, a lake or a
 * mountain. A name the gazetteer lacks that opens with one names that feature, not a village, unless the
 * text calls it a village or town ("the village of Wadi X").
 */
const FEATURE_HEAD_RE =
  /^(?:(?:al|el)[-\s])?(?:sadd?|jisr|jesr|nahr|wadi|wady|bu?hayrat|bahrat|jabal|jebel|jabel)[-\s]/i;

function evidenced(
  p: ResolvedPlace,
  ctx: PlaceContext,
  resolvedOf: ReadonlyMap<unknown, ResolvedPlace>,
  lookups: PlaceLookups,
): boolean {
  const c = p.candidate;
  const locator = ctx.locator(p);
  if (c.settlementFramed !== true && FEATURE_HEAD_RE.test(c.mention)) return false;
  return (
    c.settlementFramed === true ||
    c.geoFramed === true ||
    c.shape === "neighbourhood" ||
    c.role === "dateline" ||
    // "Idlib military airport": an airfield named after a place the gazetteer knows is in Syria.
    (c.airfieldOf !== null && lookups.known(c.airfieldOf)) ||
    ctx.explicit(p) !== undefined ||
    // "X, west of Y", "X in Y": only a known Y, or one framed as a place itself ("X in the southern Y",
    // "X, west of the town of Y"), locates X ("Civilians and Combatants … in Attack" does not).
    known(locator && (resolvedOf.get(locator.candidate) ?? locator)) ||
    locator?.candidate.settlementFramed === true ||
    locator?.candidate.geoFramed === true ||
    (p.anchor !== null && LOCATING_ANCHORS.has(p.anchor.relation)) ||
    p.listedWithKnown === true
  );
}

/**
 * Drops the unknown settlements no evidence frames as populated places in Syria (see the header).
 * @example dropUnframedUnknowns(places, ctx, lookups) // without "the drone attack on Jiyan Tolhildan" (a person)
 */
export function dropUnframedUnknowns(
  places: ResolvedPlace[],
  ctx: PlaceContext,
  lookups: PlaceLookups,
): ResolvedPlace[] {
  const resolvedOf = new Map(places.map((p) => [p.candidate as unknown, p]));
  // "the X airport near Damascus": a known place named right after "near" locates X, a governorate's
  // city too (which the context pass reads as an admin phrase, not as a locator).
  const nearKnown = (p: ResolvedPlace, i: number): boolean => {
    const next = places[i + 1];
    return p.candidate.role === "near-next" && next?.sentence === p.sentence && known(next);
  };
  const kept = places.map(
    (p, i) => !unknownSettlement(p) || evidenced(p, ctx, resolvedOf, lookups) || nearKnown(p, i),
  );
  const framedNames = new Set(
    places.filter((p, i) => unknownSettlement(p) && kept[i]).map((p) => foldName(p.candidate.mention)),
  );
  return places.filter((p, i) => kept[i] || framedNames.has(foldName(p.candidate.mention)));
}
