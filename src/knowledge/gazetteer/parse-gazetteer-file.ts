/**
 * Detects the format of a gazetteer file from its content and runs the matching importer. Accepted: OCHA
 * COD populated-places CSV, and GeoNames dumps (19 tab-separated columns).
 */
import { R2pError } from "../../domain/errors.js";
import { parseCsv } from "./csv.js";
import { GEONAMES_COLUMNS, parseGeonamesDump } from "./import-geonames-dump.js";
import { ochaColumns, parseOchaCommunitiesCsv } from "./import-ocha-communities.js";
import type { GazetteerImport } from "./import-result.js";

/** The named error for a file that is in none of the accepted formats. */
export function unknownGazetteerFormat(what: string): R2pError {
  return new R2pError(
    "GAZETTEER_FORMAT",
    `${what} is not a gazetteer file this system can read. Accepted formats: an OCHA COD populated-places CSV ` +
      `(header with PCODE or admin4Pcode, NAME_EN/NAME_ARA or admin4Name_en/admin4Name_ar, LATITUDE, LONGITUDE), ` +
      `or a GeoNames dump (19 tab-separated columns, e.g. SY.txt from the GeoNames export).`,
    422,
  );
}

/**
 * Parses a gazetteer file of either accepted format, detected from its first line.
 * @param what how to name the file in an error message
 * @throws R2pError GAZETTEER_FORMAT when the content is in neither format
 * @example parseGazetteerFile(readFileSync("SY.txt", "utf8")).format // "geonames-dump"
 */
export function parseGazetteerFile(text: string, what = "The gazetteer file"): GazetteerImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const cols = firstLine.split("\t");
  if (cols.length >= GEONAMES_COLUMNS && /^\d+$/.test(cols[0] ?? "")) return parseGeonamesDump(body);
  const header = parseCsv(firstLine).rows[0];
  if (header && header.length > 1 && ochaColumns(header)) return parseOchaCommunitiesCsv(body);
  throw unknownGazetteerFormat(what);
}
