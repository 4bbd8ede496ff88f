/**
 * Extraction for reports written in Arabic: sentences, then per sentence the attack words, places,
 * attackers, tolls and days (arabic-facts.ts, arabic-places.ts), tied into incident claims (one per
 * place per day) with evidence spans into `report.text`, as the English path gives them.
 *
 * Skeleton: gives no claim until it is written.
 */
import type { ActorLookup } from "../../../domain/actors.js";
import type { IncidentClaim } from "../../../domain/claim.js";
import type { PlaceLookup } from "../../../domain/places.js";
import type { Report } from "../../../domain/report.js";

/**
 * Incident claims of one Arabic report.
 * @example extractArabicIncidents(report, places, actors)[0].place.name // "Abu Rasin"
 */
export function extractArabicIncidents(
  report: Report,
  places: PlaceLookup,
  actors: ActorLookup,
): IncidentClaim[] {
  void report;
  void places;
  void actors;
  return [];
}
