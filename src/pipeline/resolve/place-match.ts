/**
 * Where a claim happened, as the resolver compares it, and the keys of the place + day index:
 * - `e:<gazetteer id>`: the same gazetteer entry;
 * - `n:<admin1>|<name key>`: a settlement-level name (resolved or not) by its transliteration key in a
 *   governorate, so an unresolved "Al-Houshan" meets "Hoshan" in Raqqa;
 * - `r:<admin1>|<name key>`: a region-level place (a governorate, a district, "rural Idlib"), which only
 *   meets the same region;
 * - `g:<lat cell>:<lon cell>`: a 0.05° grid cell, searched with its neighbours for places ≤ 5 km apart.
 */
import type { IncidentClaim } from "../../domain/claim.js";
import type { PlaceFacts } from "../../domain/resolution.js";

/** Different gazetteer places this close may be one event's place (DOMAIN.md §6: one event per place). */
export const NEAR_KM = 5;
const CELL_DEG = 0.05;
const KM_PER_DEG_LAT = 111.32;

export type { PlaceFacts };

export type PlaceRelation = "same_entry" | "same_name" | "same_region" | "near" | "none";

export interface PlaceComparison {
  relation: PlaceRelation;
  distanceKm: number | null;
  score: number;
}

/**
 * The place facts and index keys of a claim; `nameKey` is the gazetteer's transliteration key.
 * @example placeFacts(claimAtSarmin, transliterationKey).keys // ["e:geonames:163345", "n:Idlib|sarmin"]
 */
export function placeFacts(place: IncidentClaim["place"], nameKey: (name: string) => string): PlaceFacts {
  const level =
    place.precision === "settlement" || place.precision === "unresolved" ? "settlement" : "region";
  // Each key once, sorted (a claim has a few: no Set needed).
  const keys: string[] = [];
  if (place.gazetteerId && level === "settlement") keys.push(`e:${place.gazetteerId}`);
  const prefix = level === "settlement" ? "n:" : "r:";
  if (place.admin1) addNameKeys(keys, `${prefix}${place.admin1}|`, place, nameKey);
  else
    for (const admin of place.adminCandidates ?? []) addNameKeys(keys, `${prefix}${admin}|`, place, nameKey);
  const hasPoint = level === "settlement" && place.lat !== null && place.lon !== null;
  return {
    mention: place.mention,
    gazetteerId: level === "settlement" ? place.gazetteerId : null,
    lat: hasPoint ? place.lat : null,
    lon: hasPoint ? place.lon : null,
    level,
    keys: keys.sort(),
    cell: hasPoint ? cellOf(place.lat as number, place.lon as number) : null,
  };
}

/** The name keys of the place's mention and name in one governorate (`head`: "n:<admin1>|"), each once. */
function addNameKeys(
  keys: string[],
  head: string,
  place: IncidentClaim["place"],
  nameKey: (name: string) => string,
): void {
  for (const name of place.name ? [place.mention, place.name] : [place.mention]) {
    const key = nameKey(name);
    if (!key) continue;
    const full = head + key;
    if (!keys.includes(full)) keys.push(full);
  }
}

function cellOf(lat: number, lon: number): string {
  return `g:${Math.floor(lat / CELL_DEG)}:${Math.floor(lon / CELL_DEG)}`;
}

/** Neighbour lists already computed (a few thousand cells cover a country). */
const neighbourMemo = new Map<string, string[]>();

/** The grid cells that can hold a point within NEAR_KM of a point in `cell` (the cell included). */
export function neighbourCells(cell: string): string[] {
  const known = neighbourMemo.get(cell);
  if (known) return known;
  const cells = computeNeighbours(cell);
  if (neighbourMemo.size > 100_000) neighbourMemo.clear();
  neighbourMemo.set(cell, cells);
  return cells;
}

function computeNeighbours(cell: string): string[] {
  const cells: string[] = [];
  forNeighbours(cell, (la, lo) => cells.push(`g:${la}:${lo}`));
  return cells;
}

/** Calls `each` with the row and column of every cell `neighbourCells` lists, in its order. */
function forNeighbours(cell: string, each: (la: number, lo: number) => void): void {
  const [, latText, lonText] = cell.split(":");
  const la = Number(latText);
  const lo = Number(lonText);
  const maxAbsLat = Math.min(89, Math.max(Math.abs(la * CELL_DEG), Math.abs((la + 1) * CELL_DEG)) + CELL_DEG);
  const lonSpan = Math.ceil(NEAR_KM / (KM_PER_DEG_LAT * Math.cos((maxAbsLat * Math.PI) / 180) * CELL_DEG));
  const latSpan = Math.ceil(NEAR_KM / (KM_PER_DEG_LAT * CELL_DEG));
  for (let i = -latSpan; i <= latSpan; i++) for (let j = -lonSpan; j <= lonSpan; j++) each(la + i, lo + j);
}

/**
 * A grid cell as one small integer (its row and column packed; rows and columns of the whole globe
 * fit), for in-memory indexes: a number keys a Map without hashing or comparing text.
 */
function cellNumberOf(la: number, lo: number): number {
  return (la + 4096) * 16384 + (lo + 8192);
}

const cellNumbers = new Map<string, number>();
const neighbourNumbers = new Map<string, readonly number[]>();

/** The number of a grid cell (`cellNumberOf`): equal cells, equal numbers. */
export function cellNumber(cell: string): number {
  let n = cellNumbers.get(cell);
  if (n === undefined) {
    const [, latText, lonText] = cell.split(":");
    n = cellNumberOf(Number(latText), Number(lonText));
    if (cellNumbers.size > 100_000) cellNumbers.clear();
    cellNumbers.set(cell, n);
  }
  return n;
}

/** `neighbourCells` as cell numbers (`cellNumber`). */
export function neighbourCellNumbers(cell: string): readonly number[] {
  const known = neighbourNumbers.get(cell);
  if (known) return known;
  const numbers: number[] = [];
  forNeighbours(cell, (la, lo) => numbers.push(cellNumberOf(la, lo)));
  if (neighbourNumbers.size > 100_000) neighbourNumbers.clear();
  neighbourNumbers.set(cell, numbers);
  return numbers;
}

/** The index keys under which to look for claims that may share this claim's place. */
export function searchKeys(place: PlaceFacts): string[] {
  return place.cell ? [...place.keys, ...neighbourCells(place.cell)] : [...place.keys];
}

/** Haversine distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function sharesKey(a: PlaceFacts, b: PlaceFacts, prefix: string): boolean {
  return a.keys.some((k) => k.startsWith(prefix) && b.keys.includes(k));
}

/**
 * How two claims' places relate. Two different gazetteer entries are never "the same name" (two
 * villages can share a name in one governorate); they can only be near each other.
 * @example comparePlaces(sarminA, sarminB) // { relation: "same_entry", distanceKm: 0, score: 1 }
 */
export function comparePlaces(a: PlaceFacts, b: PlaceFacts): PlaceComparison {
  const distance =
    a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null
      ? distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon })
      : null;
  if (a.level !== b.level) return { relation: "none", distanceKm: distance, score: 0 };
  if (a.level === "region")
    return sharesKey(a, b, "r:")
      ? { relation: "same_region", distanceKm: distance, score: 0.6 }
      : { relation: "none", distanceKm: distance, score: 0 };
  if (a.gazetteerId && a.gazetteerId === b.gazetteerId)
    return { relation: "same_entry", distanceKm: distance ?? 0, score: 1 };
  if (a.gazetteerId && b.gazetteerId) {
    if (distance !== null && distance <= NEAR_KM)
      return { relation: "near", distanceKm: distance, score: 0.6 - 0.1 * distance };
    return { relation: "none", distanceKm: distance, score: 0 };
  }
  if (sharesKey(a, b, "n:")) return { relation: "same_name", distanceKm: distance, score: 0.9 };
  return { relation: "none", distanceKm: distance, score: 0 };
}

/** The same place for the strict rules (contested merges, undated claims): same entry, name or region. */
export function isSamePlace(relation: PlaceRelation): boolean {
  return relation === "same_entry" || relation === "same_name" || relation === "same_region";
}
