/**
 * The victims' home town (where they come from or live) places an attack the text tells without any
 * other place, and only then.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const mentions = (text: string) =>
  extractIncidents(textReport(text, "2024-05-01"), deps.places, deps.actors).incidents.map(
    (c) => c.place.mention,
  );

describe("the victims' home town", () => {
  it("places an attack told with no place of its own", () => {
    expect(mentions("A civilian from Sarjah town was shot dead by unidentified gunmen on Monday.")).toEqual([
      "Sarjah",
    ]);
  });

  it("gives way to a scene the sentence names", () => {
    expect(
      mentions("Two men from the village of Sarjah were killed by shelling on Ahsem on Monday."),
    ).toEqual(["Ahsem"]);
  });

  it("is no scene for an attack told just before, whose victims it names", () => {
    const text =
      "Regime forces shelled Ahsem on Monday. The shelling killed a man from Sarjah and wounded two children.";
    expect(mentions(text)).toEqual(["Ahsem"]);
  });

  it("where a victim lives is their home town too, no scene of its own", () => {
    expect(
      mentions("Regime forces shelled Ahsem on Monday, killing Ahmad Khalil, a native of Sarjah."),
    ).toEqual(["Ahsem"]);
    expect(
      mentions(
        "A drone struck a car in Ahsem on Monday, killing two men. One of the dead, a resident of Sarjah, was a commander.",
      ),
    ).toEqual(["Ahsem"]);
    expect(
      mentions(
        "Regime forces shelled Ahsem on Monday, killing a woman. The woman, who lived in Sarjah, had fled there last year.",
      ),
    ).toEqual(["Ahsem"]);
    // Told with no other place, the residence places the attack as an origin does.
    expect(mentions("A civilian who lived in Sarjah town was shot dead by gunmen on Monday.")).toEqual([
      "Sarjah",
    ]);
    // A bare plural "Residents of X" are the people at a scene, not a residence.
    expect(
      mentions(
        "Residents of Sarjah woke to explosions on Monday. Regime forces shelled the town with rockets.",
      ),
    ).toEqual(["Sarjah"]);
  });
});
