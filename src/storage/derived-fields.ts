/**
 * The derived part of a Report: every field the ingest stage computes from the original bytes (as
 * opposed to the id, the byte length and the retrieval facts). Its canonical hash is what
 * `report.rederived` audit events record and what extraction jobs are keyed by, so a changed
 * derivation is both auditable and re-extracted.
 */
import type { Report } from "../domain/report.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";

export const derivedFieldNames = [
  "mediaType",
  "encoding",
  "url",
  "publisher",
  "originators",
  "publishedAt",
  "language",
  "title",
  "byline",
  "text",
  "removed",
  "related",
  "keywords",
  "caveats",
] as const satisfies readonly (keyof Report)[];

export type DerivedFieldName = (typeof derivedFieldNames)[number];
export type DerivedFields = Pick<Report, DerivedFieldName>;

/** The derived fields of `report`, nothing else. */
export function derivedFields(report: Report): DerivedFields {
  return Object.fromEntries(derivedFieldNames.map((name) => [name, report[name]])) as DerivedFields;
}

/**
 * sha256 hex of the canonical JSON of the derived fields.
 *
 * @example derivationHash(report) === derivationHash({ ...report, retrievedAt: later }) // true
 */
export function derivationHash(report: Report): string {
  return sha256Hex(canonicalJson(derivedFields(report)));
}

/** Names of the derived fields whose values differ between two derivations, in a stable order. */
export function changedDerivedFields(before: Report, after: Report): DerivedFieldName[] {
  return derivedFieldNames.filter((name) => canonicalJson(before[name]) !== canonicalJson(after[name]));
}
