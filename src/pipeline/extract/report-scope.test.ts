/**
 * Claims a news or NGO report makes falsely around the incident it tells (issue 8, precision): spans
 * of attacks told with a perfect verb, habits, launch sites held by a party, an earlier attack a clause
 * is timed against, a statement's day, a later day of recovery, and one toll told for two days. Each
 * case is an invented sentence after a told attack, so it shows what the sentence adds.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const claimsOf = (text: string) => extractClaims(textReport(text, "2024-03-05"), deps).incidents;
const placesOf = (text: string) => claimsOf(text).map((c) => c.place.mention);
/** A told attack first (Monday 4 March 2024). */
const TOLD = "Regime forces shelled Tall Nar on Monday, killing three civilians. ";

describe("a span of attacks told with a perfect verb and 'since'", () => {
  it("reads the clause through a list of names to its 'since'", () => {
    expect(
      placesOf(
        TOLD +
          "At least 300 civilians have been killed in air strikes on Ihsim, Sarja and Kafr Nuran since December.",
      ),
    ).toEqual(["Tall Nar"]);
  });

  it("takes any 'since' after a perfect verb as a span's start", () => {
    expect(placesOf(TOLD + "Ihsim has been shelled since the ceasefire collapsed.")).toEqual(["Tall Nar"]);
  });

  it("keeps one day's attack that runs since dawn or since a weekday", () => {
    expect(placesOf("Regime forces have been shelling Ihsim since dawn, killing three.")).toEqual(["Ihsim"]);
    expect(placesOf("Regime forces have been shelling Ihsim since early Monday, killing three.")).toEqual([
      "Ihsim",
    ]);
  });
});

describe("a habit of attacks: a frequency adverb qualifying the trigger", () => {
  it("drops 'shelled almost daily', 'daily shelling'", () => {
    expect(placesOf(TOLD + "Ihsim is shelled almost daily by regime forces.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "The daily shelling of Ihsim has terrified its residents.")).toEqual(["Tall Nar"]);
  });

  it("keeps an attack whose clause names its day, and a daily report", () => {
    expect(placesOf("Regime forces shelled Ihsim on Monday, as they do almost daily.")).toEqual(["Ihsim"]);
    expect(placesOf("The monitor said in its daily report that regime forces shelled Ihsim.")).toEqual([
      "Ihsim",
    ]);
  });

  it("does not reach a frequency word of another trigger's phrase in the clause", () => {
    expect(
      placesOf(
        "Shells fired by regime forces hit Ihsim on Monday, that massacre comes after daily shelling.",
      ),
    ).toEqual(["Ihsim"]);
  });
});

describe("a launch site held by a party", () => {
  it("'fired from regime positions in X' names where the fire came from", () => {
    expect(placesOf(TOLD + "The shells were fired from regime positions in Ihsim.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "The rockets were launched from Turkish army bases in Ihsim.")).toEqual([
      "Tall Nar",
    ]);
  });
});

describe("an earlier attack a clause is timed against", () => {
  it("'came two weeks after jets bombed X', whatever trigger the claim took", () => {
    expect(placesOf(TOLD + "The attack came two weeks after Russian jets bombed Ihsim.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("keeps it when a day follows the place", () => {
    expect(
      placesOf(TOLD + "The attack came a day after Russian jets bombed Ihsim on Sunday, killing two.").sort(),
    ).toEqual(["Ihsim", "Tall Nar"]);
  });
});

describe("a statement's day (condemned, denounced) dates no attack", () => {
  it("'On Tuesday, the UN condemned the strike on X' adds no attack on Tuesday", () => {
    const claims = claimsOf(
      "Russian jets bombed Tall Nar on Monday, killing four civilians. On Tuesday, the UN condemned the strike on Tall Nar.",
    );
    expect(claims.map((c) => c.date.start)).toEqual(["2024-03-04"]);
  });
});

describe("a later day of recovery or a toll update at the attack's place", () => {
  it("keeps the attack's day and takes the update", () => {
    const claims = claimsOf(
      "Russian jets bombed Tall Nar on Monday evening, killing four civilians. Rescuers were still pulling bodies from the rubble in Tall Nar on Tuesday, when the toll rose to seven.",
    );
    expect(claims.map((c) => [c.date.start, c.casualties.killed?.min])).toEqual([["2024-03-04", 7]]);
  });
});

describe("one toll told for the days of a list", () => {
  it("is a group toll, not each day's", () => {
    const claims = claimsOf(
      "Russian jets bombed Tall Nar on Monday, killing four civilians. The strike was the third on Tall Nar this month, after raids on 1 March and 2 March that killed six.",
    );
    const byDay = new Map(claims.map((c) => [c.date.start, c.casualties]));
    expect(byDay.get("2024-03-04")?.killed?.min).toBe(4);
    expect(byDay.get("2024-03-01")?.scope).toBe("group");
    expect(byDay.get("2024-03-02")?.scope).toBe("group");
  });
});

describe("an attack an earlier piece of work examined", () => {
  it("'has previously investigated the attack on X' tells no attack", () => {
    expect(
      placesOf(TOLD + "The Archive has previously investigated the attack on the market of Ihsim."),
    ).toEqual(["Tall Nar"]);
  });
});

describe("a place outside the clause of 'the attack' already told", () => {
  it("before the attack named as a time", () => {
    expect(
      placesOf(TOLD + "A fixed-wing aircraft was seen circling over Ihsim shortly before the attack."),
    ).toEqual(["Tall Nar"]);
  });

  it("after the attack, past a comma", () => {
    expect(
      placesOf(
        TOLD + "The attack forced the hospital to close, leaving the nearest functioning hospital in Ihsim.",
      ),
    ).toEqual(["Tall Nar"]);
  });

  it("keeps a place in the attack's own phrase", () => {
    expect(placesOf(TOLD + "The attack on Ihsim went on for an hour.").sort()).toEqual(["Ihsim", "Tall Nar"]);
  });
});

describe("a publication dated a number of years ago", () => {
  it("'In a report published two years ago, X documented air strikes on A' is a cited past", () => {
    expect(
      placesOf(
        TOLD + "In a report published two years ago, the observatory documented air strikes on Ihsim.",
      ),
    ).toEqual(["Tall Nar"]);
  });
});

describe("an earlier attack timed by a count of days in words", () => {
  it("'ten days after jets bombed A'", () => {
    expect(placesOf(TOLD + "The attack came ten days after Russian jets bombed Ihsim.")).toEqual([
      "Tall Nar",
    ]);
  });
});

describe("conditionals and questions", () => {
  it("an inverted 'were … to' clause and 'should' tell no attack", () => {
    expect(placesOf(TOLD + "Were regime forces to shell Ihsim, thousands would flee.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Should the shelling of Ihsim resume, aid groups will leave.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("'were … due to' is no conditional", () => {
    expect(
      placesOf("Two civilians were injured due to an attack by gunmen on farmers in Ihsim on Monday."),
    ).toEqual(["Ihsim"]);
  });

  it("an indirect question ('asked whether')", () => {
    expect(
      placesOf(TOLD + "Asked whether jets had also bombed Ihsim, the spokesman declined to comment."),
    ).toEqual(["Tall Nar"]);
  });
});

describe("the earlier attack a superlative is measured since", () => {
  it("'the heaviest since jets bombed A in January'", () => {
    expect(placesOf(TOLD + "The shelling was the heaviest since jets bombed Ihsim in January.")).toEqual([
      "Tall Nar",
    ]);
  });
});
