/**
 * A second attack told on a day of its own without a place ("Later on August 9, another strike killed
 * four") happened where the attack just told did; a sentence giving that attack's toll gives its day too.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const claims = (text: string) =>
  extractIncidents(textReport(text, "2022-08-20"), new FakePlaces(), new FakeActors()).incidents.map(
    (c) => `${c.place.mention} ${c.date.start} ${c.casualties.killed?.min ?? "-"}`,
  );

describe("another attack on a day of its own", () => {
  it("is a claim at the place of the attack just told, with its own toll", () => {
    expect(
      claims(
        "A Turkish drone struck Ihsim on 6 August, killing three civilians. On 9 August, another strike killed four fighters.",
      ),
    ).toEqual(["Ihsim 2022-08-06 3", "Ihsim 2022-08-09 4"]);
  });

  it("told on the same day, it is the same incident", () => {
    expect(
      claims(
        "A Turkish drone struck Ihsim on 6 August, killing three civilians. On 6 August, another strike killed four fighters.",
      ),
    ).toHaveLength(1);
  });

  it("after an undated summary of strikes on a place, the toll's sentence dates the first and the second is its own", () => {
    expect(
      claims(
        "Two Turkish drone strikes targeted Ihsim. A strike on 6 August killed three civilians. Later on 9 August, another strike killed four fighters.",
      ),
    ).toEqual(["Ihsim 2022-08-06 3", "Ihsim 2022-08-09 4"]);
  });
});
