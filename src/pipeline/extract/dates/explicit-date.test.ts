import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { readExplicitDay } from "./explicit-date.js";

/** What chrono-node alone reads in the phrase, as find-dates.ts used it before explicit-date.ts. */
function chronoReads(raw: string, reference: Date) {
  const parsed = chrono.parse(raw, { instant: reference, timezone: 0 }, { forwardDate: false })[0];
  if (!parsed || !parsed.start.isCertain("day") || !parsed.start.isCertain("month")) return null;
  const [year, month, day] = parsed.start.date().toISOString().slice(0, 10).split("-").map(Number);
  return { year, month, day, yearKnown: parsed.start.isCertain("year") };
}

const MONTHS = ["January", "february", "MARCH", "May", "june", "Sept.", "Sep", "oct.", "Dec", "Feb."];
const PREFIXES = ["", "Tuesday ", "Sunday, ", "Friday the ", "Monday  "];
const YEARS = ["", " 2021", ", 2019"];
// Reference days where chrono's nearest-year rule and its month overflow matter.
const REFERENCES = ["2021-01-01", "2020-02-29", "2021-03-31", "2021-07-01", "2021-12-31", "2000-01-01"].map(
  (iso) => new Date(`${iso}T12:00:00Z`),
);

/** Every shape find-dates.ts hands over, with days 0–32, odd spacing and impossible days included. */
function phrases(): string[] {
  const out: string[] = [];
  for (const prefix of PREFIXES)
    for (let day = 0; day <= 32; day++) {
      const d = day % 4 === 1 ? `${day}st` : day % 4 === 2 ? `0${day}`.slice(-2) : String(day);
      for (const month of MONTHS)
        for (const year of YEARS)
          out.push(
            `${prefix}${d} ${month}${year}`,
            `${prefix}${d} of ${month}${year}`,
            `${prefix}${month} ${d}${year}`,
          );
      // A day and its month apart: line breaks, a blank line, a tab, four or seven spaces.
      for (const gap of ["\n", "\n\n", "\t", " \n \n ", "    ", "       "]) {
        const month = MONTHS[day % MONTHS.length]!;
        out.push(
          `${prefix}${d}${gap}${month}`,
          `${prefix}${d}${gap}${month} 2021`,
          `${prefix}${d}${gap}of ${month}`,
        );
      }
      // Slash dates with every first number and a second one up to 13 ("13/11/2017" is read day first).
      for (let second = 0; second <= 13; second += day % 2 === 0 ? 1 : 3)
        out.push(`${prefix}${day}/${second}/${2017 + (second % 4)}`);
      const mm = String(day % 14).padStart(2, "0");
      out.push(
        `${prefix}${day % 14}/${day}/2021`,
        `${prefix}${day}/${day % 14}/2020`,
        `${prefix}2021-${mm}-${String(day).padStart(2, "0")}`,
      );
    }
  return out;
}

describe("readExplicitDay (explicit date phrases, read as chrono-node reads them)", () => {
  it("reads a written and an implied year", () => {
    const reference = new Date("2021-09-08T12:00:00Z");
    expect(readExplicitDay("Tuesday, 5 March 2019", reference)).toEqual({
      year: 2019,
      month: 3,
      day: 5,
      yearKnown: true,
    });
    // The occurrence nearest the reference: December before a January publication.
    expect(readExplicitDay("Dec. 30", new Date("2021-01-05T12:00:00Z"))).toEqual({
      year: 2020,
      month: 12,
      day: 30,
      yearKnown: false,
    });
    expect(readExplicitDay("31 April 2021", reference)).toBeNull();
  });

  it("agrees with chrono-node on every shape, day and reference date", () => {
    const all = phrases();
    const differing: string[] = [];
    let compared = 0;
    // Each phrase against one of the references, in rotation: every phrase is compared once, and the
    // test stays short (chrono takes about 0.1 ms a phrase).
    REFERENCES.forEach((reference, r) => {
      for (let i = r; i < all.length; i += REFERENCES.length) {
        const ours = JSON.stringify(readExplicitDay(all[i]!, reference));
        const theirs = JSON.stringify(chronoReads(all[i]!, reference));
        if (ours !== theirs) differing.push(`${all[i]} @ ${reference.toISOString()}: ${ours} vs ${theirs}`);
        compared++;
      }
    });
    expect(differing).toEqual([]);
    expect(compared).toBe(all.length);
  });
});
