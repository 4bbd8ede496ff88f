/**
 * Places one Arabic sentence names, resolved through the gazetteer by their Arabic names: the
 * incident's site ("بلدة أبو راسين"), and the words that only locate it ("بريف الحسكة", "شمال منبج"),
 * which are not incident places themselves.
 *
 * Skeleton: returns nothing until it is written.
 */
import type { IncidentClaim } from "../../../domain/claim.js";
import type { PlaceLookup } from "../../../domain/places.js";
import type { SentenceSpan } from "./arabic-facts.js";

/** A place mention: where the attack was ("site"), or a place that only locates another ("locator"). */
export interface ArabicPlaceMention extends SentenceSpan {
  role: "site" | "locator" | "region";
  /** The claim's place object, as English extraction fills it. */
  place: IncidentClaim["place"];
}

/** Places of one sentence. */
export function findArabicPlaces(sentence: string, places: PlaceLookup): ArabicPlaceMention[] {
  void sentence;
  void places;
  return [];
}
