import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const placesOf = (text: string, publishedAt: string | null) =>
  extractClaims(textReport(text, publishedAt), deps).incidents.map((c) => c.place.mention);

describe("claims dated only to a past period", () => {
  it("a year told relative to publication ('last year', 'earlier this year') is a period too", () => {
    const told = "Regime warplanes bombed the market of Ihsim on 3 June 2024, killing five people. ";
    expect(placesOf(told + "Earlier this year, a strike on Tall Nar killed 12.", "2024-06-04")).toEqual([
      "Ihsim",
    ]);
    expect(
      placesOf(told + "Last year, 40 civilians were killed in shelling on Tall Nar.", "2024-06-04"),
    ).toEqual(["Ihsim"]);
  });

  it("a year reaching back well before publication is a period, not an incident's day", () => {
    const text =
      "Regime warplanes bombed the market of Ihsim on 3 March 2024, killing five people. " +
      "Chemical attacks were recorded most often in Tall Nar in 2024.";
    expect(placesOf(text, "2024-12-13")).toEqual(["Ihsim"]);
  });

  it("a span of years sums up a period, even one that runs to publication", () => {
    const text =
      "Regime warplanes bombed the market of Ihsim on 3 March 2024, killing five people. " +
      "Between 2019-2024 the frontline of Tall Nar saw 12 chemical attacks.";
    expect(placesOf(text, "2024-03-05")).toEqual(["Ihsim"]);
    expect(placesOf(text.replace("2019-2024", "2019 - 2024"), "2024-03-05")).toEqual(["Ihsim"]);
  });

  it("two dates bounding a period are the period, not the first one's day", () => {
    const text = "Regime warplanes bombed the hospital in Ihsim between 3 January 2024 and 5 February 2024.";
    const claims = extractClaims(textReport(text, "2024-02-20"), deps).incidents;
    expect(claims.map((c) => [c.place.mention, c.date.start, c.date.end])).toEqual([
      ["Ihsim", "2024-01-03", "2024-02-05"],
    ]);
    const cited =
      "The timeline lists the attacks between September 29th 2023 | March 31st 2024.\n\n## Videos\n\n" +
      "One removed video shows an attack on the hospital of Ihsim by regime warplanes.";
    expect(placesOf(cited, "2024-06-13")).toEqual([]);
  });

  it("a past month in which the report tells no day is a citation of the past", () => {
    const text = "Regime forces shelled the village of Sarja in January 2024, killing two civilians.";
    expect(placesOf(text, "2024-06-05")).toEqual([]);
  });

  it("keeps a month that sums up days the report tells, and a news report's month of publication", () => {
    const summary =
      "Regime forces shelled the village of Sarja twice in January 2024. The shells fell on 3 January and on 9 January.";
    expect(placesOf(summary, "2024-06-05")).toContain("Sarja");
    const news = "Regime forces shelled the village of Sarja in March 2024, killing two civilians.";
    expect(placesOf(news, "2024-03-20")).toEqual(["Sarja"]);
  });
});

describe("a place told only within a window, beside an incident told on a day", () => {
  const today = "Regime warplanes bombed the market of Ihsim on Wednesday, killing five people. ";
  it("is a recap of an earlier event ('in mid-October', 'a few days ago') or a summary ('this week')", () => {
    expect(
      placesOf(today + "An Israeli strike in mid-October killed nine fighters near Sarja.", "2024-11-20"),
    ).toEqual(["Ihsim"]);
    expect(placesOf(today + "Warplanes bombed Sarja a few days ago.", "2024-11-20")).toEqual(["Ihsim"]);
    expect(placesOf(today + "This week Sarja bore the brunt of the regime shelling.", "2024-11-20")).toEqual([
      "Ihsim",
    ]);
    // Without a publication date, "this morning" is still a day.
    expect(
      placesOf("Regime shelling hit Ihsim this morning. Warplanes bombed Sarja a few days ago.", null),
    ).toEqual(["Ihsim"]);
  });

  it("stays when it is the report's only time, when it names a weekday, or at a place told on a day", () => {
    expect(placesOf("Warplanes bombed Sarja a few days ago, killing two.", "2024-11-20")).toEqual(["Sarja"]);
    expect(placesOf(today + "Warplanes bombed Sarja on Tuesday.", null)).toEqual(["Ihsim", "Sarja"]);
    expect(placesOf(today + "Warplanes also bombed Ihsim a few days ago.", "2024-11-20")).toEqual([
      "Ihsim",
      "Ihsim",
    ]);
  });
});

describe("a place told only within a past window, beside an undated incident", () => {
  it("is a recap: the undated incident is the report's news", () => {
    const text =
      "Regime shelling on the market of Ihsim killed five people. " +
      "The shelling came after warplanes bombed Sarja a few days ago.";
    expect(placesOf(text, null)).toEqual(["Ihsim"]);
    expect(placesOf(text.replace("a few days ago", "in mid-October"), "2024-11-20")).toEqual(["Ihsim"]);
  });

  it("stays when the window reaches the report's day ('this week') or is the report's only time", () => {
    const text =
      "Regime shelling on the market of Ihsim killed five people. Warplanes bombed Sarja this week.";
    expect(placesOf(text, "2024-11-20")).toEqual(["Ihsim", "Sarja"]);
    expect(placesOf("Warplanes bombed Sarja a few days ago, killing two.", null)).toEqual(["Sarja"]);
  });
});

describe("dates of cited reports", () => {
  it("the date of a report cited as a source is not the date of the attack it documents", () => {
    const text =
      "On 14 November 2023 two attacks hit the area. " +
      "The second, documented in a March 2024 UN OHCHR report, was an airstrike on the market of Ihsim.";
    const claims = extractClaims(textReport(text, "2024-04-20"), deps).incidents;
    expect(claims.map((c) => [c.place.mention, c.date.start])).toEqual([["Ihsim", "2023-11-14"]]);
  });
});

describe("dates of publications named before them", () => {
  it("'its report of 12 March', 'a study published on 3 May' date the publication, not the attack", () => {
    const dates = (text: string) =>
      extractClaims(textReport(text, "2024-04-20"), deps).incidents.map((c) => [
        c.place.mention,
        c.date.start,
      ]);
    const told = "Regime warplanes bombed the hospital in Ihsim on 2 March 2024, killing four people. ";
    expect(
      dates(told + "In its report of 12 March 2024, the commission documented an airstrike on Ihsim."),
    ).toEqual([["Ihsim", "2024-03-02"]]);
    expect(
      dates(
        told + "A study published on 3 April 2024 found that warplanes had bombed the hospital in Ihsim.",
      ),
    ).toEqual([["Ihsim", "2024-03-02"]]);
  });
});

describe("a day and the month around it in one sentence", () => {
  it("the day dates the attack, not the month that holds it", () => {
    const text =
      "Ten cluster munition attacks hit the area in July 2024, starting with a 7 July attack on the village of Ihsim.";
    const claims = extractClaims(textReport(text, "2024-08-20"), deps).incidents;
    expect(claims.map((c) => [c.place.mention, c.date.start, c.date.end])).toEqual([
      ["Ihsim", "2024-07-07", "2024-07-07"],
    ]);
  });
});

describe("attacks found by an earlier publication", () => {
  it("an undated attack in the sentence of a report dated well before this one is its finding", () => {
    const told = "Regime warplanes bombed the market of Tall Nar on 3 March 2024, killing five people.\n\n";
    const cited = "In its report of 12 March 2023, the commission documented an airstrike on Ihsim.";
    expect(placesOf(told + cited, "2024-03-05")).toEqual(["Tall Nar"]);
    expect(placesOf(told + cited.replace("2023", "2024"), "2024-03-20")).toEqual(["Tall Nar", "Ihsim"]);
  });
});

describe("attacks given as examples of a kind", () => {
  it("an undated attack introduced by 'such as' or 'including' illustrates; a dated one is told", () => {
    const text =
      "Regime warplanes bombed the market of Tall Nar on 3 March 2024, killing five people.\n\n" +
      "Violations were also documented against protected objects, such as the attack that targeted a humanitarian convoy in Ihsim.";
    expect(placesOf(text, "2024-03-05")).toEqual(["Tall Nar"]);
    const dated =
      "Violations were also documented against protected objects, such as the attack that targeted a humanitarian convoy in Ihsim on 1 March 2024.";
    expect(placesOf(dated, "2024-03-05")).toEqual(["Ihsim"]);
  });
});

describe("attacks given as examples of a kind (list verbs and openers)", () => {
  it("an undated attack that a list of violations includes, or that a sentence opens as an example", () => {
    const told = "Regime warplanes bombed the market of Tall Nar on 3 March 2024, killing five people.\n\n";
    const included =
      "These violations include unlawful attacks against civilians in Ihsim. They are documented in the dataset.";
    expect(placesOf(told + included, "2024-03-05")).toEqual(["Tall Nar"]);
    const opener =
      "For example, a video showing an airstrike on the village of Ihsim is geolocated with satellite images.";
    expect(placesOf(told + opener, "2024-03-05")).toEqual(["Tall Nar"]);
    expect(placesOf(told + opener.replace("For example, a", "A"), "2024-03-05")).toEqual([
      "Tall Nar",
      "Ihsim",
    ]);
  });
});

describe("the lead's date", () => {
  it("a first sentence that opens a paragraph takes no date from a later sentence's other attack", () => {
    const text = "Regime forces shelled Tall Nar. Regime warplanes bombed Ihsim on 3 March 2024.";
    const dates = extractClaims(textReport(text, "2024-03-05"), deps).incidents.map((c) => [
      c.place.mention,
      c.date.start,
    ]);
    expect(dates).toEqual([
      ["Tall Nar", null],
      ["Ihsim", "2024-03-03"],
    ]);
  });

  it("a headline line still takes the lede's date", () => {
    const text =
      "Regime forces shell Tall Nar\n\nRegime forces shelled Tall Nar on 3 March 2024, killing two.";
    const claims = extractClaims(textReport(text, "2024-03-05"), deps).incidents;
    expect(claims.map((c) => [c.place.mention, c.date.start])).toEqual([["Tall Nar", "2024-03-03"]]);
  });
});
