import { describe, expect, it } from "vitest";
import { findDates, statedDaysOf, type DateMention } from "./find-dates.js";

const PUB = "2021-09-08"; // a Wednesday
const run = (s: string, pub: string | null = PUB) => findDates(s, { start: 0, end: s.length }, pub);

type Want = Partial<DateMention> & { text: string };

const cases: [string, string | null, Want][] = [
  [
    "Last year, 40 civilians were killed in shelling on Saraqib",
    PUB,
    { text: "Last year", startDate: "2020-01-01", endDate: "2020-12-31", precision: "unknown" },
  ],
  [
    "Earlier this year, a strike on Hass killed 12",
    PUB,
    { text: "Earlier this year", startDate: "2021-01-01", endDate: PUB, precision: "unknown" },
  ],
  [
    "Hass has been shelled 40 times over the past year",
    PUB,
    { text: "the past year", startDate: "2020-09-08", endDate: PUB, precision: "unknown" },
  ],
  [
    "Earlier this year, a strike on Hass killed 12",
    null,
    { text: "Earlier this year", relative: { fromDays: -365, toDays: 0 } },
  ],
  [
    "attacks in less than 48 hours",
    PUB,
    { text: "in less than 48 hours", startDate: "2021-09-06", endDate: PUB, precision: "window" },
  ],
  [
    "shelling over the past 48 hours",
    PUB,
    { text: "over the past 48 hours", startDate: "2021-09-06", endDate: PUB, precision: "window" },
  ],
  [
    "raids in the last two days",
    PUB,
    { text: "in the last two days", startDate: "2021-09-06", endDate: PUB, precision: "window" },
  ],
  [
    "A strike this morning killed two",
    PUB,
    { text: "this morning", startDate: PUB, endDate: PUB, precision: "day" },
  ],
  [
    "The strike hit Ariha two days ago",
    PUB,
    { text: "two days ago", startDate: "2021-09-06", endDate: "2021-09-06", precision: "day" },
  ],
  [
    "Jets struck Ariha a few days ago",
    PUB,
    { text: "a few days ago", startDate: "2021-09-02", endDate: "2021-09-06", precision: "week" },
  ],
  [
    "Jets struck Ariha several days ago",
    null,
    { text: "several days ago", startDate: null, precision: "week", relative: { fromDays: -6, toDays: -2 } },
  ],
  ["Shelling today hit Ariha", PUB, { text: "today", startDate: PUB, precision: "day" }],
  ["Clashes broke out tonight", PUB, { text: "tonight", startDate: PUB, precision: "day" }],
  [
    "Strikes began shortly after midnight",
    PUB,
    { text: "shortly after midnight", startDate: PUB, precision: "day" },
  ],
  [
    "Warplanes struck yesterday",
    PUB,
    { text: "yesterday", startDate: "2021-09-07", endDate: "2021-09-07", precision: "day" },
  ],
  ["Shelling on Tuesday killed two", PUB, { text: "on Tuesday", startDate: "2021-09-07", precision: "day" }],
  ["Sunday's raid killed three", PUB, { text: "Sunday", startDate: "2021-09-05", precision: "day" }],
  ["The attack on Wednesday", PUB, { text: "on Wednesday", startDate: PUB, precision: "day" }],
  [
    "on Friday night, rockets fell",
    PUB,
    { text: "on Friday night", startDate: "2021-09-03", precision: "day" },
  ],
  [
    "in the early morning of Sunday",
    PUB,
    { text: "early morning of Sunday", startDate: "2021-09-05", precision: "day" },
  ],
  [
    "Raids intensified last week",
    PUB,
    { text: "last week", startDate: "2021-08-30", endDate: "2021-09-05", precision: "week" },
  ],
  [
    "Displacement peaked in May",
    PUB,
    { text: "in May", startDate: "2021-05-01", endDate: "2021-05-31", precision: "month" },
  ],
  [
    "in May 2020 a market was hit",
    PUB,
    { text: "in May 2020", startDate: "2020-05-01", endDate: "2020-05-31", precision: "month" },
  ],
  [
    "On 8 September 2021 the town was shelled",
    PUB,
    { text: "8 September 2021", startDate: "2021-09-08", precision: "day" },
  ],
  [
    "On September 8, 2021 the town was shelled",
    null,
    { text: "September 8, 2021", startDate: "2021-09-08", precision: "day" },
  ],
  ["dated 2021-09-06 in the log", null, { text: "2021-09-06", startDate: "2021-09-06", precision: "day" }],
  ["on 3 September, two died", PUB, { text: "3 September", startDate: "2021-09-03", precision: "day" }],
  ["on 3 December, two died", PUB, { text: "3 December", startDate: "2020-12-03", precision: "day" }],
  [
    "on Monday, 6 September 2021",
    PUB,
    { text: "Monday, 6 September 2021", startDate: "2021-09-06", precision: "day" },
  ],
  [
    "resolution 1/60 of September 16, 2005",
    PUB,
    { text: "September 16, 2005", startDate: "2005-09-16", historical: true },
  ],
  [
    "more than 600 killed since late April",
    PUB,
    { text: "since late April", startDate: "2021-04-21", since: true, precision: "month" },
  ],
  [
    "594 dead since early 2023",
    "2024-03-01",
    { text: "early 2023", since: true, startDate: "2023-01-01", precision: "unknown" },
  ],
  // Unknown publication date: relative windows, never invented dates.
  [
    "attacks in less than 48 hours",
    null,
    { text: "in less than 48 hours", startDate: null, endDate: null, relative: { fromDays: -2, toDays: 0 } },
  ],
  [
    "Warplanes struck yesterday",
    null,
    { text: "yesterday", startDate: null, relative: { fromDays: -1, toDays: -1 } },
  ],
  [
    "Sunday's raid killed three",
    null,
    { text: "Sunday", startDate: null, precision: "week", relative: { fromDays: -6, toDays: 0 } },
  ],
  [
    "Displacement peaked in May",
    null,
    { text: "in May", startDate: null, endDate: null, precision: "month" },
  ],
  [
    "on 3 September, two died",
    null,
    { text: "3 September", startDate: null, endDate: null, precision: "day", monthDay: "09-03" },
  ],
];

describe("findDates", () => {
  it.each(cases)("%s (published %s)", (sentence, pub, want) => {
    const got = run(sentence, pub);
    const hit = got.find((d) => d.text === want.text);
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit).toMatchObject(want);
    for (const d of got) expect(sentence.slice(d.start, d.end)).toBe(d.text);
  });

  it("ignores the verb 'may' and the word 'march' in lowercase", () => {
    expect(run("Civilians may flee; a march was held")).toEqual([]);
  });

  it("marks a recent date as not historical and keeps offsets absolute within a range", () => {
    const text = "Intro text. Shelling on Tuesday hit Sarjah. Outro.";
    const start = text.indexOf("Shelling");
    const got = findDates(text, { start, end: text.indexOf("Outro") }, PUB);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text: "on Tuesday", historical: false, since: false });
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe("on Tuesday");
  });

  it("reads a day told without a year, in a text without a publication date, in the year of a day the text states near it", () => {
    const text =
      "Flash update (as of 6 October 2023). On 5 October, shells hit A. On 28 December, B was hit.";
    const stated = statedDaysOf(text);
    expect(stated).toEqual(["2023-10-06"]);
    const got = findDates(text, { start: 0, end: text.length }, null, () => stated);
    expect(got.find((d) => d.text === "5 October")).toMatchObject({ startDate: "2023-10-05" });
    // Months away from any stated day: its year is not told, only its month and day.
    expect(got.find((d) => d.text === "28 December")).toMatchObject({ startDate: null, monthDay: "12-28" });
  });

  it("reads a stated day across the new year, and never a tally's start as a stated day", () => {
    expect(findDates("on 2 January", { start: 0, end: 12 }, null, () => ["2021-12-30"])[0]).toMatchObject({
      startDate: "2022-01-02",
    });
    expect(statedDaysOf("jailed since 15 July 2016; on 10 August a drone struck A")).toEqual([]);
  });

  it("finds nothing in the seed's 'for nearly ten years'", () => {
    expect(run("the war they have been waging for nearly ten years")).toEqual([]);
  });
});
