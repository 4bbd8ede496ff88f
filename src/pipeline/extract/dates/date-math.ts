/** Small UTC calendar helpers on ISO "YYYY-MM-DD" strings (no time zones, no clock). */

import { numberWord } from "../number-words.js";

const DAY_MS = 86_400_000;

export function toDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOf(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return toDate(iso).getUTCDay();
}

export function monthRange(year: number, month1: number, part?: "early" | "mid" | "late"): [string, string] {
  const last = new Date(Date.UTC(year, month1, 0)).getUTCDate();
  const mm = String(month1).padStart(2, "0");
  const [from, to] =
    part === "early" ? [1, 10] : part === "mid" ? [11, 20] : part === "late" ? [21, last] : [1, last];
  return [`${year}-${mm}-${String(from).padStart(2, "0")}`, `${year}-${mm}-${String(to).padStart(2, "0")}`];
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month number (1–12) from a full or abbreviated English month name. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/** "48", "two", "a" → number; NaN when unknown. */
export function smallNumber(raw: string): number {
  const s = raw.toLowerCase();
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "a" || s === "an") return 1;
  return numberWord(s) ?? Number.NaN;
}
