/**
 * Merges duplicate places from different gazetteers: when an imported OCHA community and a GeoNames or
 * built-in settlement share a transliteration key and lie within a few kilometres, the OCHA entry (the
 * humanitarian standard, with P-codes) is kept and gains the other's spellings and population.
 */
import type { PlaceEntry } from "../../domain/places.js";
import { distanceKm } from "./geo-distance.js";
import { comparableName } from "./name-similarity.js";

/** Two entries closer than this with a shared key are one place. */
export const MERGE_DISTANCE_KM = 3;

/**
 * Entries with OCHA duplicates of other settlements folded into the OCHA entry.
 * @example mergeDuplicatePlaces([ochaSarja, geonamesSarja]).length // 1
 */
export function mergeDuplicatePlaces(entries: readonly PlaceEntry[]): PlaceEntry[] {
  const ocha = new Map<string, PlaceEntry>();
  const byKey = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.source !== "ocha") continue;
    ocha.set(entry.id, { ...entry, altNames: [...entry.altNames] });
    for (const name of [entry.name, ...entry.altNames]) {
      const key = comparableName(name).translit;
      const ids = byKey.get(key);
      if (!ids) byKey.set(key, [entry.id]);
      else if (!ids.includes(entry.id)) ids.push(entry.id);
    }
  }
  if (ocha.size === 0) return [...entries];
  const kept: PlaceEntry[] = [];
  for (const entry of entries) {
    if (entry.source === "ocha") continue;
    const twin = entry.kind === "settlement" ? findTwin(entry, ocha, byKey) : undefined;
    if (!twin) {
      kept.push(entry);
      continue;
    }
    const known = new Set([twin.name, ...twin.altNames].map((n) => n.toLowerCase()));
    for (const name of [entry.name, ...entry.altNames]) {
      if (!known.has(name.toLowerCase())) {
        known.add(name.toLowerCase());
        twin.altNames.push(name);
      }
    }
    twin.population ??= entry.population;
    twin.admin1 ??= entry.admin1;
  }
  return [...ocha.values(), ...kept];
}

function findTwin(
  entry: PlaceEntry,
  ocha: Map<string, PlaceEntry>,
  byKey: Map<string, string[]>,
): PlaceEntry | undefined {
  let best: PlaceEntry | undefined;
  let bestKm = MERGE_DISTANCE_KM;
  for (const name of [entry.name, ...entry.altNames]) {
    for (const id of byKey.get(comparableName(name).translit) ?? []) {
      const candidate = ocha.get(id) as PlaceEntry;
      const km = distanceKm(entry, candidate);
      if (km <= bestKm) {
        best = candidate;
        bestKm = km;
      }
    }
  }
  return best;
}
