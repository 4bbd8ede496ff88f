/**
 * Importer for GeoNames dumps (the per-country files such as SY.txt, or cities500.txt): 19 tab-separated
 * columns. Keeps populated places (feature class P) and admin areas (class A: ADM1, ADM2, ADM3). Pure:
 * text in, places and problems out.
 */
import type { PlaceEntry, PlaceKind } from "../../domain/places.js";
import { GEONAMES_SY_ADMIN1 } from "./governorates.js";
import {
  distinctNames,
  validCoordinates,
  type GazetteerImport,
  type ImportProblem,
} from "./import-result.js";

/** Number of columns in a GeoNames "geoname" table row. */
export const GEONAMES_COLUMNS = 19;

const ADMIN_KINDS: Record<string, PlaceKind> = { ADM1: "admin1", ADM2: "admin2", ADM3: "admin3" };

/** Canonical admin1 name for a GeoNames country + admin1 code, where known. */
function canonicalAdmin1(country: string, code: string): string | null {
  return country === "SY" ? (GEONAMES_SY_ADMIN1.get(code) ?? null) : null;
}

/**
 * One GeoNames row → a PlaceEntry; a string explaining why the row is bad; or null for a valid row of a
 * feature class that is not kept.
 */
export function parseGeonamesRow(
  cols: string[],
  countries?: ReadonlySet<string>,
): PlaceEntry | string | null {
  if (cols.length < GEONAMES_COLUMNS)
    return `expected ${GEONAMES_COLUMNS} tab-separated columns, got ${cols.length}`;
  const [id, name, asciiName, alternates, latText, lonText, featureClass, featureCode, country] = cols as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (countries && !countries.has(country)) return null;
  if (!/^\d+$/.test(id)) return `geonameid "${id}" is not a number`;
  if (!name.trim()) return "empty name";
  const lat = Number(latText);
  const lon = Number(lonText);
  if (!validCoordinates(lat, lon)) return `invalid coordinates "${latText}", "${lonText}"`;
  let kind: PlaceKind;
  if (featureClass === "P") kind = "settlement";
  else if (featureClass === "A" && ADMIN_KINDS[featureCode]) kind = ADMIN_KINDS[featureCode] as PlaceKind;
  else return null;
  const admin1 = canonicalAdmin1(country, cols[10] ?? "");
  const population = Number(cols[14]);
  return {
    id: `geonames:${id}`,
    name: name.trim(),
    altNames: distinctNames(name, [asciiName, ...alternates.split(",")]),
    lat,
    lon,
    kind,
    admin1: kind === "admin1" ? (admin1 ?? name.trim()) : admin1,
    admin2: null,
    admin3: null,
    country,
    population: Number.isFinite(population) && population > 0 ? population : null,
    source: "geonames",
  };
}

/**
 * Parses a GeoNames dump.
 * @param countries keep only these ISO codes (all when omitted)
 * @example parseGeonamesDump(text).places[0].id // "geonames:169389"
 */
export function parseGeonamesDump(text: string, countries?: ReadonlySet<string>): GazetteerImport {
  const places: PlaceEntry[] = [];
  const problems: ImportProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim() || line.startsWith("#")) continue;
    const result = parseGeonamesRow(line.split("\t"), countries);
    if (typeof result === "string") problems.push({ line: i + 1, reason: result });
    else if (result) places.push(result);
  }
  return { format: "geonames-dump", places, problems };
}
