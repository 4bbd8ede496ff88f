/**
 * A qualifier said in another language or order: OCHA's "Big Dara" is a report's "Dara al-Kabira", and
 * the other way round. Invented villages; the built-in gazetteer's own cases close the file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { settlement } from "../../../test/support/fake-knowledge.js";
import { buildKnowledge } from "../index.js";
import { Gazetteer } from "./gazetteer.js";
import { compoundParts } from "./import-ocha-communities.js";
import { distributedNames, otherPart, qualifiedName, translatedSpellings } from "./translated-qualifier.js";

let next = 0;
function village(
  name: string,
  arabic: string,
  admin1: string,
  lat: number,
  lon: number,
  population?: number,
): PlaceEntry {
  next += 1;
  return settlement(`ocha:Q${next}`, name, arabic ? [arabic] : [], lat, lon, admin1, {
    source: "ocha",
    population,
  });
}

describe("qualifiedName", () => {
  it.each([
    ["Dara al-Kabira", "Dara", "big", "after"],
    ["Al-Dar Al-Kabirah", "Al Dar", "big", "after"],
    ["Khweireh Elsaghira", "Khweireh", "little", "after"],
    ["Hir Jamus Zghir", "Hir Jamus", "little", "after"],
    ["Tal Hamis al-Sharqiyeh", "Tal Hamis", "east", "after"],
    ["Amiqa Tahtani", "Amiqa", "lower", "after"],
    ["Qudsaya Jdideh", "Qudsaya", "new", "after"],
    ["Big Dara", "Dara", "big", "before"],
    ["Great Dar", "Dar", "big", "before"],
    ["Small Zafar", "Zafar", "little", "before"],
    ["Upper Hfeir", "Hfeir", "upper", "before"],
    ["الخويرة الصغرى", "الخويرة", "little", "after"],
    ["حفير فوقاني", "حفير", "upper", "after"],
  ])("%s → %s (%s, %s)", (name, rest, meaning, written) => {
    expect(qualifiedName(name)).toMatchObject({ rest, meaning, written });
  });

  it("a name with no qualifier, with two, or with nothing left beside it is no qualified name", () => {
    expect(qualifiedName("Saraqib")).toBeNull();
    expect(qualifiedName("Kabir")).toBeNull();
    expect(qualifiedName("Big Tal Kabir")).toBeNull();
    expect(qualifiedName("Al Kabir")).toBeNull();
    expect(qualifiedName("Jdideh")).toBeNull();
    expect(qualifiedName("كبير")).toBeNull();
  });
});

describe("translatedSpellings", () => {
  it("spells OCHA's English word before the name and the Arabic word, in each gender, after it", () => {
    expect(translatedSpellings("Dara al-Kabir")).toEqual(["Big Dara", "Dara Kabira"]);
    expect(translatedSpellings("Dara Kbira")).toEqual(["Big Dara", "Dara Kabir", "Dara Kabira"]);
    expect(translatedSpellings("Eastern Maliha")).toEqual(["Maliha Sharqi", "Maliha Sharqiya"]);
    expect(translatedSpellings("East Maliha")).toEqual([
      "Eastern Maliha",
      "Maliha Sharqi",
      "Maliha Sharqiya",
    ]);
    expect(translatedSpellings("حير جاموس الكبرى")).toEqual(["حير جاموس كبير", "حير جاموس كبيره"]);
    expect(translatedSpellings("Saraqib")).toEqual([]);
  });
});

describe("the gazetteer through a translated qualifier", () => {
  const bigZorba = village("Big Zorba", "زوربة الكبيرة", "Aleppo", 36.0, 37.0);
  const littleZorba = village("Little Zorba", "زوربة الصغيرة", "Aleppo", 36.02, 37.02);
  const qarnJadid = village("Qarn Jdideh", "قرن جديدة", "Hama", 35.1, 36.6);
  const fawqani = village("Upper Mashta", "مشتى فوقاني", "Homs", 34.9, 36.3);
  const sharqi = village("Eastern Hulwan", "حلوان شرقي", "Idlib", 35.8, 36.5);
  const city = village("Zarnak", "زرنك", "Hama", 35.5, 36.9, 120_000);
  const cityPart = village("Zarnak Sharqiyeh", "زرنك شرقية", "Hama", 35.55, 36.95);
  const gazetteer = new Gazetteer([bigZorba, littleZorba, qarnJadid, fawqani, sharqi, city, cityPart], []);
  const top = (mention: string) => gazetteer.findPlaces(mention)[0]?.entry.name ?? null;

  it("finds OCHA's English word from the Arabic word written after the name, in any spelling or gender", () => {
    expect(top("Zorba al-Kabir")).toBe("Big Zorba");
    expect(top("Zorba Kbira")).toBe("Big Zorba");
    expect(top("Zorba al-Saghira")).toBe("Little Zorba");
    expect(top("Zorba Zghir")).toBe("Little Zorba");
    expect(top("Mashta al-Fawqani")).toBe("Upper Mashta");
    expect(gazetteer.hasName("Zorba Kebir")).toBe(true);
  });

  it("finds the transliterated word from the English one, and English synonyms of OCHA's word", () => {
    expect(top("New Qarn")).toBe("Qarn Jdideh");
    expect(top("East Hulwan")).toBe("Eastern Hulwan");
    expect(top("Great Zorba")).toBe("Big Zorba");
    expect(top("Small Zorba")).toBe("Little Zorba");
  });

  it("finds the Arabic name from another form of the Arabic word", () => {
    expect(top("زوربة الكبرى")).toBe("Big Zorba");
    expect(top("مشتى الفوقا")).toBe("Upper Mashta");
  });

  it("never changes the qualifier's meaning", () => {
    const taken = (mention: string) => gazetteer.findPlaces(mention).filter((m) => m.matchedBy !== "fuzzy");
    expect(taken("Zorba Sharqi")).toEqual([]);
    expect(taken("Lower Mashta")).toEqual([]);
    expect(taken("Western Hulwan")).toEqual([]);
  });

  it("a place whose names all say the other part or size is another place, even with a hint", () => {
    // One letter apart: a fuzzy match the place passes would take with the governorate hinted.
    expect(gazetteer.findPlaces("Western Hulwan", { admin1: ["Idlib"] })).toEqual([]);
    expect(gazetteer.findPlaces("Hulwan al-Gharbiya", { admin1: ["Idlib"] })).toEqual([]);
    expect(gazetteer.findPlaces("Little Zorba", { admin1: ["Aleppo"] })[0]?.entry.name).toBe("Little Zorba");
    // A place that bears both parts, or none, is no other part.
    expect(otherPart("Western Tab", ["Tab - Eastern and Western", "Eastern Tab", "Western Tab"])).toBe(false);
    expect(otherPart("Western Dik", ["Dik"])).toBe(false);
    expect(otherPart("Western Dik", ["Eastern Dik", "الديك الشرقي"])).toBe(true);
    expect(otherPart("Dik al-Kabir", ["Little Dik"])).toBe(true);
  });

  it("a match through a translation is a transliteration-level match, below the mention's own spelling", () => {
    const [match] = gazetteer.findPlaces("Zorba al-Kabira");
    expect(match?.matchedBy).toBe("transliteration");
    expect(gazetteer.findPlaces("Big Zorba")[0]?.matchedBy).toBe("exact");
  });

  it("an English adjective before a city's name tells a part of the city, not a village of that name", () => {
    expect(top("eastern Zarnak")).toBe(null);
    expect(gazetteer.hasName("eastern Zarnak")).toBe(false);
    // Written after the name in Arabic order, the word is the village's own.
    expect(top("Zarnak al-Sharqiya")).toBe("Zarnak Sharqiyeh");
  });
});

describe("the built-in gazetteer through a translated qualifier", () => {
  let g: Gazetteer;
  beforeAll(() => {
    g = buildKnowledge().places;
  });
  const top = (mention: string, admin1?: string) =>
    g.findPlaces(mention, admin1 ? { admin1: [admin1] } : undefined)[0]?.entry.name ?? null;

  it("OCHA's translated names from reports' transliterations", () => {
    expect(top("Dara al-Kabira", "Idlib")).toBe("Big Dara");
    expect(top("Khweireh al-Saghira")).toBe("Little Khweireh");
    expect(top("al-Khuwayra al-Kabira")).toBe("Big Khweireh");
    expect(top("Yamama al-Kabir", "Raqqa")).toBe("Big Yamama");
    expect(top("Maliha al-Sharqiya", "Daraa")).toBe("Eastern Maliha");
    expect(top("الخويرة الصغرى")).toBe("Little Khweireh");
  });
});

describe("merged names that distribute qualifiers over one name", () => {
  it("names each qualified community, in either script and order", () => {
    expect(distributedNames("Zorba - Eastern and Western")).toEqual(["Eastern Zorba", "Western Zorba"]);
    expect(distributedNames("Northern & Southern Zorba")).toEqual(["Northern Zorba", "Southern Zorba"]);
    expect(distributedNames("زوربة_شرقية وغربية")).toEqual(["زوربة شرقيه", "زوربة غربيه"]);
    expect(distributedNames("زوربة شمالي وجنوبي")).toEqual(["زوربة شمالي", "زوربة جنوبي"]);
  });

  it("leaves other names alone: a merged pair of names, a name with و inside it", () => {
    expect(distributedNames("Zorba - Hulwan")).toEqual([]);
    expect(distributedNames("وادي العيون")).toEqual([]);
    expect(distributedNames("Big Zorba")).toEqual([]);
    expect(distributedNames("Eastern and Western")).toEqual([]);
  });

  it("the importer takes the qualified communities as alternate names, and the qualifiers alone as none", () => {
    expect(compoundParts("Zorba - Eastern and Western")).toEqual(["Zorba", "Eastern Zorba", "Western Zorba"]);
    const merged = new Gazetteer(
      [
        {
          ...village("Zorba - Eastern and Western", "", "Idlib", 35.9, 36.5),
          altNames: compoundParts("Zorba - Eastern and Western"),
        },
      ],
      [],
    );
    const [western] = merged.findPlaces("Western Zorba");
    expect(western?.entry.name).toBe("Zorba - Eastern and Western");
    // One of the communities the entry merges: a part, as "Zorba" is.
    expect(western?.partial).toBe(true);
    expect(merged.findPlaces("Zorba al-Gharbiya")[0]?.partial).toBe(true);
    expect(merged.findPlaces("Eastern and Western")).toEqual([]);
  });
});
