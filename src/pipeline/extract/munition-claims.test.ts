import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const claimsOf = (text: string) =>
  extractClaims(textReport(text, "2024-12-05"), deps).incidents.map(
    (c) => `${c.place.mention} ${c.date.start ?? "-"} ${c.eventType}`,
  );

describe("claims of munition-family attacks", () => {
  it("each day of a list before a single place is a claim there (one event per place per day)", () => {
    expect(
      claimsOf("On 4 October and 6 October 2024, two incidents involving cluster bombs occurred in Ihsim."),
    ).toEqual(["Ihsim 2024-10-04 air_strike", "Ihsim 2024-10-06 air_strike"]);
  });

  it("each day of a list told after a single place is a claim there", () => {
    expect(claimsOf("Warplanes bombed Ihsim on 4 October 2024 and again on 6 October 2024.")).toEqual([
      "Ihsim 2024-10-04 air_strike",
      "Ihsim 2024-10-06 air_strike",
    ]);
  });

  it("a day after a place that another place follows is that place's, not a second day of the first", () => {
    expect(
      claimsOf("Warplanes bombed Ihsim on 4 October 2024 and on 6 October 2024 they bombed Sarja."),
    ).not.toContain("Ihsim 2024-10-06 air_strike");
  });

  it("a month-level mention of the place folds into its day-precise attacks instead of swallowing them", () => {
    expect(
      claimsOf(
        "Two air strikes hit Ihsim in October 2024. Warplanes bombed Ihsim on 4 October 2024 and again on 6 October 2024.",
      ),
    ).toEqual(["Ihsim 2024-10-04 air_strike", "Ihsim 2024-10-06 air_strike"]);
  });

  it("days not joined as a list keep a single claim", () => {
    expect(
      claimsOf("On 6 October 2024, a week after the 29 September attack, warplanes bombed Ihsim."),
    ).toHaveLength(1);
  });

  it("a sentence counting a total of incidents is a tally, not an incident of its month", () => {
    expect(
      claimsOf(
        "The archive identified a total of 10 incidents involving cluster bombs in Ihsim during the October 2024 period. The first incident occurred on 4 October within Ihsim.",
      ),
    ).toEqual(["Ihsim 2024-10-04 air_strike"]);
  });
});
