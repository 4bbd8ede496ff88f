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

  it("the day a video or post went online dates no event; the day reports of an event came out does", () => {
    const usable = (text: string) =>
      usableDates(text, findDates(text, { start: 0, end: text.length }, "2016-12-01")).map((d) => d.text);
    expect(usable('A video was published on YouTube by the user "dibo madraty" on July 10, 2016.')).toEqual(
      [],
    );
    expect(usable("The photo was posted on Facebook in October 2013.")).toEqual([]);
    expect(usable("A second video, uploaded by Smart News Agency on 7 May 2016, shows the craters.")).toEqual(
      [],
    );
    expect(usable("Warplanes bombed the market on 7 May 2016, a video shows.")).toEqual(["7 May 2016"]);
    expect(usable("On 1 October 2016 reports of airstrikes hitting a mosque began appearing.")).toEqual([
      "1 October 2016",
    ]);
  });

  it("a day told without a year dates an incident where no publication date gives its year; a dateline's never does", () => {
    const usable = (text: string) =>
      usableDates(text, findDates(text, { start: 0, end: text.length }, null)).map((d) => d.text);
    expect(usable("On August 10, a Turkish drone struck a car near A.")).toEqual(["August 10"]);
    // "(Reuters)", "(AFP)": the agency tag of a dateline; its day is the publication's.
    expect(usable("AMMAN, Jan 14 (Reuters) - Jets struck a hospital in A on Tuesday.")).toEqual([
      "on Tuesday",
    ]);
    expect(usable("BEIRUT, Jan 14 (AFP) - Jets struck a hospital in A on Tuesday.")).toEqual(["on Tuesday"]);
  });
});

describe("weekdays of a text without a publication date", () => {
  const read = (t: string) => findDates(t, { start: 0, end: t.length }, null);

  it("today named by its weekday is that weekday ('today, Monday'); 'this morning' alone is none", () => {
    expect(read("Activists said today, Monday, that shells hit A.").map((d) => d.weekday)).toEqual([1, 1]);
    expect(read("Shells hit A this morning. On Monday B was hit.").map((d) => d.weekday)).toEqual([
      undefined,
      1,
    ]);
  });
});
