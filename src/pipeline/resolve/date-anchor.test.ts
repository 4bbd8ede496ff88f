/** Date anchors: relative phrases resolved against the publication date, the report's or its URL's. */
import { describe, expect, it } from "vitest";
import type { IncidentClaim } from "../../domain/claim.js";
import { dateAnchor, namedWeekday, undatedReach, weekdayFits, withinReach } from "./date-anchor.js";
import { dateInUrl, publicationDate } from "./publication-date.js";
import { prepareClaims } from "./prepare-claims.js";
import { resolveIncidents } from "./index.js";
import { contextOf, deps, registry, toClaim, type ReportSpec } from "./__fixtures__/claims.js";

const WEEK = { fromDays: -6, toDays: 0 };
const relative = (text: string | null, window = WEEK): IncidentClaim["date"] => ({
  start: null,
  end: null,
  precision: "week",
  text,
  relative: window,
});

describe("dateAnchor", () => {
  it("resolves a weekday against the publication date to the one such day of the week before", () => {
    // 2023-06-25 was a Sunday, 2022-05-11 a Wednesday.
    expect(dateAnchor(relative("early Sunday"), "2023-06-25")).toEqual({
      layer: "day",
      from: "2023-06-25",
      to: "2023-06-25",
      basis: "relative",
    });
    expect(dateAnchor(relative("on Monday night"), "2022-05-11")).toMatchObject({
      layer: "day",
      from: "2022-05-09",
    });
    expect(dateAnchor(relative("on Thursday"), "2022-05-11")).toMatchObject({ from: "2022-05-05" });
  });

  it("keeps the window when the phrase names no weekday, two of them, or the window holds two", () => {
    expect(dateAnchor(relative("last week"), "2022-05-11")).toMatchObject({
      layer: "window",
      from: "2022-05-05",
      to: "2022-05-11",
    });
    expect(dateAnchor(relative("on Monday and Tuesday"), "2022-05-11")).toMatchObject({ layer: "window" });
    expect(dateAnchor(relative("on Monday", { fromDays: -13, toDays: 0 }), "2022-05-11")).toMatchObject({
      layer: "window",
      from: "2022-04-28",
    });
  });

  it("leaves a relative phrase undated without a publication date", () => {
    expect(dateAnchor(relative("on Sunday"), null)).toMatchObject({ layer: "undated", basis: "none" });
  });

  it("reads only whole weekday names", () => {
    expect(namedWeekday("Sundays market")).toBeNull();
    expect(namedWeekday("SUNDAY morning")).toBe(0);
  });
});

describe("publicationDate", () => {
  it("prefers the report's own date, else a real calendar day in the URL path", () => {
    expect(publicationDate({ publishedAt: "2021-09-08", url: "https://x.org/2020/1/2/a" })).toEqual({
      date: "2021-09-08",
      from: "report",
    });
    expect(dateInUrl("https://www.aljazeera.com/news/2023/6/25/nine-killed-in-idlib")).toBe("2023-06-25");
    expect(dateInUrl("https://www.stripes.com/theaters/middle_east/2023-06-25/syria-strike-1.html")).toBe(
      "2023-06-25",
    );
    expect(dateInUrl("https://news.example.org/2022/02/03/")).toBe("2022-02-03");
  });

  it("finds no date in ids, queries, impossible days or text that is no URL", () => {
    expect(dateInUrl("https://npasyria.com/en/85010/?d=2022/10/03/")).toBeNull();
    expect(dateInUrl("https://www.syriahr.com/en/303492/")).toBeNull();
    expect(dateInUrl("https://x.org/2023/2/30/story")).toBeNull();
    expect(dateInUrl("https://x.org/2023/12/story")).toBeNull();
    expect(dateInUrl("not a url /2023/6/25/")).toBeNull();
    expect(dateInUrl(null)).toBeNull();
  });
});

describe("claims dated only by a weekday and the URL's publication date", () => {
  const told = (spec: Pick<ReportSpec, "id" | "publisher" | "url">, text: string, killed: number) =>
    prepareClaims(
      contextOf({ ...spec, claims: [] }),
      [{ ...toClaim({ place: "ariha", killed: [killed, killed] }, []), date: relative(text) }],
      { sources: registry, nameKey: (name) => name.toLowerCase() },
    ).map((claim) => ({ ...claim, incidentId: null, pinned: false, affected: true, match: null }));

  it("are dated to the day, say where the date came from, and two outlets' reports merge", () => {
    const a = told(
      { id: "aj", publisher: "Al Jazeera", url: "https://www.aljazeera.com/news/2023/6/25/strike" },
      "on Sunday",
      9,
    );
    const b = told(
      { id: "ap", publisher: "AP", url: "https://www.stripes.com/theaters/2023-06-25/syria-strike.html" },
      "early Sunday",
      8,
    );
    expect(a[0]?.anchor).toEqual({
      layer: "day",
      from: "2023-06-25",
      to: "2023-06-25",
      basis: "relative",
      publishedFrom: "url",
    });
    const incidents = resolveIncidents(
      { claims: [...a, ...b], incidents: [], now: "2025-01-01T00:00:00Z" },
      deps,
    ).incidents;
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.casualties.killed).toEqual({ min: 8, max: 9, point: 8 });
  });

  it("stay undated, and apart, when neither the page nor the URL gives a publication date", () => {
    const a = told(
      { id: "sohr", publisher: "SOHR", url: "https://www.syriahr.com/en/302531/" },
      "on Sunday",
      9,
    );
    const b = told({ id: "npa", publisher: "North Press Agency", url: null }, "on Sunday", 9);
    expect(a[0]?.anchor.layer).toBe("undated");
    const incidents = resolveIncidents(
      { claims: [...a, ...b], incidents: [], now: "2025-01-01T00:00:00Z" },
      deps,
    ).incidents;
    expect(incidents).toHaveLength(2);
  });
});

describe("undatedReach", () => {
  const none = dateAnchor({ start: null, end: null, precision: "unknown", text: null, relative: null }, null);
  const wide = (start: string, end: string) =>
    dateAnchor({ start, end, precision: "window", text: null, relative: null }, null);
  const day = (d: string) => ({ layer: "day" as const, from: d, to: d, basis: "stated" as const });

  it("reaches a stated window's own days up to a year, and is unbounded otherwise", () => {
    expect(undatedReach(wide("2019-01-01", "2019-12-31"))).toEqual({ from: "2019-01-01", to: "2019-12-31" });
    expect(undatedReach(wide("2012-01-01", "2014-12-31"))).toBeNull();
    expect(undatedReach(none)).toBeNull();
    expect(undatedReach(wide("2019-01-01", "2019-01-07"))).toBeNull();
  });

  it("holds a dated anchor that shares a day with the reach, and any dated anchor without one", () => {
    const reached = { ...wide("2024-02-01", "2024-05-01"), reach: { from: "2024-02-01", to: "2024-05-01" } };
    expect(withinReach(reached, day("2024-02-01"))).toBe(true);
    expect(withinReach(reached, day("2024-01-31"))).toBe(false);
    expect(withinReach(reached, { ...day("2024-05-01"), layer: "window", from: "2024-04-28" })).toBe(true);
    expect(withinReach(none, day("2010-03-01"))).toBe(true);
    expect(withinReach(none, none)).toBe(false);
  });
});

describe("weekdayFits", () => {
  const day = (d: string) => ({ layer: "day" as const, from: d, to: d, basis: "stated" as const });
  it("holds an undated weekday to a dated day on that weekday, or a window containing one", () => {
    expect(weekdayFits("on Saturday evening", day("2022-08-06"))).toBe(true);
    expect(weekdayFits("on Saturday evening", day("2022-07-22"))).toBe(false);
    const window = {
      layer: "window" as const,
      from: "2022-07-18",
      to: "2022-07-21",
      basis: "stated" as const,
    };
    expect(weekdayFits("on Tuesday", window)).toBe(true);
    expect(weekdayFits("on Saturday", window)).toBe(false);
  });
  it("leaves claims naming no weekday, or two, free", () => {
    expect(weekdayFits(null, day("2022-07-22"))).toBe(true);
    expect(weekdayFits("between Friday and Saturday", day("2022-07-20"))).toBe(true);
  });
});
