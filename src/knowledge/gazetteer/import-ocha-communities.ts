/**
 * Importer for OCHA Common Operational Dataset populated places (Syria "admin4 communities") CSVs. Reads
 * the older column names (PCODE, NAME_EN, NAME_ARA, ADMIN1_EN, LATITUDE …) and the newer ones
 * (admin4Pcode, admin4Name_en, admin4Name_ar, …). Pure: text in, places and problems out.
 */
import { distributedNames, onlyQualifiers } from "./translated-qualifier.js";
import type { PlaceEntry } from "../../domain/places.js";
import { parseCsv, type CsvTable } from "./csv.js";
import { OCHA_SY_ADMIN1 } from "./governorates.js";
import {
  distinctNames,
  validCoordinates,
  type GazetteerImport,
  type ImportProblem,
} from "./import-result.js";
import { resolveAdmin1Name } from "./resolve-admin1.js";

/** Accepted header spellings per field, compared lowercased without punctuation. */
const COLUMNS = {
  pcode: ["pcode", "admin4pcode", "adm4pcode", "communitypcode", "pcodecommunity"],
  nameEn: ["nameen", "admin4nameen", "adm4en", "communityen", "name"],
  nameRef: ["namenref", "namenref", "nameenref", "admin4refnameen", "adm4ref", "refname"],
  nameAr: ["namear", "nameara", "admin4namear", "adm4ar", "communityar", "namear"],
  admin3: ["admin3en", "admin3nameen", "adm3en"],
  admin2: ["admin2en", "admin2nameen", "adm2en"],
  admin1: ["admin1en", "admin1nameen", "adm1en"],
  admin1Code: ["admin1cod", "admin1pcode", "adm1pcode", "admin1code"],
  lat: ["latitude", "lat", "laty", "y", "centerlat"],
  lon: ["longitude", "lon", "long", "lonx", "longx", "x", "centerlon"],
} as const;

type Field = keyof typeof COLUMNS;

function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Maps fields to column indexes for an OCHA communities header, or null when the header lacks a P-code,
 * a name or coordinates.
 */
export function ochaColumns(header: string[]): Partial<Record<Field, number>> | null {
  const keys = header.map(headerKey);
  const found: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    const index = keys.findIndex((k) => (COLUMNS[field] as readonly string[]).includes(k));
    if (index >= 0) found[field] = index;
  }
  const hasName = found.nameEn !== undefined || found.nameAr !== undefined;
  return found.pcode !== undefined && hasName && found.lat !== undefined && found.lon !== undefined
    ? found
    : null;
}

/** ISO code from admin P-codes ("SY07" → "SY"); Syria's community codes ("C4273") carry none. */
function countryOf(pcode: string, admin1Code: string): string {
  return /^[A-Z]{2}/.exec(admin1Code)?.[0] ?? (/^[A-Z]{2}\d/.test(pcode) ? pcode.slice(0, 2) : "SY");
}

/**
 * Parses an OCHA populated-places CSV; ids are `ocha:<PCODE>` and admin1 is the canonical governorate.
 * @example parseOchaCommunitiesCsv(text).places[0].id // "ocha:C4273"
 */
export function parseOchaCommunitiesCsv(text: string): GazetteerImport {
  return parseOchaCommunitiesTable(parseCsv(text));
}

/** The same over rows already split (the built-in gazetteer stores them tab-separated). */
export function parseOchaCommunitiesTable({ rows, lines }: CsvTable): GazetteerImport {
  const problems: ImportProblem[] = [];
  const places: PlaceEntry[] = [];
  const header = rows[0];
  const cols = header ? ochaColumns(header) : null;
  if (!header || !cols) {
    problems.push({ line: 1, reason: "header lacks a P-code, a name or latitude/longitude column" });
    return { format: "ocha-communities", places, problems };
  }
  const get = (row: string[], field: Field): string => {
    const i = cols[field];
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const line = lines[r] as number;
    const pcode = get(row, "pcode");
    const nameEn = get(row, "nameEn") || get(row, "nameRef");
    const nameAr = get(row, "nameAr");
    const lat = Number(get(row, "lat"));
    const lon = Number(get(row, "lon"));
    if (!pcode) problems.push({ line, reason: "missing P-code" });
    else if (!nameEn && !nameAr) problems.push({ line, reason: `${pcode}: no name` });
    else if (!get(row, "lat") || !validCoordinates(lat, lon))
      problems.push({
        line,
        reason: `${pcode}: invalid coordinates "${get(row, "lat")}", "${get(row, "lon")}"`,
      });
    else {
      const admin1Text = get(row, "admin1");
      const admin1 =
        OCHA_SY_ADMIN1.get(get(row, "admin1Code")) ?? (admin1Text ? resolveAdmin1Name(admin1Text) : null);
      const name = nameEn || nameAr;
      places.push({
        id: `ocha:${pcode}`,
        name,
        altNames: distinctNames(name, [
          get(row, "nameRef"),
          nameAr,
          ...compoundParts(nameEn),
          ...compoundParts(get(row, "nameRef")),
          ...compoundParts(nameAr),
        ]),
        lat,
        lon,
        kind: "settlement",
        admin1: admin1 ?? (admin1Text || null),
        admin2: get(row, "admin2") || null,
        admin3: get(row, "admin3") || null,
        country: countryOf(pcode, get(row, "admin1Code")),
        population: null,
        source: "ocha",
      });
    }
  }
  return { format: "ocha-communities", places, problems };
}

/**
 * OCHA sometimes records two neighbouring communities as one ("Samira - Sallur", "السامرة_سللور"):
 * each part is a name reports use on its own, so each becomes an alternate name. A merged name that
 * distributes qualifiers over one name ("Tab Issa - Eastern and Western", "Northern & Western
 * Hawayeq") names each qualified community ("Eastern Tab Issa", "Western Hawayeq"); its run of
 * qualifiers alone ("Eastern and Western") is no name.
 * @example compoundParts("Zaytuneh - Zaytunjek") // ["Zaytuneh", "Zaytunjek"]
 * @example compoundParts("Tab Issa - Eastern and Western") // ["Tab Issa", "Eastern Tab Issa", "Western Tab Issa"]
 */
export function compoundParts(name: string): string[] {
  const parts = name.split(/\s+-\s+|_/).map((part) => part.trim());
  const own = parts.length > 1 ? parts.filter((part) => part.length >= 3 && !onlyQualifiers(part)) : [];
  return [...own, ...distributedNames(name)];
}
