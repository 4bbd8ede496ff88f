/**
 * The value lists of incident fields as plain constants, without zod, so the CLI can show them in
 * `--help` without loading the schemas (incident.ts builds its enums from these).
 */

/** The Airwars civilian-harm grading scale (DOMAIN.md §4.2). */
export const CORROBORATION_GRADES = ["confirmed", "fair", "weak", "contested", "discounted"] as const;

/** An analyst's review of an incident. */
export const REVIEW_STATUSES = ["unreviewed", "confirmed", "rejected", "edited"] as const;
