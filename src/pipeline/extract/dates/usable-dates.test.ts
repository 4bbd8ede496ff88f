import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates.js";
import { usableDates } from "./pick-date.js";

describe("usableDates", () => {
  it("judges a date against the text it is given, also when the same date was judged before", () => {
    const told = "Shelling on 3 May 2019 killed two civilians in Kafr Nabl.";
    // Same characters before the date, so the same offsets; only the words around it differ.
    const cited = "Shelling on 3 May 2019 report said two civilians died earlier.";
    const d = findDates(told, { start: 0, end: told.length }, "2019-05-10")[0]!;
    expect(d.text).toContain("3 May 2019");
    expect(usableDates(told, [d])).toEqual([d]);
    // "<date> report": the date of a cited publication, not of an incident.
    expect(usableDates(cited, [d])).toEqual([]);
    expect(usableDates(told, [d])).toEqual([d]);
  });
});
