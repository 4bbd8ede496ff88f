/**
 * Place mentions of a whole report, resolved through the gazetteer port, as named passes over data
 * that each pass copies instead of changing:
 *   1. classify (place-classify.ts): candidates → governorate phrases, regions, settlements, context;
 *   2. context (place-hints.ts): the governorates and locators each place's context names;
 *   3–4. resolve (place-resolve.ts): gazetteer ranking with hints, then with the coordinates of the
 *      places already resolved; unknown places kept when clearly places, weak ones dropped;
 *   5a. list admins (place-anchor.ts): one governorate for unresolved places of a multi-governorate list;
 *   5. anchor (place-anchor.ts): coordinates for places without their own (near a known town, a region,
 *      a governorate's capital);
 *   6. unknown names (place-unknown.ts): a name the gazetteer lacks stays only with evidence that it is
 *      a populated place (a settlement kind word, a locator, an anchor to a known place).
 */
import type { PlaceLookup } from "../../domain/places.js";
import { anchorPlaces, chooseListAdmins } from "./place-anchor.js";
import { classifyPlaces } from "./place-classify.js";
import { readPlaceContext } from "./place-hints.js";
import { placeLookups } from "./place-lookups.js";
import { resolvePlaces } from "./place-resolve.js";
import { dropUnframedUnknowns } from "./place-unknown.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

export type { PlaceRole, ResolvedPlace } from "./resolved-place.js";
export { adminsOf } from "./place-hints.js";

/**
 * Find and resolve the place mentions of every sentence.
 * @param excluded spans that are not places (actor mentions), absolute offsets
 * @param titleAdmins admin1 names found in the report title (low-priority hints)
 * @example findPlaces(splitSentences(text), gazetteer, [], [])[0].entry?.name  // "Kafr Nuran"
 */
export function findPlaces(
  sentences: Sentence[],
  places: PlaceLookup,
  excluded: { start: number; end: number }[],
  titleAdmins: string[],
): ResolvedPlace[] {
  const lookups = placeLookups(places);
  const classified = classifyPlaces(sentences, lookups, excluded);
  const context = readPlaceContext(sentences, classified, lookups, titleAdmins);
  const resolved = resolvePlaces(classified, context, lookups);
  const listed = chooseListAdmins(resolved, context);
  return dropUnframedUnknowns(anchorPlaces(sentences, listed, context, lookups), context, lookups);
}
