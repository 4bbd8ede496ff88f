import { describe, expect, it } from "vitest";
import { IncidentClaim } from "../../domain/claim.js";
import type { PlaceHints, PlaceMatch } from "../../domain/places.js";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };

/** The fake gazetteer with a city named as its governorate (the fakes have the governorate only). */
class PlacesWithCity extends FakePlaces {
  override findPlaces(mention: string, hints?: PlaceHints): PlaceMatch[] {
    const found = super.findPlaces(mention, hints);
    if (mention.toLowerCase() !== "hama") return found;
    const city = { ...found[0]!.entry, id: "c:hama", kind: "settlement" as const };
    return [{ entry: city, score: 3, matchedBy: "exact" as const }, ...found];
  }
}

function run(text: string, places = deps.places): IncidentClaim[] {
  const out = extractIncidents(textReport(text, "2016-12-01"), places, deps.actors).incidents;
  for (const c of out) {
    IncidentClaim.parse(c);
    for (const e of c.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  }
  return out;
}

const summary = (claims: IncidentClaim[]) =>
  claims.map((c) => `${c.place.mention} ${c.date.start}/${c.date.end} ${c.eventType}`);

describe("incidents told as entries of a list or table", () => {
  it("gives each entry under a heading that names the attack kind a claim of that kind", () => {
    const text = [
      "Documented Chemical Attacks in the North",
      "The team reviewed the videos it holds for each case below.",
      "[a] Sarjah in Idlib governorate, 3 May 2016: four videos.",
      "[b] Tal Nar in Idlib governorate, 9 June 2016: two videos.",
    ].join("\n\n");
    const claims = run(text);
    expect(summary(claims)).toEqual([
      "Sarjah 2016-05-03/2016-05-03 chemical_weapon",
      "Tal Nar 2016-06-09/2016-06-09 chemical_weapon",
    ]);
    const kind = claims[0]!.evidence.find((e) => e.field === "eventType");
    expect(kind?.text.toLowerCase()).toBe("chemical attacks");
    expect(kind!.start).toBeLessThan(text.indexOf("[a]"));
  });

  it("gives nothing for the same entries under a heading that names no attack", () => {
    const text = [
      "Places Our Reporters Visited",
      "The team reviewed the videos it holds for each case below.",
      "[a] Sarjah in Idlib governorate, 3 May 2016: four videos.",
      "[b] Tal Nar in Idlib governorate, 9 June 2016: two videos.",
    ].join("\n\n");
    expect(run(text)).toEqual([]);
  });

  it("takes the kind from a lead-in and keeps both days of a range", () => {
    const text =
      "The panel confirmed the following barrel bomb attacks:\n\n" +
      "1) Bir Hamra, 12 - 13 March 2015.\n\n2) Marj Tahun, 20 March 2015.";
    const claims = run(text);
    expect(summary(claims)).toEqual([
      "Bir Hamra 2015-03-12/2015-03-13 barrel_bomb",
      "Marj Tahun 2015-03-20/2015-03-20 barrel_bomb",
    ]);
  });

  it("reads incidents recorded one by one after a sentence counting incidents of a kind", () => {
    const text =
      "The archive identified 5 incidents involving barrel bombs in May 2016. " +
      "An incident was identified on 3 May in Sarjah. The team verified one video of it. " +
      "On 14 May and 16 May, two more incidents occurred in Tal Nar.";
    expect(summary(run(text))).toEqual([
      "Sarjah 2016-05-03/2016-05-03 barrel_bomb",
      "Tal Nar 2016-05-14/2016-05-14 barrel_bomb",
      "Tal Nar 2016-05-16/2016-05-16 barrel_bomb",
    ]);
  });

  it("pairs each place with the day told just before it", () => {
    const text =
      "The archive identified 4 incidents involving barrel bombs in May 2016. " +
      "The second incident occurred on 3 May in Sarjah and the third on 5 May in Bir Hamra.";
    expect(summary(run(text))).toEqual([
      "Sarjah 2016-05-03/2016-05-03 barrel_bomb",
      "Bir Hamra 2016-05-05/2016-05-05 barrel_bomb",
    ]);
  });

  it("gives a single known place only its own day when the days belong to separate entries", () => {
    const text =
      "The archive identified 4 incidents involving barrel bombs in May 2016. " +
      "The second incident occurred on 3 May near the old market and the third on 5 May in Bir Hamra.";
    expect(summary(run(text))).toEqual(["Bir Hamra 2016-05-05/2016-05-05 barrel_bomb"]);
  });

  it("gives nothing when 'respectively' pairs days and places whose numbers differ", () => {
    const text = [
      "Barrel Bomb Attacks",
      "The team reviewed the videos it holds for each case below.",
      "Each video was checked against satellite imagery.",
      "Some cases are told by several videos.",
      "[a] On 3 May, 4 May and 5 May 2016, incidents occurred in Sarjah and Qartaba district, respectively.",
    ].join("\n\n");
    expect(run(text)).toEqual([]);
  });

  it("gives nothing when the kind is named only beyond a heading", () => {
    const text = [
      "Barrel Bomb Attacks",
      "Barrel bombs have been dropped on many towns since 2013.",
      "Field Visits",
      "[a] Sarjah in Idlib governorate, 3 May 2016.",
      "[b] Tal Nar in Idlib governorate, 9 June 2016.",
    ].join("\n\n");
    expect(run(text)).toEqual([]);
  });

  it("codes an unknown quarter of a city named as its governorate to the city", () => {
    const text = [
      "Documented Chemical Attacks in the North",
      "The team reviewed the videos it holds for each case below.",
      "[a] By regime forces in the Qusour district of Hama on 10 August 2016.",
    ].join("\n\n");
    const claims = run(text, new PlacesWithCity());
    expect(claims.map((c) => [c.place.gazetteerId, c.place.mention, c.date.start])).toEqual([
      ["c:hama", "Hama", "2016-08-10"],
    ]);
    expect(claims[0]!.perpetrators[0]?.actorId).toBe("SY_GOV_ASSAD");
  });

  it("codes an unnamed quarter of the city, and a quarter told alone after the city, to the city", () => {
    const text =
      "The archive identified 4 incidents involving barrel bombs in Hama in May 2016. " +
      "On 3 May, an incident was identified in an undetermined neighbourhood of Hama. " +
      "On 5 May, an incident was identified in the Qusour neighbourhood.";
    const claims = run(text, new PlacesWithCity());
    expect(claims.map((c) => [c.place.gazetteerId, c.date.start])).toEqual([
      ["c:hama", "2016-05-03"],
      ["c:hama", "2016-05-05"],
    ]);
    // A known village called a district of the city is the village only.
    const village = run(
      "The archive identified 4 incidents involving barrel bombs in Hama in May 2016. " +
        "On 7 May, an incident was identified in the Bir Hamra district of Hama.",
      new PlacesWithCity(),
    );
    expect(village.map((c) => c.place.mention)).toEqual(["Bir Hamra"]);
    // Without the city named before, a quarter told alone stays what it is.
    const alone = "On 5 May, a barrel bomb hit the Qusour neighbourhood.";
    expect(run(alone, new PlacesWithCity()).map((c) => c.place.mention)).toEqual(["Qusour"]);
  });

  it("pairs days with quarters told alone 'respectively', each quarter standing for the city", () => {
    const text =
      "The archive identified 4 incidents involving barrel bombs in Hama in May 2016. " +
      "On 2 May, an incident was identified in the Qusour district of Hama city. " +
      "On 3 May, 4 May and 5 May, incidents occurred in Bab Qibli district, Qusour district and Qusour district, respectively.";
    const claims = run(text, new PlacesWithCity());
    expect(claims.map((c) => [c.place.gazetteerId, c.date.start])).toEqual([
      ["c:hama", "2016-05-02"],
      ["c:hama", "2016-05-03"],
      ["c:hama", "2016-05-04"],
      ["c:hama", "2016-05-05"],
    ]);
  });

  it("leaves a quarter told alone to a town named before it, and never reads a governorate as its city", () => {
    const ids = (text: string) => run(text, new PlacesWithCity()).map((c) => c.place.gazetteerId);
    expect(
      ids(
        "Barrel bombs hit Hama on 3 May 2016. In the town of Bir Hamra, in Hama governorate, gunmen shot dead two civilians on 5 May 2016 in the Qusour neighbourhood.",
      ),
    ).not.toContain("c:hama");
    expect(
      ids(
        "Clashes spread to the countryside of Hama. On 5 May 2016, gunmen shot dead two civilians in the Qusour neighbourhood.",
      ),
    ).not.toContain("c:hama");
  });

  it("codes an unknown quarter named with its city to the city in a sentence telling its own attack", () => {
    const claims = run(
      "Barrel bombs hit the Qusour neighbourhood in Hama on 26 September 2016.",
      new PlacesWithCity(),
    );
    expect(claims.map((c) => [c.place.gazetteerId, c.place.mention, c.eventType])).toEqual([
      ["c:hama", "Hama", "barrel_bomb"],
    ]);
  });

  it("reads table rows, and a heading's means over a lead-in that names none", () => {
    const text = [
      "Barrel Bomb Attacks in Idlib",
      "The table below lists the attacks we verified.",
      "| Date | Location | Videos |\n|---|---|---|\n| 3 May 2016 | Sarjah | 2 |\n| 9 June 2016 | Tal Nar | 1 |",
    ].join("\n\n");
    expect(summary(run(text))).toEqual([
      "Sarjah 2016-05-03/2016-05-03 barrel_bomb",
      "Tal Nar 2016-06-09/2016-06-09 barrel_bomb",
    ]);
  });
});
