/**
 * Calendar day of an explicit date phrase that find-dates.ts has already matched ("5 March 2021",
 * "Tuesday, March 5", "2021-03-05", "3/5/2021"), as chrono-node's English parser reads it.
 * Why not chrono on every phrase: its first calls in a process cost about 0.4 s of CPU (two dozen
 * parsers and refiners compiling their patterns), a third of what a whole `r2p analyze` of 300 short
 * reports may spend. The common shapes — words separated by single spaces, a valid day — are read
 * here with chrono's own rules (the year nearest the reference date when none is written, a month
 * before the day in "3/5/2021" unless the first number cannot be a month, "13/11/2017"; a day that no
 * year has, "Nov. 31", is no day); anything else (unusual spacing, "Tuesday the 5th", 29 February of a
 * year without it, a month above 12) still goes to chrono, so no phrase is read differently.
 * explicit-date.test.ts compares both readers on every shape, day, month and reference date.
 */
import * as chrono from "chrono-node";
import { isoOf } from "./date-math.js";

/** The day a phrase names; `yearKnown` is false when the phrase writes no year (chrono then implies one). */
export interface ExplicitDay {
  year: number;
  month: number;
  day: number;
  yearKnown: boolean;
}

/** chrono's English month names and abbreviations (an abbreviation may take a dot). */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "([1-9]\\d{3})";
/** A weekday, with or without a comma, before the date: chrono merges it and keeps the date's day. */
const WEEKDAY = "(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday),? )?";

/** The shapes read here; words are separated by exactly one space, except where a shape says otherwise. */
const SHAPES: readonly { re: RegExp; read: (m: RegExpExecArray) => [number, number, number | null] }[] = [
  {
    // 2021-03-05
    re: new RegExp(`^${WEEKDAY}${YEAR}-(\\d{2})-(\\d{2})$`, "i"),
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    // 5 March 2021, 5th of March, 2021, 5 March
    re: new RegExp(`^${WEEKDAY}${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?$`, "i"),
    read: (m) => [Number(m[1]), monthOf(m[2]!), m[3] ? Number(m[3]) : null],
  },
  {
    // "5\n\nSept.": chrono reads up to six spaces or line breaks between a day and its month
    re: new RegExp(`^${WEEKDAY}${DAY}\\s{1,6}${MONTH}$`, "i"),
    read: (m) => [Number(m[1]), monthOf(m[2]!), null],
  },
  {
    // March 5, 2021, March 5th 2021, March 5
    re: new RegExp(`^${WEEKDAY}${MONTH} ${DAY}(?:,? ${YEAR})?$`, "i"),
    read: (m) => [Number(m[2]), monthOf(m[1]!), m[3] ? Number(m[3]) : null],
  },
  {
    // 3/5/2021: month first, as chrono's default English reads it; 13/11/2017: a first number above
    // 12 (up to 31) before one of 1–12 is the day, as chrono's slash parser swaps them
    re: new RegExp(`^${WEEKDAY}(\\d{1,2})/(\\d{1,2})/${YEAR}$`, "i"),
    read: (m) => {
      const [first, second] = [Number(m[1]), Number(m[2])];
      const dayFirst = first > 12 && first <= 31 && second >= 1 && second <= 12;
      return dayFirst ? [first, second, Number(m[3])] : [second, first, Number(m[3])];
    },
  },
];

/** The most days a month has in any year (February 29 in a leap year). */
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

/**
 * The year chrono implies for a day and month written without one: that of the occurrence nearest
 * the reference instant (chrono's findYearClosestToRef, including its day overflow when the
 * reference day does not exist in the month).
 */
function yearClosestTo(reference: Date, day: number, month: number): number {
  const date = new Date(reference);
  date.setUTCMonth(month - 1);
  date.setUTCDate(day);
  const next = new Date(date);
  next.setUTCFullYear(date.getUTCFullYear() + 1);
  const last = new Date(date);
  last.setUTCFullYear(date.getUTCFullYear() - 1);
  const distance = (d: Date) => Math.abs(d.getTime() - reference.getTime());
  if (distance(next) < distance(date)) return next.getUTCFullYear();
  if (distance(last) < distance(date)) return last.getUTCFullYear();
  return date.getUTCFullYear();
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day, 12));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The day as chrono reads it; null when chrono finds no certain day and month. */
function chronoDay(raw: string, reference: Date): ExplicitDay | null {
  const parsed = chrono.parse(raw, { instant: reference, timezone: 0 }, { forwardDate: false })[0];
  if (!parsed || !parsed.start.isCertain("day") || !parsed.start.isCertain("month")) return null;
  const [year, month, day] = isoOf(parsed.start.date()).split("-").map(Number) as [number, number, number];
  return { year, month, day, yearKnown: parsed.start.isCertain("year") };
}

/**
 * Reads an explicit date phrase against a reference instant (noon UTC of the publication day).
 * @example readExplicitDay("Tuesday, 5 March", new Date("2021-09-08T12:00:00Z"))
 *   // → { year: 2021, month: 3, day: 5, yearKnown: false }
 */
export function readExplicitDay(raw: string, reference: Date): ExplicitDay | null {
  for (const { re, read } of SHAPES) {
    const m = re.exec(raw);
    if (!m) continue;
    const [day, month, written] = read(m);
    if (month < 1 || month > 12 || day < 1 || day > 31) break;
    // A day no year has ("Nov. 31", "30 February"): chrono drops it as an invalid date, whatever the year.
    if (day > LONGEST_MONTH[month - 1]!) return null;
    const year = written ?? yearClosestTo(reference, day, month);
    if (!isValidDay(year, month, day)) break;
    return { year, month, day, yearKnown: written !== null };
  }
  return chronoDay(raw, reference);
}
