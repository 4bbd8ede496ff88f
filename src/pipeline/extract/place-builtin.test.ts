/**
 * Place rules with the built-in gazetteer (what a fresh install has), on invented sentences: Kurdish
 * town names, size-qualified communities named plainly near a known town, lower-case names in a place
 * frame, a city spelled exactly beating a look-alike hamlet, "between X and Y", names given two ways,
 * and a nom de guerre that is no place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceLookup } from "../../domain/places.js";
import { buildKnowledge } from "../../knowledge/index.js";
import { findPlaces, type ResolvedPlace } from "./find-places.js";
import { kmBetween } from "./place-lookups.js";
import { splitSentences } from "./sentences.js";

let places: PlaceLookup;
beforeAll(() => {
  places = buildKnowledge().places;
});

const resolve = (text: string): ResolvedPlace[] => findPlaces(splitSentences(text), places, [], []);
const byMention = (text: string, mention: string) =>
  resolve(text).find((p) => p.candidate.mention === mention);
const point = (p: ResolvedPlace | undefined) => p?.entry ?? p?.anchor ?? null;

describe("places with the built-in gazetteer", () => {
  it("resolves the Kurdish names of towns of the north-east", () => {
    expect(byMention("Turkish drones struck Girê Spî on Monday.", "Girê Spî")?.entry?.name).toBe(
      "Tell Abiad",
    );
    expect(byMention("Shells fell on Serê Kaniyê.", "Serê Kaniyê")?.entry?.name).toBe("Ras Al Ain");
    expect(byMention("Turkish forces shelled the town of Zirgan.", "Zirgan")?.entry?.name).toBe("Abu Rasin");
    expect(byMention("A drone hit a farm near the town of Terbe Spi.", "Terbe Spi")?.entry?.name).toBe(
      "Qahtaniyyeh",
    );
  });

  it("a look-alike across the governorate border, far from the town that locates the place, is another village", () => {
    // OCHA's Tal Slur lies in Aleppo, some 25 km from Harim (Idlib).
    const p = byMention(
      "Regime forces shelled Tal Slour village in the eastern countryside of Harem on Monday.",
      "Tal Slour",
    );
    expect(p).toMatchObject({ entry: null, precision: "near", admin1: "Idlib" });
    expect(p?.anchor?.name).toBe("Harim");
    // Spelled exactly as the gazetteer has it, the village keeps a district's reach from its locator.
    expect(
      byMention("Regime forces shelled Tal Slur village in the eastern countryside of Harem.", "Tal Slur")
        ?.entry?.name,
    ).toBe("Tal Slur");
  });

  it("a name shaped like a demonym stands alone before a preposition, and 'the entrance of X' places X", () => {
    for (const text of [
      "Turkish drones struck Qamishli on Monday, killing two civilians.",
      "A Turkish drone struck a car at the entrance of Qamishli, killing two civilians.",
      "A Turkish drone struck a car at the southern edge of Qamishli, killing two civilians.",
    ])
      expect(byMention(text, "Qamishli")?.entry?.name, text).toBe("Quamishli");
  });

  it("a town of the whole name beats a merged community it is only part of, also when spelled otherwise", () => {
    // OCHA has "Ein Issa" (Raqqa) and the merged "Ein Issa - Ein Bnar" (Latakia).
    expect(
      byMention("A Turkish drone targeted a vehicle in the vicinity of Ain Issa on Monday.", "Ain Issa")
        ?.entry?.admin1,
    ).toBe("Raqqa");
  });

  it("a plain name near a known town finds the size-qualified community there", () => {
    const p = byMention(
      "Shelling hit the village of Arab Hassan, north of the city of Manbij.",
      "Arab Hassan",
    );
    expect(p?.entry?.name).toBe("Big Arab Hasan");
  });

  it("a village named 'Sheikh X' is a place; the title alone before a person's name is not", () => {
    expect(
      byMention(
        "Regime forces shelled the village of Sheikh Hmeid on Monday, killing 7 civilians.",
        "Sheikh Hmeid",
      )?.entry?.name,
    ).toMatch(/^Sheikh Hm/);
    expect(byMention("An air raid on Sheikh Jarrah killed 7 civilians.", "Sheikh Jarrah")?.entry?.name).toBe(
      "Sheikh Jarrah",
    );
    expect(resolve("Sheikh Khaled Ahmad said the village was quiet.")).toEqual([]);
  });

  it("a lower-case known name before 'outskirts' is a place", () => {
    expect(byMention("Shells hit jrablus outskirts in Aleppo countryside.", "jrablus")?.entry?.name).toBe(
      "Jarablus",
    );
  });

  it("a city spelled exactly beats a look-alike hamlet of a governorate named elsewhere", () => {
    const p = byMention(
      "A drone killed 14 civilians in the northern Syrian city of al-Bab. Another drone struck Qamishli in Hasakah.",
      "al-Bab",
    );
    expect(p?.entry?.name).toBe("Al Bab");
  });

  it("'between X and Y' in Kurdish names: one place midway", () => {
    const list = resolve("A drone struck a school located between Til Temir and Hesekê, killing four girls.");
    expect(list.filter((p) => p.role === "settlement")).toHaveLength(1);
    const [p] = list;
    expect(p?.anchor?.relation).toBe("between");
    const tal = places.findPlaces("Tal Tamr")[0]!.entry;
    const hasakah = places.findPlaces("Al-Hasakah")[0]!.entry;
    expect(kmBetween(point(p)!, tal)).toBeCloseTo(kmBetween(point(p)!, hasakah), 0);
  });

  it("a name given two ways ('Abu Rasin/Zarkan') resolves by either later on", () => {
    const text =
      "Locals fled Khadrawi village in the Abu Rasin/Zarkan area. Turkish forces shelled Zarkan district.";
    expect(resolve(text).find((p) => p.candidate.mention === "Zarkan")?.entry?.name).toBe("Abu Rasin");
    // "Khadrawi village": a settlement, though its ending looks like a demonym's.
    expect(byMention(text, "Khadrawi")?.anchor?.name).toBe("Abu Rasin");
  });

  it("a slash between two places that are both known keeps both ('the Hama/Idlib border')", () => {
    const list = resolve("Shells hit the Hama/Idlib border area, killing two.");
    expect(list.map((p) => [p.candidate.mention, p.admin1])).toEqual([
      ["Hama", "Hama"],
      ["Idlib", "Idlib"],
    ]);
  });

  it("'between X and Y' too far apart to code midway: both stay places", () => {
    const list = resolve("A convoy was hit on its way between Tal Tamr and Manbij.");
    expect(list.map((p) => [p.candidate.mention, p.role, p.entry?.name ?? null])).toEqual([
      ["Tal Tamr", "settlement", "Tal Tamer"],
      ["Manbij", "settlement", "Menbij"],
    ]);
  });

  it("'Eastern Ghouta' is the region, not the village Ghota", () => {
    const p = byMention("Russian warplanes struck Eastern Ghouta on Monday.", "Eastern Ghouta");
    expect(p).toMatchObject({ role: "region", entry: null });
    expect(p?.regionEntry?.name).toBe("Eastern Ghouta");
  });

  it("a nom de guerre or a role's holder is no place", () => {
    const text =
      "In 2017, a U.S. airstrike killed al-Qaida's second in command in Syria, Abu al-Kheir al-Masri.";
    expect(byMention(text, "Abu al-Kheir al-Masri")).toBeUndefined();
  });
});

describe("region names beside look-alike villages", () => {
  it("reads a region's own name as the region, not a village whose name only folds to it", () => {
    for (const [text, region] of [
      ["In Qalamoun, regime forces shelled the village of Meidaa on Monday.", "Qalamoun"],
      ["In Hawran, regime forces shelled the village of Wrad on Monday.", "Hawran"],
    ] as const) {
      const p = byMention(text, region);
      expect(p?.role).toBe("region");
      expect(p?.entry).toBeNull();
    }
  });
});

describe("a village in the district its locator seats", () => {
  it("keeps a village of the district however far from the seat ('X town in the Y district')", () => {
    const p = byMention("Jets struck Damdam town in the Quamishli district on Monday.", "Damdam");
    expect(p?.entry?.name).toBe("Damdam");
    expect(p?.entry?.admin2).toBe("Quamishli");
  });
});

describe("a governorate's name the text places in another governorate", () => {
  // OCHA lists villages named Hama (Raqqa, Hasakeh) and Quneitra (Idlib, Tartous, Raqqa, Hasakeh).
  const where = (text: string, mention: string) => {
    const p = byMention(text, mention);
    return [p?.role, p?.entry?.kind, p?.admin1];
  };
  it("is the village: framed as one of another governorate, or qualified by another governorate", () => {
    expect(where("Mortars fell on the village of Quneitra in the Tartous countryside.", "Quneitra")).toEqual([
      "settlement",
      "settlement",
      "Tartus",
    ]);
    expect(where("Drones hit the Raqqa village of Hama twice.", "Hama")).toEqual([
      "settlement",
      "settlement",
      "Raqqa",
    ]);
    expect(where("Gunfire was heard in Quneitra village, rural Idlib, at night.", "Quneitra")).toEqual([
      "settlement",
      "settlement",
      "Idlib",
    ]);
  });

  it("a bare name, its own governorate or a list of governorates stays the governorate", () => {
    expect(where("Mortars fell on Quneitra at night.", "Quneitra")?.[2]).toBe("Quneitra");
    expect(where("Mortars fell on Hama and rural Idlib at night.", "Hama")).toEqual([
      "admin",
      undefined,
      "Hama",
    ]);
    expect(where("Mortars fell on Hama, rural Idlib and Aleppo.", "Hama")).toEqual([
      "admin",
      undefined,
      "Hama",
    ]);
  });
});
