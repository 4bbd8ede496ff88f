/**
 * Claim-level place rules on invented wording with the fake gazetteer: a governorate or region claim
 * is dropped when a settlement claim of the same attack lies inside it.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import type { PlaceHints, PlaceMatch } from "../../domain/places.js";
import { findPlaces } from "./find-places.js";
import { extractClaims } from "./index.js";
import { splitSentences } from "./sentences.js";
import { findPlaceCandidates } from "./place-candidates.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const placesOf = (text: string) =>
  extractClaims(textReport(text), deps).incidents.map((c) => c.place.mention);

describe("coarse claims with a finer twin", () => {
  it("drops a governorate claim when the same kind of attack is placed in one of its villages", () => {
    const text =
      "Opposition factions shelled areas in rural Idlib, killing a fighter.\n\n" +
      "A fighter was killed in artillery shelling by regime forces on the Ihsim axis in southern Idlib.";
    expect(placesOf(text)).toEqual(["Ihsim"]);
  });

  it("keeps the governorate claim when the village lies in another governorate", () => {
    const text =
      "Opposition factions shelled areas in rural Idlib, killing a fighter.\n\n" +
      "Artillery shelling by regime forces hit the village of Bir Hamra in rural Hama.";
    expect(placesOf(text)).toEqual(expect.arrayContaining(["Idlib", "Bir Hamra"]));
  });

  it("keeps the governorate claim when the two death tolls cannot be one attack's", () => {
    const text =
      "Opposition factions shelled rural Idlib, killing four people.\n\n" +
      "Regime forces shelled the village of Ihsim, killing nine people.";
    expect(placesOf(text)).toEqual(expect.arrayContaining(["Idlib", "Ihsim"]));
  });

  it("drops a region claim only when the village lies inside the region", () => {
    const inside =
      "Regime shelling killed five people in the village of Ihsim in Jabal Wardi. " +
      "Opposition factions shelled Jabal Wardi numerous times.";
    expect(placesOf(inside)).toEqual(["Ihsim"]);
    const outside =
      "Regime shelling killed five people in the village of Bir Hamra in rural Hama. " +
      "Opposition factions shelled Jabal Wardi numerous times.";
    expect(placesOf(outside)).toContain("Jabal Wardi");
  });
});

describe("a town's countryside with a finer twin", () => {
  it("drops the countryside of a town when the same attack is placed in a village near it", () => {
    const text =
      "A drone struck a poultry farm in the countryside of the city of Ihsim on Saturday, injuring three women. " +
      "Local sources said the drone targeted the farm near the village of Sarja in the eastern countryside of Ihsim.";
    expect(placesOf(text)).toEqual(["Sarja"]);
  });

  it("keeps the countryside of a town when the village lies far from it", () => {
    const text =
      "A drone struck a poultry farm in the countryside of the city of Ihsim on Saturday, injuring three women. " +
      "Another drone targeted a car in the village of Bir Hamra.";
    expect(placesOf(text)).toEqual(["Ihsim", "Bir Hamra"]);
  });

  it("'the countryside of A and B' names two areas: B locates the villages as A does", () => {
    const text =
      "Turkish forces shelled the villages of Sarja and Tell Kharruba in the countryside of Tall Nar and Ihsim.";
    expect(placesOf(text)).toEqual(["Sarja", "Tell Kharruba"]);
    // A listed name placed on its own is the list's next item, not part of the area.
    const own =
      "Turkish forces shelled Sarja in the countryside of Tall Nar and Ihsim village in Jabal Wardi.";
    const roles = findPlaceCandidates(own, 0, []).map((c) => [c.mention, c.role]);
    expect(roles).toContainEqual(["Ihsim", "place"]);
  });

  it("the town told too, not only its countryside, keeps its claim beside the village", () => {
    const text =
      "Turkish shelling on the countryside of Ihsim continued on Monday. " +
      "Turkish shelling also hit the vicinity of Ihsim town and the village of Sarja.";
    expect(placesOf(text)).toEqual(expect.arrayContaining(["Ihsim", "Sarja"]));
  });
});

describe("a town with a finer twin", () => {
  const lead = "On Monday evening, four people were wounded in a Turkish shelling of Ihsim town. ";
  it("drops the town when a village the text locates by it counts the same victims", () => {
    const text = `${lead}Four people were wounded in the village of Qumaytan, west of Ihsim, by Turkish artillery shells.`;
    expect(placesOf(text)).toEqual(["Qumaytan"]);
  });

  it("keeps both when the village counts other victims", () => {
    const text = `${lead}Two people were wounded in the village of Qumaytan, west of Ihsim, by Turkish artillery shells.`;
    expect(placesOf(text)).toEqual(["Ihsim", "Qumaytan"]);
  });
});

describe("names that are no incident place", () => {
  const shapeOf = (s: string, mention: string) =>
    findPlaceCandidates(s, 0, []).find((c) => c.mention === mention)?.shape;

  it("a compass part of a country ('Northwest Syria') is no more a place than the country", () => {
    expect(placesOf("Turkish drones struck a car in Northwest Syria on Monday, killing two people.")).toEqual(
      [],
    );
    expect(
      placesOf("Turkish drones struck a car in North-East Syria on Monday, killing two people."),
    ).toEqual([]);
    expect(placesOf("Turkish drones struck a car in Ihsim on Monday, killing two people.")).toEqual([
      "Ihsim",
    ]);
  });

  it("an outlet publishing, relaying or making media is a speaker, not a place", () => {
    expect(shapeOf("Al Jazeera has published a video of the strike on Ihsim.", "Jazeera")).toBe("speaker");
    expect(shapeOf("The shadow appears in the Al Jazeera video of the market.", "Jazeera")).toBe("speaker");
    expect(shapeOf("The toll was 12, quoting Orient of the town.", "Orient")).toBe("speaker");
    expect(shapeOf("Shells hit the village of Ihsim on Monday.", "Ihsim")).toBe("name");
    // "posts" are military positions: "the Ihsim posts" is a place.
    expect(shapeOf("Factions shelled the regime's Ihsim posts.", "Ihsim")).toBe("name");
  });

  it("a capitalised compass word makes one name with the next word: the rest alone is weak", () => {
    const text = "Iran sent a drone with weapons for terrorists in the West Bank, Gantz said.";
    expect(findPlaceCandidates(text, 0, []).find((c) => c.mention === "Bank")?.shape).toBe("non-place");
    expect(placesOf("Regime forces shelled the village of Ihsim and the West Bank of the river.")).toEqual([
      "Ihsim",
    ]);
  });
});

describe("kind words", () => {
  it("a kind word alone ('IDP Camp') names no place", () => {
    const text = "Warplanes fired missiles near Mariam IDP Camp on the outskirts of Ihsim town.";
    expect(findPlaceCandidates(text, 0, []).map((c) => c.mention)).not.toContain("Camp");
    expect(findPlaceCandidates("Shells hit Ihsim Camp.", 0, []).map((c) => c.mention)).toContain("Ihsim");
  });
});

describe("generic nouns opening a sentence", () => {
  it("'Areas in X' does not make X the container of a place named 'Areas'", () => {
    const c = findPlaceCandidates("Areas in Ihsim town had an intense helicopter attack.", 0, []);
    expect(c.map((x) => [x.mention, x.role])).toEqual([["Ihsim", "place"]]);
  });
});

describe("a neighbourhood on the edge of a city", () => {
  it("'the X neighbourhood on the eastern edge of Y city' is part of Y: the claim is Y's", () => {
    const text =
      "Fighting spread to the Al-Maqwas neighbourhood on the eastern edge of Ihsim city, killing 11 people.";
    expect(findPlaceCandidates(text, 0, []).find((c) => c.mention === "Al-Maqwas")?.role).toBe(
      "part-of-next",
    );
    expect(placesOf(`Regime forces and factions clashed. ${text}`)).toEqual(["Ihsim"]);
  });
});

describe("the far end of a stretch", () => {
  it("'the area between it and X' locates the stretch: X is no incident place", () => {
    const text = "Barrel bombs hit the outskirts of Ihsim town and the area between it and Sarja town.";
    expect(findPlaceCandidates(text, 0, []).find((c) => c.mention === "Sarja")?.role).toBe("road-end");
    expect(
      placesOf(
        `Regime helicopters dropped barrel bombs on the outskirts of Ihsim town and the area between it and Sarja town.`,
      ),
    ).toEqual(["Ihsim"]);
  });
});

describe("names typed with a space after the article", () => {
  it("'al- X' is one name, locative after 'the village of'", () => {
    const c = findPlaceCandidates("Helicopters dropped barrel bombs on the village of al- Sarjah.", 0, []);
    expect(c.find((x) => x.mention === "al- Sarjah")?.locative).toBe(true);
  });
});

describe("places carried in the discourse", () => {
  it("a sentence whose subject 'also' acted at listed villages goes on with the attack just told", () => {
    const text =
      "Regime helicopters dropped barrel bombs on the village of Ihsim, killing 3 people. " +
      "The toll is expected to rise. They also dropped other barrels on the villages of Sarja and Tall Nar.";
    expect(placesOf(text)).toEqual(["Ihsim", "Sarja", "Tall Nar"]);
  });

  it("an attack told without a place happened at the settlement the paragraph is about", () => {
    const text =
      "The two girls study at a boarding school in the village of Ihsim. " +
      "On Friday a Turkish drone struck the school, killing four students.";
    expect(placesOf(text)).toEqual(["Ihsim"]);
  });

  it("an attack told without a place happened where a later sentence places the site it hit", () => {
    const told = "A Turkish drone struck their school in Syria on Thursday, killing four students.\n\n";
    const claims = extractClaims(
      textReport(told + "The girls are students at a boarding school in the village of Ihsim."),
      deps,
    ).incidents;
    expect(claims.map((c) => [c.place.mention, c.eventType, c.casualties?.killed])).toEqual([
      ["Ihsim", "drone_strike", { min: 4, max: 4 }],
    ]);
    // The subject of a passive trigger, a vehicle struck, a site "in the centre of" a town.
    expect(
      placesOf(
        "A mosque in a village of the countryside was targeted by airstrikes, killing 12 people. The mosque is in Ihsim.",
      ),
    ).toEqual(["Ihsim"]);
    expect(
      placesOf(
        "A drone struck a car on Monday, killing two people. The car was travelling near the village of Ihsim.",
      ),
    ).toEqual(["Ihsim"]);
    expect(
      placesOf(
        "Helicopters dropped barrel bombs on a market on Monday, killing 9 people. The market is located in the centre of Ihsim.",
      ),
    ).toEqual(["Ihsim"]);
    // Another kind of site, persons rather than a site, or a site the attack did not hit: no claim.
    expect(placesOf(told + "Their families live in a house in the village of Ihsim.")).toEqual([]);
    expect(placesOf(told + "The doctors in the village of Ihsim treated the wounded.")).toEqual([]);
    expect(
      placesOf(
        "Near their school, a Turkish drone struck a car on Thursday, killing four students. " +
          "The girls are students at a boarding school in the village of Ihsim.",
      ),
    ).toEqual([]);
  });

  it("an attack told first without a place happened in the town of the report's opening label", () => {
    expect(placesOf("Ihsim: A regime drone struck a car on Monday, killing two people.")).toEqual(["Ihsim"]);
    expect(placesOf("Ihsim: A regime drone struck a car in the village of Sarja, killing two.")).toEqual([
      "Sarja",
    ]);
  });

  it("a dateline's town in capitals is that town ('IHSIM, Syria (North Press) –')", () => {
    expect(
      placesOf("IHSIM, Syria (North Press) – A regime drone struck a car on Monday, killing two."),
    ).toEqual(["IHSIM"]);
    expect(
      findPlaceCandidates("SOHR said regime forces shelled Ihsim.", 0, []).map((c) => c.mention),
    ).toEqual(["Ihsim"]);
  });

  it("not across paragraphs, not from a sentence that already told an attack, not for a negated one", () => {
    expect(
      placesOf(
        "The girls study at a school in the village of Ihsim.\n\nA drone struck a school, killing four.",
      ),
    ).toEqual([]);
    expect(
      placesOf(
        "Leaflets were distributed in the town of Ihsim last week. No attack has been reported there.",
      ),
    ).toEqual([]);
    expect(
      placesOf("A text in Latin is visible on the remnant. The missile hit a school, killing four."),
    ).toEqual([]);
  });
});

describe("places that locate something else", () => {
  const roleOf = (s: string, mention: string) =>
    findPlaceCandidates(s, 0, []).find((c) => c.mention === mention)?.role;
  const shapeOf = (s: string, mention: string) =>
    findPlaceCandidates(s, 0, []).find((c) => c.mention === mention)?.shape;

  it("'from the direction of X' says where an attack came from, not where it struck", () => {
    const text =
      "The enemy launched an air attack from the direction of Sarja, targeting a number of points.";
    expect(roleOf(text, "Sarja")).toBe("aside");
    expect(roleOf("Missiles came from the direction of the occupied Sarja heights.", "Sarja")).toBe("aside");
    expect(
      placesOf("The enemy launched an air attack from the direction of Sarja, targeting Ihsim."),
    ).toEqual(["Ihsim"]);
    expect(roleOf("The enemy launched an air attack in the direction of Sarja.", "Sarja")).toBe("place");
  });

  it("where the aircraft took off from is a launch site, not the incident place", () => {
    expect(roleOf("Several flights had taken off from Sarja before the strike on Ihsim.", "Sarja")).toBe(
      "aside",
    );
    expect(roleOf("The jets took off from Sarja and struck Ihsim.", "Sarja")).toBe("aside");
    expect(roleOf("The jets struck Sarja and Ihsim.", "Sarja")).toBe("place");
  });

  it("the last word of a name says what it is: a square, a hill or a mountain is no settlement", () => {
    expect(shapeOf("Mortar shells hit Nawroz Square in south-eastern Ihsim.", "Nawroz Square")).toBe(
      "non-place",
    );
    expect(shapeOf("Shells hit a farm at Mashta al-Nour Hill south of Ihsim.", "Mashta al-Nour Hill")).toBe(
      "non-place",
    );
    expect(shapeOf("Explosions were heard near Qasiyon Mountain.", "Qasiyon Mountain")).toBe("non-place");
    expect(shapeOf("Three missiles hit Qurs al-Nafl hill west of Ihsim.", "Qurs al-Nafl")).toBe("feature");
    expect(shapeOf("Clashes broke out at Qaws checkpoint at the entrance of Ihsim.", "Qaws")).toBe("feature");
    expect(shapeOf("Shells hit the village of Ihsim.", "Ihsim")).toBe("name");
    expect(shapeOf("Shells hit Jabal Sarja Mountains.", "Jabal Sarja Mountains")).toBe("region");
    expect(
      placesOf(
        "Turkish forces fired mortar shells on Nawroz Square in Ihsim on Monday, injuring two civilians.",
      ),
    ).toEqual(["Ihsim"]);
    expect(
      placesOf("Turkish forces shelled Mashta al-Nour Hill near Ihsim on Monday, injuring two civilians."),
    ).toEqual(["Ihsim"]);
  });

  it("a road junction named after a village the gazetteer knows is that village, not the town it lies by", () => {
    expect(shapeOf("A drone struck a car near Ihsim junction in Sarja countryside.", "Ihsim")).toBe(
      "feature",
    );
    expect(
      placesOf("A drone struck a car near Ihsim junction in Sarja countryside on Monday, killing a man."),
    ).toEqual(["Ihsim"]);
    // A junction the gazetteer does not know by that name stays no place.
    expect(placesOf("A drone struck a car near Qawsara junction on Monday, killing a man.")).toEqual([]);
  });

  it("'the occupied city of X' names X: it locates a village as 'the city of X' does", () => {
    const village = "Turkish forces shelled the village of Sarja in the western countryside of the";
    expect(roleOf(`${village} occupied city of Ihsim on Monday.`, "Ihsim")).toBe("container");
    expect(roleOf("Shells hit the village of Sarja, north of the besieged town of Ihsim.", "Ihsim")).toBe(
      "container",
    );
    expect(roleOf("A drone struck a farm in the countryside of the Kurdish city of Ihsim.", "Ihsim")).toBe(
      "area-of",
    );
    expect(placesOf(`${village} occupied city of Ihsim on Monday, injuring two civilians.`)).toEqual([
      "Sarja",
    ]);
  });

  it("a compass direction written in two words ('north western X') locates as 'north-western X' does", () => {
    const text =
      "Turkish forces shelled the villages of Sarja and Bir Hamra in north western Ihsim on Monday.";
    expect(roleOf(text, "Ihsim")).toBe("container");
    expect(roleOf(text.replace("north western", "north-western"), "Ihsim")).toBe("container");
    expect(placesOf(text)).toEqual(["Sarja", "Bir Hamra"]);
  });

  it("two place names joined by a hyphen name the road or front between them, not a place", () => {
    const known = (n: string) => ["Ihsim", "Sarja", "Ain Al-Arab", "Ain Al Arab"].includes(n);
    const role = (t: string, m: string) =>
      findPlaceCandidates(t, 0, [], known).find((c) => c.mention === m)?.role;
    const front = "A guided missile hit a bus on the frontline of Ihsim-Sarja, killing ten fighters.";
    expect(role(front, "Ihsim-Sarja")).toBe("road-end");
    expect(role("Drones hit a car on the Sarja-Ain Al-Arab road.", "Sarja-Ain Al-Arab")).toBe("road-end");
    expect(placesOf(`${front} Shells also hit the village of Bir Hamra.`)).toEqual(["Bir Hamra"]);
    // An article's hyphen joins one name; a name that is not two known places stays a place.
    expect(role("Shells hit Ain Al-Arab.", "Ain Al-Arab")).toBe("place");
    expect(role("Shells hit Kafr-Ihsim.", "Kafr-Ihsim")).toBe("place");
  });

  it("a river named without the word 'river' is a feature", () => {
    expect(shapeOf("Turkey plans an operation east of the Euphrates against the YPG.", "Euphrates")).toBe(
      "feature",
    );
    expect(shapeOf("Shells hit the village of Ihsim.", "Ihsim")).toBe("name");
  });

  it("a road named after a town locates the road; an airbase where jets sit is no incident place", () => {
    expect(roleOf("A chlorine attack targeted the Sarja road in Ihsim city.", "Sarja")).toBe("road-end");
    expect(roleOf("The footage showed Russian jets at Sarja airbase before the raid.", "Sarja airbase")).toBe(
      "aside",
    );
    expect(roleOf("Russian jets struck Sarja airbase.", "Sarja airbase")).toBe("place");
  });

  it("where people come from is no incident place ('two men from the village of X')", () => {
    expect(roleOf("Police released two men from the village of Sarja after a month.", "Sarja")).toBe("aside");
    expect(roleOf("Police raided the village of Sarja.", "Sarja")).toBe("place");
  });

  it("a name before 'faction', 'brigade', 'division' or 'operations room' is an armed group's", () => {
    const mentions = (t: string) => findPlaceCandidates(t, 0, []).map((c) => c.mention);
    expect(mentions("A drone killed a leader in al-Mawali faction near Ihsim.")).toEqual(["Ihsim"]);
    expect(mentions("Fighters of the Sarja brigade shelled Ihsim.")).toEqual(["Ihsim"]);
    expect(mentions("The Sarja operations room shelled Ihsim.")).toEqual(["Ihsim"]);
    expect(mentions("Fighters in Sarja and factions in Ihsim clashed.")).toEqual(["Sarja", "Ihsim"]);
  });

  it("'be from X' tells where the subject comes from, whoever the subject is", () => {
    const text = "A drone killed a commander near Ihsim. The commander who was targeted is from Sarja area.";
    expect(roleOf(text, "Sarja")).toBe("aside");
    expect(roleOf("They were originally from the village of Sarja.", "Sarja")).toBe("aside");
    expect(placesOf(text)).toEqual(["Ihsim"]);
    expect(roleOf("The strike was on Sarja.", "Sarja")).toBe("place");
  });

  it("a chemical agent named after its noun is no place", () => {
    expect(shapeOf("Rockets containing the nerve agent Sarin were dropped on Ihsim.", "Sarin")).toBe(
      "weapon",
    );
  });

  it("a chemical agent's name before 'gas' or 'agent' is the agent, a village of that name only as such", () => {
    expect(shapeOf("Videos were uploaded after the Sarin gas attack in Damascus suburbs.", "Sarin")).toBe(
      "weapon",
    );
    expect(shapeOf("Helicopters dropped Chlorine gas on the town.", "Chlorine")).toBe("weapon");
    expect(shapeOf("Turkish forces shelled the village of Sarin on Monday.", "Sarin")).toBe("name");
  });

  it("a governorate dated only by a month is a campaign, not an incident", () => {
    const claims = (text: string) =>
      extractClaims(textReport(text, "2017-05-10"), deps).incidents.map((c) => c.place.mention);
    expect(
      claims("Following the hospital attacks in Idlib province during the month of April 2017, teams met."),
    ).toEqual([]);
    expect(claims("Regime shelling hit Idlib province on 3 May.")).toEqual(["Idlib"]);
  });
});

describe("examples of a set of places", () => {
  const roles = (s: string) => findPlaceCandidates(s, 0, []).map((c) => [c.mention, c.role]);

  it("names after 'villages and towns …, such as' exemplify what a campaign covered", () => {
    const text =
      "The daily shelling targets villages and towns in the countryside, such as Ihsim, Sarja and Tall Nar.";
    expect(roles(text)).toEqual([
      ["Ihsim", "example"],
      ["Sarja", "example"],
      ["Tall Nar", "example"],
    ]);
    expect(placesOf(`Regime forces shelled the village of Bir Hamra. ${text}`)).toEqual(["Bir Hamra"]);
  });

  it("a quoted other name does not break the list", () => {
    const text =
      "The daily shelling hit villages of the countryside, such as Ihsim, Sarja “Sarjah” and Tall Nar.";
    expect(roles(text)).toEqual([
      ["Ihsim", "example"],
      ["Sarja", "example"],
      ["Tall Nar", "example"],
    ]);
  });

  it("a plain list, or examples of one attack's places, are no examples of a campaign", () => {
    expect(roles("Regime forces shelled the villages of Ihsim and Sarja.")).toEqual([
      ["Ihsim", "place"],
      ["Sarja", "place"],
    ]);
    expect(roles("The shelling hit several villages, such as Ihsim and Sarja, killing two.")).toEqual([
      ["Ihsim", "place"],
      ["Sarja", "place"],
    ]);
  });
});

describe("a name resolved once in a report", () => {
  /** A gazetteer that finds nothing when the context hints at Hama alone (as a veto by context would). */
  class HamaBlind extends FakePlaces {
    override findPlaces(mention: string, hints?: PlaceHints): PlaceMatch[] {
      const only = hints?.admin1 ?? [];
      return only.length === 1 && only[0] === "Hama" ? [] : super.findPlaces(mention, hints);
    }
  }
  const resolved = (text: string) =>
    findPlaces(splitSentences(text), new HamaBlind(), [], [])
      .filter((p) => p.candidate.mention === "Ihsim")
      .map((p) => p.entry?.id ?? null);

  it("lends its entry to a later mention left unresolved", () => {
    expect(
      resolved(
        "Shells hit the village of Ihsim in rural Idlib. Shelling in rural Hama also hit the village of Ihsim.",
      ),
    ).toEqual(["t:2", "t:2"]);
  });

  it("not to a mention its own text places in another governorate", () => {
    expect(
      resolved(
        "Shells hit the village of Ihsim in rural Idlib. Rockets hit the village of Ihsim in rural Hama.",
      ),
    ).toEqual(["t:2", null]);
  });
});

describe("a place located by a named town", () => {
  it("takes the locator's governorate as its context, before one the report named earlier", () => {
    const found = findPlaces(
      splitSentences(
        "Shelling hit Bir Hamra in rural Hama. Regime forces also shelled the village of Tal Kharoubeh, west of Ihsim.",
      ),
      new FakePlaces(),
      [],
      [],
    );
    expect(found.find((p) => p.candidate.mention === "Tal Kharoubeh")?.entry?.id).toBe("t:10");
  });
});

describe("a facility named after a far town", () => {
  const roleOf = (text: string, mention: string) =>
    findPlaces(splitSentences(text), new FakePlaces(), [], []).find((p) => p.candidate.mention === mention)
      ?.role;

  it("is the facility's own name when the text was about a town far from it", () => {
    const text =
      "A car bomb exploded in the centre of the city of Kafr Nuran. The blast hit the Ihsim market, killing two.";
    expect(roleOf(text, "Ihsim")).toBe("context");
    expect(placesOf(text)).toEqual(["Kafr Nuran"]);
  });

  it("is the town itself when the text was about it or a town nearby", () => {
    expect(
      roleOf("Shells hit the city of Sarja. The blast hit the Ihsim market, killing two.", "Ihsim"),
    ).toBe("settlement");
    expect(roleOf("The blast hit the Ihsim market, killing two.", "Ihsim")).toBe("settlement");
  });
});

describe("places abroad", () => {
  const mentions = (text: string) =>
    findPlaces(splitSentences(text), new FakePlaces(), [], []).map((p) => p.candidate.mention);

  it("a country or a city abroad is never a place in Syria", () => {
    expect(mentions("A drone strike killed ten people in the city of Kabul on Monday.")).toEqual([]);
    expect(mentions("The wounded of Ihsim were taken to the city of Gaziantep.")).toEqual(["Ihsim"]);
    expect(mentions("The chemicals came from the port of Antwerp in Belgium.")).toEqual([]);
  });
});

describe("past attacks recalled by their distance in time", () => {
  it("'the anniversary of the attack on X' and 'last year's attack in X' are background", () => {
    expect(placesOf("Friday was the second anniversary of the chemical attack on Ihsim.")).toEqual([]);
    expect(placesOf("The inquiry began after last year's sarin attack in Ihsim.")).toEqual([]);
    expect(placesOf("A chemical attack hit Ihsim on Friday.")).toEqual(["Ihsim"]);
  });
});
