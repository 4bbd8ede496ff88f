/**
 * When a claim happened, as the resolver compares it. A claim is in one of three layers:
 * - day: one known day (ACLED time precision 1);
 * - window: a known window of 2–31 days ("last week", "within 48 hours" against a known publication
 *   date), or no date in the text of a dated report, bounded by the week before publication;
 * - undated: nothing anchors it in time (a relative phrase and no publication date, or a window wider
 *   than a month). Undated claims never merge with each other, nor with a dated incident on place alone;
 *   one whose text states a window (too wide) joins only a dated incident within it (`undatedReach`).
 */
import type { IncidentClaim } from "../../domain/claim.js";
import type { DateAnchor } from "../../domain/resolution.js";

export type { DateAnchor };

/** Windows wider than this are too vague to place an event on a day. */
export const MAX_WINDOW_DAYS = 31;
/** An undated claim in a dated report happened at most this many days before publication. */
export const PUBLICATION_LOOKBACK_DAYS = 7;
/** A stated window wider than this (a year) is too vague to pick out one dated incident. */
export const MAX_REACH_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * Days already numbered: clustering compares dates of a few thousand days millions of times (window
 * spans, date agreement), and parsing each time cost more than the comparison around it.
 */
const dayNumbers = new Map<string, number>();
const DAY_NUMBER_MEMO = 100_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    if (dayNumbers.size >= DAY_NUMBER_MEMO) dayNumbers.clear();
    day = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    dayNumbers.set(iso, day);
  }
  return day;
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

/** Day names in the order of Date.getUTCDay (0 = Sunday). */
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_PATTERN = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "gi");

/** The one weekday a date phrase names ("early Sunday", "on Monday night"), or null (none, or two). */
export function namedWeekday(text: string | null): number | null {
  if (!text) return null;
  const named = new Set([...text.matchAll(WEEKDAY_PATTERN)].map((m) => (m[1] as string).toLowerCase()));
  return named.size === 1 ? WEEKDAYS.indexOf([...named][0] as string) : null;
}

/**
 * A relative window as days: the extractor knows "on Sunday" only as "within the week before
 * publication"; against a known publication date, the weekday it names is one day of that window
 * when the window holds exactly one such day (a week does).
 */
function relativeDays(
  date: IncidentClaim["date"],
  relative: { fromDays: number; toDays: number },
  publishedAt: string,
): [string, string] {
  const from = addDays(publishedAt, Math.floor(relative.fromDays));
  const to = addDays(publishedAt, Math.ceil(relative.toDays));
  const weekday = namedWeekday(date.text);
  if (weekday === null) return [from, to];
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1))
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === weekday) days.push(day);
  return days.length === 1 ? [days[0] as string, days[0] as string] : [from, to];
}

/**
 * The anchor of a claim, resolving relative windows against the report's publication date.
 * @example dateAnchor({ text: "on Monday", relative: { fromDays: -6, toDays: 0 }, … }, "2022-05-11") // { layer: "day", from: "2022-05-09", … }
 */
export function dateAnchor(date: IncidentClaim["date"], publishedAt: string | null): DateAnchor {
  if (date.start || date.end) {
    const from = (date.start ?? date.end) as string;
    return classify(from, date.end ?? from, "stated");
  }
  if (date.relative && publishedAt) {
    const [from, to] = relativeDays(date, date.relative, publishedAt);
    return classify(from, to, "relative");
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

/**
 * The days of the dated incidents an undated claim may join when its text states a window too wide to
 * place the event on a day ("in 2019"): that window, when it is at most a year. Null when nothing
 * bounds them (no date at all, or a wider window): the claim is then compared with the whole dated
 * history of its place. A claim in a report that states when its event was ("in 2019") is not the
 * same event as a strike in 2021 at the same place, however well type, attacker and toll agree.
 * @example undatedReach({ layer: "undated", from: "2019-01-01", to: "2019-12-31", basis: "too_wide" }) // { from: "2019-01-01", to: "2019-12-31" }
 */
export function undatedReach(anchor: DateAnchor): { from: string; to: string } | null {
  if (anchor.layer !== "undated" || anchor.from === null || anchor.to === null) return null;
  return spanDays(anchor.from, anchor.to) <= MAX_REACH_DAYS ? { from: anchor.from, to: anchor.to } : null;
}

/** Whether an undated claim may join a dated anchor in time: any day, or one within its reach. */
export function withinReach(undated: DateAnchor, dated: DateAnchor): boolean {
  if (dated.layer === "undated") return false;
  const reach = undated.reach;
  return !reach || ((dated.from as string) <= reach.to && reach.from <= (dated.to as string));
}

/**
 * Whether a dated anchor can hold the one weekday an undated claim's own date phrase names ("on
 * Saturday" in a report with no publication date): a day anchor must fall on it, a window must contain
 * it. A claim naming no weekday (or two) fits any. The same reading `dateAnchor` gives the phrase once a
 * publication date is known, so an undated "on Saturday" never joins a strike of a Friday.
 * @example weekdayFits("on Saturday", { layer: "day", from: "2022-07-22", to: "2022-07-22", basis: "stated" }) // false (a Friday)
 */
export function weekdayFits(text: string | null, dated: DateAnchor): boolean {
  const weekday = namedWeekday(text);
  if (weekday === null || dated.from === null || dated.to === null) return true;
  if (spanDays(dated.from, dated.to) >= 7) return true;
  for (let day = dated.from; day <= dated.to; day = addDays(day, 1))
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === weekday) return true;
  return false;
}
