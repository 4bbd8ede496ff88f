/**
 * How incidents are selected for the map, the list, the timeline and the exports: one schema for the
 * HTTP query string, the CLI flags and the store, so the four always agree on what a filter means.
 */
import { z } from "zod";
import { EventTypeCode } from "./claim.js";
import { CorroborationGrade, ReviewStatus } from "./incident.js";
import { isoDate } from "./report.js";

/** A comma list in a query string ("a,b") or repeated values, as an array. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter((v) => v.trim() !== "") : value),
    z.array(item).max(50),
  );

/** west,south,east,north in degrees (WGS84), as Leaflet's `getBounds().toBBoxString()` gives it. */
export const BoundingBox = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map(Number) : value),
  z
    .tuple([
      z.number().min(-180).max(180),
      z.number().min(-90).max(90),
      z.number().min(-180).max(180),
      z.number().min(-90).max(90),
    ])
    .refine(([west, south, east, north]) => west <= east && south <= north, "bbox is west,south,east,north"),
);
export type BoundingBox = [number, number, number, number];

export const IncidentFilter = z.object({
  /** First day included (YYYY-MM-DD). */
  from: isoDate.optional(),
  /** Last day included. */
  to: isoDate.optional(),
  /** Country, governorate (admin1) or district (admin2) name, as the incident records it. */
  area: z.string().trim().min(1).max(200).optional(),
  /** Actor id or name of a perpetrator. */
  perpetrator: z.string().trim().min(1).max(200).optional(),
  type: list(EventTypeCode).optional(),
  /** Legal qualification code, e.g. WC-E-CIV (filled once assessments exist). */
  crimeCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,50}$/, "a crime code is letters, digits and dashes, e.g. WC-E-CIV")
    .optional(),
  grade: list(CorroborationGrade).optional(),
  /** Source-registry id of a source behind the incident, e.g. "sohr". */
  source: z.string().trim().min(1).max(200).optional(),
  review: list(ReviewStatus).optional(),
  bbox: BoundingBox.optional(),
});
export type IncidentFilter = z.infer<typeof IncidentFilter>;

/** Country names an area filter also matches by ISO 3166 code, as incidents may record either. */
const COUNTRY_CODES: Record<string, string> = {
  syria: "SY",
  iraq: "IQ",
  lebanon: "LB",
  turkey: "TR",
  jordan: "JO",
};

/** The values of `country` that an area name matches: the name itself and its ISO code when known. */
export function countryForms(area: string): string[] {
  const code = COUNTRY_CODES[area.trim().toLowerCase()];
  return code ? [area, code] : [area];
}

/** The token under which a perpetrator, source or code is indexed and matched: lower case, no spaces. */
export function filterToken(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, "_");
}
