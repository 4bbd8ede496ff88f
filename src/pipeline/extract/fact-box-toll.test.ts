/**
 * Fact boxes on invented wording with the fake gazetteer: the box's killed line is the toll of the one
 * claimed place it names, and a governorate in capitals in its location line places that village.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const places = new FakePlaces();
const actors = new FakeActors();
const run = (text: string) => extractIncidents(textReport(text, "2024-03-20"), places, actors).incidents;

const box = (location: string, killed: string) =>
  `Location: ${location}\nFacility: the central clinic\nDate: 4 March 2024\nReported killed: ${killed}\n\n`;

describe("fact boxes", () => {
  it("gives its killed line to the claim at the place it names", () => {
    const [claim] = run(
      `${box("Ihsim", "Two killed (a nurse and a guard)")}On 4 March 2024, the clinic in Ihsim was hit by an airstrike.`,
    );
    expect(claim?.place.mention).toBe("Ihsim");
    expect(claim?.casualties.killed).toEqual({ min: 2, max: 2 });
  });

  it("gives nothing when the box names two claimed places or no dead", () => {
    const two = run(
      `${box("Ihsim and Tall Nar", "Two killed")}On 4 March 2024, airstrikes hit Ihsim and Tall Nar.`,
    );
    expect(two.map((c) => c.casualties.killed)).toEqual([null, null]);
    const none = run(
      `${box("Ihsim", "None reported")}On 4 March 2024, the clinic in Ihsim was hit by an airstrike.`,
    );
    expect(none[0]?.casualties.killed).toBeNull();
  });

  it("does not overwrite the toll the text gives", () => {
    const [claim] = run(
      `${box("Ihsim", "Two killed")}On 4 March 2024, an airstrike on the clinic in Ihsim killed three people.`,
    );
    expect(claim?.casualties.killed).toEqual({ min: 3, max: 3 });
  });

  it("reads a governorate written in capitals as the governorate of the box's village", () => {
    const [claim] = run(
      `${box("ALEPPO : Sarja", "None reported")}On 4 March 2024, the clinic in Sarja was hit by an airstrike.`,
    );
    expect(claim?.place.gazetteerId).toBe("t:4");
    expect(claim?.place.admin1).toBe("Aleppo");
  });
});
