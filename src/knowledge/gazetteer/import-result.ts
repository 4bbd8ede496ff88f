/**
 * What a gazetteer importer returns: the places it could read and, for each row it could not, the line
 * number and why, so one bad row never loses a whole file.
 */
import type { PlaceEntry } from "../../domain/places.js";

export interface ImportProblem {
  /** 1-based line number in the imported text. */
  line: number;
  reason: string;
}

export interface GazetteerImport {
  format: "ocha-communities" | "geonames-dump";
  places: PlaceEntry[];
  problems: ImportProblem[];
}

/** Alternate names worth indexing: Latin or Arabic script, not codes or single letters. */
export function usefulAltName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 3 || /^[0-9\s]+$/.test(trimmed)) return false;
  if (/^[A-Z]{2,4}$/.test(trimmed)) return false; // airport and postal codes
  return /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\s'’`ʿʾ.()-]+$/u.test(trimmed);
}

/** Keeps distinct useful names, dropping the ones equal to `primary`. */
export function distinctNames(primary: string, names: Iterable<string>): string[] {
  const seen = new Set([primary.trim().toLowerCase()]);
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key) || !usefulAltName(name)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** True when both are finite and inside the WGS84 range, and not the 0,0 placeholder. */
export function validCoordinates(lat: number, lon: number): boolean {
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  );
}
