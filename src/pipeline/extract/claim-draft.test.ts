/**
 * Merging claim drafts of one report: one claim per place per day, also when the gazetteer resolved a
 * name once and left it unresolved another time.
 */
import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { mergeDrafts, type ClaimDraft } from "./claim-draft.js";
import type { DateMention } from "./dates/find-dates.js";
import type { ResolvedPlace } from "./resolved-place.js";

const entry = {
  id: "P1",
  name: "Qarra",
  lat: 34.15,
  lon: 36.74,
  kind: "settlement",
} as unknown as PlaceEntry;

function draft(mention: string, resolved: boolean, sentence: number, killed: number | null): ClaimDraft {
  const place = {
    candidate: { start: sentence * 100, end: sentence * 100 + mention.length, mention, role: "plain" },
    sentence,
    role: "settlement",
    entry: resolved ? entry : null,
    regionEntry: null,
    admin1: "Rif Dimashq",
    admin2: null,
    country: "SY",
    precision: resolved ? "settlement" : "unresolved",
    anchor: null,
  } as unknown as ResolvedPlace;
  return {
    eventType: resolved ? "attack" : "missile_strike",
    trigger: null,
    place,
    perpetrators: resolved
      ? []
      : [{ actorId: "IL_MIL", name: "Israel", mention: "Israeli", role: "primary", start: 0, end: 7 }],
    targets: [],
    victimGroups: [],
    doubleTap: null,
    groupId: null,
    casualties:
      killed === null
        ? null
        : {
            killed: { min: killed, max: killed },
            injured: null,
            unspecified: null,
            scope: "incident",
            text: "four",
            start: 0,
            end: 4,
            update: false,
          },
    date: null,
    attributedTo: [],
    modality: "reported",
    sentence,
  };
}

/** A date mention as find-dates.ts reads it, with only the fields merging looks at filled. */
function dated(d: Partial<DateMention> & Pick<DateMention, "precision">): DateMention {
  return {
    start: 0,
    end: 1,
    text: "",
    startDate: null,
    endDate: null,
    relative: null,
    since: false,
    historical: false,
    ...d,
  };
}
const on = (day: string) => dated({ precision: "day", startDate: day, endDate: day });
/** A weekday in a text without a publication date (0 = Sunday). */
const weekday = (n: number) =>
  dated({ precision: "week", relative: { fromDays: -6, toDays: 0 }, weekday: n });
const today = (n?: number) =>
  dated({
    precision: "day",
    relative: { fromDays: 0, toDays: 0 },
    ...(n === undefined ? {} : { weekday: n }),
  });
const withDate = (d: ClaimDraft, date: DateMention | null): ClaimDraft => ({ ...d, date });

describe("mergeDrafts: one claim per place per day", () => {
  it("folds a month-level claim into the first day told at the place, keeping another day apart", () => {
    const march = dated({ precision: "month", startDate: "2017-03-01", endDate: "2017-03-31" });
    const merged = mergeDrafts([
      withDate(draft("Qarah", true, 0, null), march),
      withDate(draft("Qarah", true, 1, null), on("2017-03-25")),
      withDate(draft("Qarah", true, 2, null), on("2017-03-30")),
    ]);
    expect(merged.map((d) => d.date?.startDate)).toEqual(["2017-03-25", "2017-03-30"]);
  });

  it("an undated claim still takes the day told at its place", () => {
    const merged = mergeDrafts([
      withDate(draft("Qarah", true, 0, null), null),
      withDate(draft("Qarah", true, 1, 4), on("2017-03-25")),
    ]);
    expect(merged.map((d) => d.date?.startDate)).toEqual(["2017-03-25"]);
  });

  it("keeps two weekdays of a text without a publication date apart, and merges the same weekday", () => {
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), weekday(0)),
        withDate(draft("Qarah", true, 1, 4), weekday(4)),
      ]),
    ).toHaveLength(2);
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), weekday(1)),
        withDate(draft("Qarah", true, 1, 4), weekday(1)),
      ]),
    ).toHaveLength(1);
  });

  it("keeps two days told without a year apart, and merges one with the same day told with its year", () => {
    const yearless = (monthDay: string) => dated({ precision: "day", monthDay });
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), yearless("08-06")),
        withDate(draft("Qarah", true, 1, 4), yearless("08-09")),
      ]),
    ).toHaveLength(2);
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), yearless("08-06")),
        withDate(draft("Qarah", true, 1, 4), yearless("08-06")),
      ]),
    ).toHaveLength(1);
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), on("2022-08-06")),
        withDate(draft("Qarah", true, 1, 4), yearless("08-06")),
      ]),
    ).toHaveLength(1);
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), on("2022-08-06")),
        withDate(draft("Qarah", true, 1, 4), yearless("08-09")),
      ]),
    ).toHaveLength(2);
  });

  it("a weekday is not today, unless the text names today by that weekday", () => {
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), weekday(1)),
        withDate(draft("Qarah", true, 1, 4), today()),
      ]),
    ).toHaveLength(2);
    expect(
      mergeDrafts([
        withDate(draft("Qarah", true, 0, null), weekday(1)),
        withDate(draft("Qarah", true, 1, 4), today(1)),
      ]),
    ).toHaveLength(1);
  });

  it("a day does not give way to a weekday's wider window", () => {
    const merged = mergeDrafts([
      withDate(draft("Qarah", true, 0, null), weekday(1)),
      withDate(
        draft("Qarah", true, 1, 4),
        dated({ precision: "day", relative: { fromDays: -1, toDays: -1 } }),
      ),
    ]);
    expect(merged.map((d) => d.date?.weekday)).toEqual([1]);
  });
});

describe("mergeDrafts", () => {
  it("merges a name resolved once and unresolved another time into one claim", () => {
    const merged = mergeDrafts([draft("Qarah", true, 0, 4), draft("Qarah", false, 1, null)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.eventType).toBe("missile_strike");
    expect(merged[0]!.perpetrators.map((p) => p.actorId)).toEqual(["IL_MIL"]);
    expect(merged[0]!.casualties?.killed).toEqual({ min: 4, max: 4 });
  });

  it("merges two transliterations of one unresolved name (glides, digraph h)", () => {
    const merged = mergeDrafts([
      draft("Khan Shaykhoun", false, 0, null),
      draft("Khan Shaykoun", false, 1, 4),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.casualties?.killed).toEqual({ min: 4, max: 4 });
  });

  it("merges two spellings of one unresolved name's closing -ah / -a (Arabic ta marbuta)", () => {
    const pair = (a: string, b: string) =>
      mergeDrafts([draft(a, false, 0, null), draft(b, false, 1, 4)]).length;
    expect(pair("Rumilanah", "Rumilana")).toBe(1);
    expect(pair("Tal Hureyeh", "Tal Hureye")).toBe(1);
    expect(pair("Rumilanah", "Rumilat")).toBe(2);
  });

  it("folds unknown neighbourhoods of one governorate on one day into one claim", () => {
    const quarter = (mention: string, sentence: number) => {
      const d = draft(mention, false, sentence, null);
      return {
        ...d,
        place: { ...d.place, candidate: { ...d.place.candidate, shape: "neighbourhood" } },
      } as ClaimDraft;
    };
    expect(mergeDrafts([quarter("Masaken Zahra", 0), quarter("Al-Sukkari", 1)])).toHaveLength(1);
    // Not neighbourhoods: two unknown villages stay two claims.
    expect(
      mergeDrafts([draft("Masaken Zahra", false, 0, null), draft("Al-Sukkari", false, 1, null)]),
    ).toHaveLength(2);
  });

  it("folds an unknown quarter into its governorate's namesake city told the same day, in either order", () => {
    const day = (d: ClaimDraft, iso: string): ClaimDraft => ({
      ...d,
      date: {
        start: 0,
        end: 6,
        text: iso,
        startDate: iso,
        endDate: iso,
        precision: "day",
        relative: null,
        since: false,
        historical: false,
      },
    });
    const aleppo = { ...entry, id: "P2", name: "Aleppo", admin1: "Aleppo" } as PlaceEntry;
    const city = (iso: string): ClaimDraft => {
      const d = draft("Aleppo", true, 0, 4);
      return day({ ...d, place: { ...d.place, entry: aleppo, admin1: "Aleppo" } }, iso);
    };
    const quarter = (iso: string): ClaimDraft => {
      const d = draft("Saleheen", false, 1, null);
      const candidate = { ...d.place.candidate, shape: "neighbourhood" };
      return day({ ...d, place: { ...d.place, candidate, admin1: "Aleppo" } } as ClaimDraft, iso);
    };
    for (const list of [
      [city("2016-07-09"), quarter("2016-07-09")],
      [quarter("2016-07-09"), city("2016-07-09")],
    ]) {
      const merged = mergeDrafts(list);
      expect(merged.map((d) => d.place.entry?.name)).toEqual(["Aleppo"]);
      expect(merged[0]!.perpetrators.map((p) => p.actorId)).toEqual(["IL_MIL"]);
    }
    // Another day: another attack.
    expect(mergeDrafts([city("2016-07-09"), quarter("2016-07-10")])).toHaveLength(2);
  });

  it("keeps different names apart", () => {
    expect(mergeDrafts([draft("Qarah", true, 0, 4), draft("Sarja", false, 1, null)])).toHaveLength(2);
  });
});
