/**
 * Reading and merging the `reports.user_metadata` column: which metadata the user asserted. Rows
 * stored before the column existed (NULL) are read conservatively — every non-null stored value counts
 * as the user's — so that no re-derivation can overwrite what a user may have typed.
 */
import type { Report } from "../domain/report.js";
import { canonicalJson } from "./canonical-json.js";
import type { ReportMetadataPatch, UserMetadata } from "./ports.js";
import { parseJson } from "./store-context.js";

const patchKeys = ["publishedAt", "publisher", "url"] as const;

/** Only the keys the caller actually set (undefined means "not given", null means "cleared"). */
export function definedEntries(patch: UserMetadata): UserMetadata {
  const out: UserMetadata = {};
  for (const key of patchKeys) if (patch[key] !== undefined) out[key] = patch[key];
  if (patch.mediaType !== undefined) out.mediaType = patch.mediaType;
  return out;
}

/** The column value for a user-metadata record (canonical JSON, so equal records compare equal). */
export function userMetadataColumn(metadata: UserMetadata | undefined): string {
  return canonicalJson(definedEntries(metadata ?? {}));
}

/**
 * The user metadata of a stored report: the recorded JSON, or for a row stored before it was recorded,
 * its non-null publication date, publisher and URL plus its media type.
 */
export function readUserMetadata(column: string | null, stored: Report): UserMetadata {
  if (column !== null) return parseJson<UserMetadata>(column);
  const fallback: UserMetadata = { mediaType: stored.mediaType };
  for (const key of patchKeys) if (stored[key] !== null) fallback[key] = stored[key];
  return fallback;
}

/** `report` with the user's publication date, publisher and URL put back over the derived ones. */
export function applyUserMetadata(report: Report, user: UserMetadata): Report {
  const out = { ...report };
  for (const key of patchKeys) {
    const value = user[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Merges an annotate patch into the recorded user metadata. */
export function mergeUserMetadata(before: UserMetadata, patch: ReportMetadataPatch): UserMetadata {
  return { ...before, ...definedEntries(patch) };
}
