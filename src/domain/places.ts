/**
 * Place records and the lookup interface that the extraction stage uses. The gazetteer in
 * `knowledge/` implements it; tests can pass a small fixture implementation.
 */
export type PlaceKind = "settlement" | "admin3" | "admin2" | "admin1" | "country";

export interface PlaceEntry {
  /** Stable id: "ocha:C4273", "geonames:163345", ... */
  id: string;
  /** Preferred English name. */
  name: string;
  /** Every other known spelling, Latin and Arabic. */
  altNames: string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** Canonical governorate name (see DOMAIN.md §8), e.g. "Idlib", "Aleppo", "Rif Dimashq". */
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  /** ISO 3166-1 alpha-2, e.g. "SY". */
  country: string;
  population: number | null;
  source: "ocha" | "geonames" | "builtin";
}

/** Hints that rank candidates: admin areas named nearby, and coordinates of other places in the report. */
export interface PlaceHints {
  admin1?: string[];
  admin2?: string[];
  near?: { lat: number; lon: number }[];
}

export interface PlaceMatch {
  entry: PlaceEntry;
  /** Higher is better; only comparable within one call. */
  score: number;
  matchedBy: "exact" | "transliteration" | "fuzzy";
  /**
   * The mention matched only one part of a compound name ("Assad" of "Assad - Aslan Koy", OCHA's way of
   * naming merged communities): on its own it is weak evidence of a place.
   */
  partial?: boolean;
}

export interface PlaceLookup {
  /** Candidates for a place mention, best first; empty when nothing plausible is known. */
  findPlaces(mention: string, hints?: PlaceHints): PlaceMatch[];
  /** A governorate named in any spelling ("Idleb", "إدلب") -> canonical admin1 name, else null. */
  resolveAdmin1(mention: string): string | null;
  /** True when any entry carries this exact normalised name; a cheap pre-filter for candidate spans. */
  hasName(mention: string): boolean;
}
