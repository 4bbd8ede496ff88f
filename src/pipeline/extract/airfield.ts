/**
 * Airports and air bases named after a place ("X International Airport", "X military airport"). The
 * incident place is the facility: an entry the gazetteer has for the facility itself wins; otherwise
 * the settlement it is named after stands for it. An airfield lies outside the town it serves, so when
 * that town's countryside is a governorate of its own ("rural X" is not X's governorate, as for a
 * capital city), the facility is placed in the countryside governorate.
 */
import type { PlaceEntry, PlaceLookup, PlaceMatch } from "../../domain/places.js";

const SETTLEMENT_KINDS = new Set(["settlement", "admin3"]);

export interface AirfieldPlace {
  entry: PlaceEntry;
  admin1: string | null;
  /** The entry is the settlement the facility is named after, not the facility itself. */
  namedAfter: boolean;
}

/**
 * Resolve an airfield mention.
 * @param mention the whole facility mention ("X International Airport")
 * @param of the place name it carries ("X")
 * @param admin1Hints governorates the report's context suggests
 */
export function resolveAirfield(
  places: PlaceLookup,
  mention: string,
  of: string,
  admin1Hints: string[],
): AirfieldPlace | null {
  const own = places.hasName(mention)
    ? places.findPlaces(mention, { admin1: admin1Hints }).find((m) => m.matchedBy === "exact")
    : undefined;
  if (own) return { entry: own.entry, admin1: own.entry.admin1, namedAfter: false };
  const matches: PlaceMatch[] = places.findPlaces(of, { admin1: admin1Hints });
  const town = matches.find((m) => m.matchedBy !== "fuzzy" && SETTLEMENT_KINDS.has(m.entry.kind));
  if (!town) return null;
  const cityGovernorate = places.resolveAdmin1(of);
  const countryside = cityGovernorate ? places.resolveAdmin1(`rural ${of}`) : null;
  const admin1 = countryside && countryside !== cityGovernorate ? countryside : town.entry.admin1;
  return { entry: town.entry, admin1, namedAfter: true };
}
