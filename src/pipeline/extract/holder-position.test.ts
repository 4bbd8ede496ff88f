/**
 * The attacker's or defender's position (holder-position.ts), on invented wording with the fake
 * gazetteer: a place inside the subject of an attack verb is not the place the attack hit.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";
import { findPlaceCandidates } from "./place-candidates.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const placesOf = (text: string) =>
  extractClaims(textReport(text), deps).incidents.map((c) => c.place.mention);
const roleOf = (s: string, mention: string) =>
  findPlaceCandidates(s, 0, []).find((c) => c.mention === mention)?.role;

describe("a place in the subject of an attack verb", () => {
  it("is where the attacker stands, not the place hit", () => {
    expect(roleOf("Regime forces in Sarja fired two missiles at Ihsim on Monday.", "Sarja")).toBe("aside");
    expect(placesOf("Regime forces in Sarja fired two missiles at Ihsim on Monday.")).toEqual(["Ihsim"]);
    expect(placesOf("On Monday, regime forces on Sarja hill have also shelled Ihsim.")).toEqual(["Ihsim"]);
  });

  it("a place locating the attacker's site inside the subject is the attacker's position too", () => {
    const text =
      "Turkish forces stationed in Qarqur base on the outskirts of Sarja city fired artillery shells on Ihsim.";
    expect(roleOf(text, "Sarja")).toBe("aside");
    expect(placesOf(text)).toEqual(["Ihsim"]);
    expect(placesOf("Regime forces in the village of Sarja shelled Ihsim on Monday.")).toEqual(["Ihsim"]);
  });

  it("a defender's position too, each place of its list", () => {
    const text = "Air defence in Sarja and Tall Nar attempted to stand against the Israeli attack on Monday.";
    expect(roleOf(text, "Sarja")).toBe("aside");
    expect(roleOf(text, "Tall Nar")).toBe("aside");
    expect(placesOf(text)).toEqual([]);
  });

  it("stays the place hit when the forces there were hit, or when no verb of theirs follows", () => {
    expect(placesOf("Regime forces in Sarja were shelled by opposition factions on Monday.")).toEqual([
      "Sarja",
    ]);
    expect(placesOf("Opposition factions shelled regime forces in Sarja on Monday.")).toEqual(["Sarja"]);
  });
});
