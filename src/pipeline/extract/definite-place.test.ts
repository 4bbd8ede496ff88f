/**
 * "The town" opening a sentence (or "in the city centre" placing it) that tells an attack without a
 * place takes up the nearest settlement named before as a town (or city).
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const claims = (text: string) =>
  extractIncidents(textReport(text, "2022-05-23"), deps.places, deps.actors).incidents.map(
    (c) => `${c.place.mention} ${c.date.start}`,
  );

describe("a definite 'the town' as the attack's place", () => {
  it("is the settlement named before as a town, in an earlier paragraph too", () => {
    const text =
      "Sarjah, a town of about 7,000, lies south of Ahsem.\n\n" +
      "The town was last targeted in heavy shelling by regime forces on 4 April.";
    expect(claims(text)).toEqual(["Sarjah 2022-04-04"]);
    expect(claims("Displaced families reached the town of Sarjah. The town was shelled on 4 April.")).toEqual(
      ["Sarjah 2022-04-04"],
    );
  });

  it("'in the city centre' places an attack told without a place too, at the city named before as one, by a later bare mention of it", () => {
    const text =
      "On Sunday, a car bomb exploded in the market in the centre of the city of Sarjah.\n\n" +
      "The explosion occurred near the bus station. Activists said that civilians had died.\n\n" +
      "No group claimed the blast, but Sarjah has seen more such blasts. " +
      "On 4 April, a motorcycle exploded on a busy street in the city centre, killing four civilians.";
    expect(claims(text)).toContain("Sarjah 2022-04-04");
  });

  it("is no settlement named without its kind word, nor one of another kind", () => {
    expect(
      claims("Sarjah lies south of Ahsem.\n\nThe town was shelled by regime forces on 4 April."),
    ).toEqual([]);
    expect(
      claims("Sarjah, a village of farmers, lies south of Ahsem.\n\nThe town was shelled on 4 April."),
    ).toEqual([]);
  });
});
