/**
 * Validity periods of actors and the rule that picks one actor when an alias is shared by several
 * ("government forces" is SY_GOV_ASSAD before 2024-12-08 and SY_GOV_TRANS from that day).
 */
import type { ActorRecord } from "../../domain/actors.js";

/** First day of a partial date ("2015-09" → "2015-09-01"). */
function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/** First day after a period's end: a full date is the day things changed; "2024-12" ends with December. */
function endOf(date: string): string {
  if (date.length === 4) return `${Number(date) + 1}-01-01`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  }
  return date.slice(0, 10);
}

/** True when the actor existed on `date` (YYYY-MM-DD); validTo is the first day it no longer did. */
export function validOn(actor: ActorRecord, date: string): boolean {
  const day = date.slice(0, 10);
  return (
    (!actor.validFrom || startOf(actor.validFrom) <= day) && (!actor.validTo || day < endOf(actor.validTo))
  );
}

export interface PeriodChoice {
  actor: ActorRecord;
  ambiguousPeriod: boolean;
  needsReview: boolean;
}

/** Days between a date and an actor's period (0 inside it), for choosing the nearest actor. */
function gapDays(actor: ActorRecord, day: string): number {
  const t = Date.parse(day);
  const from = actor.validFrom ? Date.parse(startOf(actor.validFrom)) : -Infinity;
  const to = actor.validTo ? Date.parse(endOf(actor.validTo)) : Infinity;
  return t < from ? (from - t) / 864e5 : t >= to ? (t - to) / 864e5 : 0;
}

/**
 * Picks the actor an alias names on a date. Candidates are in pack order.
 * - Known date: the first candidate valid then; if none is, the one whose period is nearest, flagged
 *   `needsReview`.
 * - Unknown date: the longest-standing candidate (earliest validFrom, none = earliest), flagged
 *   `ambiguousPeriod` when the alias is shared. For Syria this is the Assad-era actor, which is what
 *   undated "regime" / "government forces" wording in the archive of reports most often means.
 */
export function chooseByDate(candidates: readonly ActorRecord[], onDate: string | null): PeriodChoice {
  const first = candidates[0] as ActorRecord;
  if (!onDate) {
    let best = first;
    for (const c of candidates) if ((c.validFrom ?? "") < (best.validFrom ?? "")) best = c;
    return { actor: best, ambiguousPeriod: candidates.length > 1, needsReview: false };
  }
  const valid = candidates.find((c) => validOn(c, onDate));
  if (valid) return { actor: valid, ambiguousPeriod: false, needsReview: false };
  let nearest = first;
  for (const c of candidates) if (gapDays(c, onDate) < gapDays(nearest, onDate)) nearest = c;
  return { actor: nearest, ambiguousPeriod: false, needsReview: true };
}
