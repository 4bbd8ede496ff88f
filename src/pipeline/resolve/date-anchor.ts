/**
 * When a claim happened, as the resolver compares it. A claim is in one of three layers:
 * - day: one known day (ACLED time precision 1);
 * - window: a known window of 2–31 days ("last week", "within 48 hours" against a known publication
 *   date), or no date in the text of a dated report, bounded by the week before publication;
 * - undated: nothing anchors it in time (a relative phrase and no publication date, or a window wider
 *   than a month). Undated claims never merge with each other, nor with a dated incident on place alone.
 */
import type { IncidentClaim } from "../../domain/claim.js";
import type { DateAnchor } from "../../domain/resolution.js";

export type { DateAnchor };

/** Windows wider than this are too vague to place an event on a day. */
export const MAX_WINDOW_DAYS = 31;
/** An undated claim in a dated report happened at most this many days before publication. */
export const PUBLICATION_LOOKBACK_DAYS = 7;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days in [from, to], inclusive. */
export function spanDays(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

function classify(from: string, to: string, basis: DateAnchor["basis"]): DateAnchor {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const span = spanDays(a, b);
  if (span === 1) return { layer: "day", from: a, to: b, basis };
  if (span <= MAX_WINDOW_DAYS) return { layer: "window", from: a, to: b, basis };
  return { layer: "undated", from: a, to: b, basis: "too_wide" };
}

/**
 * The anchor of a claim, resolving relative windows against the report's publication date.
 * @example dateAnchor(claimOnMonday, "2022-05-11") // { layer: "day", from: "2022-05-09", ... }
 */
export function dateAnchor(date: IncidentClaim["date"], publishedAt: string | null): DateAnchor {
  if (date.start || date.end) {
    const from = (date.start ?? date.end) as string;
    return classify(from, date.end ?? from, "stated");
  }
  if (date.relative && publishedAt) {
    return classify(
      addDays(publishedAt, Math.floor(date.relative.fromDays)),
      addDays(publishedAt, Math.ceil(date.relative.toDays)),
      "relative",
    );
  }
  if (publishedAt) {
    return {
      layer: "window",
      from: addDays(publishedAt, -PUBLICATION_LOOKBACK_DAYS),
      to: publishedAt,
      basis: "publication",
    };
  }
  return { layer: "undated", from: null, to: null, basis: "none" };
}

/** True when two anchors share at least one day (undated anchors share none). */
export function windowsOverlap(a: DateAnchor, b: DateAnchor): boolean {
  if (a.layer === "undated" || b.layer === "undated") return false;
  return (a.from as string) <= (b.to as string) && (b.from as string) <= (a.to as string);
}

/**
 * How well two dated anchors agree: 1 for the same day, less the wider the pair's combined window.
 * @example dateAgreement(day("2022-05-11"), week("2022-05-05", "2022-05-11")) // ≈ 0.58
 */
export function dateAgreement(a: DateAnchor, b: DateAnchor): number {
  if (!windowsOverlap(a, b)) return 0;
  const from = (a.from as string) < (b.from as string) ? a.from : b.from;
  const to = (a.to as string) > (b.to as string) ? a.to : b.to;
  const union = spanDays(from as string, to as string);
  return 1 / (1 + 0.12 * (union - 1));
}
