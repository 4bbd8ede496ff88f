/**
 * The gazetteer as the place passes use it: the PlaceLookup port plus the optional region lookup a
 * gazetteer may offer ("Jabal al-Zawiya", "Sahl al-Ghab"), a distance, and the seat of a governorate
 * (ACLED codes a region-level event to the provincial capital).
 */
import type { PlaceEntry, PlaceLookup } from "../../domain/places.js";

export interface RegionMatch {
  id: string;
  name: string;
  admin1: readonly string[];
  lat: number;
  lon: number;
}

/** Optional region lookup and display names that a gazetteer may offer. */
interface RegionLookup {
  findRegion(mention: string): RegionMatch | null;
}
interface DisplayNames {
  displayName(mention: string, entry: PlaceEntry): string;
}
interface NameKnowledge {
  knowsName(mention: string): boolean;
}

export interface PlaceLookups {
  places: PlaceLookup;
  findRegion(mention: string): RegionMatch | null;
  /** Any name the gazetteer knows: a place, a governorate or a region. */
  known(mention: string): boolean;
  /**
   * A place or region name the gazetteer knows, including the plain name of a size-qualified community
   * ("Arab Hassan", "Eastern Ghouta"): what lets a name span grow over an adjective or a lower-case word
   * count (name-spans.ts). Governorates are left out: "southern Idlib" is a governorate with a qualifier.
   */
  knownSpan(mention: string): boolean;
  /** The governorate's own entry (its capital's coordinates), if the gazetteer has one. */
  governorateSeat(admin1: string): PlaceEntry | null;
  /**
   * The entry as the claim shows it: with the text's spelling as its name where the gazetteer says its
   * own name diverges from what the text wrote (a poor OCHA transliteration), else unchanged.
   */
  shown(mention: string, entry: PlaceEntry): PlaceEntry;
}

/** Wraps a PlaceLookup; the governorate seats are memoised per wrapper (one report). */
export function placeLookups(places: PlaceLookup): PlaceLookups {
  const withRegions = places as PlaceLookup & Partial<RegionLookup>;
  const findRegion =
    typeof withRegions.findRegion === "function"
      ? (m: string) => (withRegions as PlaceLookup & RegionLookup).findRegion(m)
      : () => null;
  const named = places as PlaceLookup & Partial<DisplayNames>;
  const displayName =
    typeof named.displayName === "function"
      ? (m: string, e: PlaceEntry) => (named as PlaceLookup & DisplayNames).displayName(m, e)
      : (_m: string, e: PlaceEntry) => e.name;
  const seats = new Map<string, PlaceEntry | null>();
  const withNames = places as PlaceLookup & Partial<NameKnowledge>;
  const known = (m: string) =>
    places.hasName(m) || places.resolveAdmin1(m) !== null || findRegion(m) !== null;
  return {
    places,
    findRegion,
    shown(mention, entry) {
      const name = displayName(mention, entry);
      return name === entry.name ? entry : { ...entry, name };
    },
    known,
    knownSpan:
      typeof withNames.knowsName === "function"
        ? (m) => (withNames as PlaceLookup & NameKnowledge).knowsName(m) || findRegion(m) !== null
        : (m) => places.hasName(m) || findRegion(m) !== null,
    governorateSeat(admin1) {
      let seat = seats.get(admin1);
      if (seat === undefined) {
        seat =
          places.findPlaces(admin1).find((m) => m.entry.kind === "admin1" && m.entry.admin1 === admin1)
            ?.entry ?? null;
        seats.set(admin1, seat);
      }
      return seat;
    },
  };
}

/** Equirectangular distance in km; accurate enough at the scale of one governorate. */
export function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}
