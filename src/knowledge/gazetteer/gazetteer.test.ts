import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { loadBuiltinPlaces } from "./builtin-places.js";
import { distanceKm } from "./geo-distance.js";
import { Gazetteer } from "./gazetteer.js";
import { parseOchaCommunitiesCsv } from "./import-ocha-communities.js";

const OCHA_CSV = "/work/shared/data/gazetteer/syr_admin4_communities.csv";
const hasOcha = existsSync(OCHA_CSV);

describe("built-in gazetteer", () => {
  const gazetteer = new Gazetteer(loadBuiltinPlaces());

  it.each([
    ["Idlib", "Idlib"],
    ["Aleppo", "Aleppo"],
    ["Maarat al-Numan", "Idlib"],
    ["Ma'arrat al-Nu'man", "Idlib"],
    ["Maarrat al-Nouman", "Idlib"],
    ["Jisr al-Shughur", "Idlib"],
    ["Jisr ash-Shughur", "Idlib"],
    ["Saraqib", "Idlib"],
    ["Ariha", "Idlib"],
    ["Atarib", "Aleppo"],
    ["al-Atareb", "Aleppo"],
    ["معرة النعمان", "Idlib"],
  ])("resolves %s", (mention, admin1) => {
    const [best] = gazetteer.findPlaces(mention);
    expect(best?.entry.kind).toBe("settlement");
    expect(best?.entry.admin1).toBe(admin1);
  });

  it("finds OCHA's size-qualified community by its plain name only with a governorate hint", () => {
    expect(gazetteer.findPlaces("Hir Jamus", { admin1: ["Idlib"] })[0]?.entry.name).toBe("Big Hir Jamus");
    expect(gazetteer.findPlaces("Hir Jamus")).toEqual([]);
  });

  it("reads an article written fused to the name ('Altah' is OCHA's 'Tah')", () => {
    expect(gazetteer.findPlaces("Altah")[0]?.entry.name).toBe("Tah");
    expect(gazetteer.findPlaces("Alqwertyville")).toEqual([]);
  });

  it("reads a 'g' as qāf where no place bears the name with 'g' ('Gasr Elmakhram' is OCHA's 'Qasr Elmakhram')", () => {
    const [best] = gazetteer.findPlaces("Gasr Elmakhram");
    expect(best?.entry.name).toBe("Qasr Elmakhram");
    expect(best?.matchedBy).toBe("transliteration");
    // Only as a reading of a name in a place's position: "regime" is still no name.
    expect(gazetteer.hasName("regime")).toBe(false);
    // A name borne with its "g" keeps it: OCHA's Um Elgar (غ) is not read as qāf.
    expect(gazetteer.findPlaces("Um Elgar")[0]?.entry.name).toBe("Um Elgar");
  });

  it("reads a construct-state '-at' the gazetteer does not write ('Na'orat Jurin' is OCHA's 'Naur Jurin')", () => {
    const [best] = gazetteer.findPlaces("Na’orat Jurin");
    expect(best?.entry.name).toBe("Naur Jurin");
    expect(best?.matchedBy).toBe("transliteration");
    // Only a word before another is in the construct state, and a name the gazetteer bears so keeps it.
    expect(gazetteer.findPlaces("Jurin Na'orat")).toEqual([]);
    expect(gazetteer.findPlaces("Ma'arat Tamasrin")[0]?.entry.name).toBe("Ma'arrat Tamasrin");
  });

  it("reads a qualifier written first in Arabic order ('Al-Jabal Qabtan' is OCHA's 'Qabtan Eljabal')", () => {
    const [best] = gazetteer.findPlaces("Al-Jabal Qabtan");
    expect(best?.entry.name).toBe("Qabtan Eljabal");
    expect(best?.matchedBy).toBe("transliteration");
    // Only two words with the article first: "Jabal Qabtan" and three-word names are not reordered.
    expect(gazetteer.findPlaces("Jabal Qabtan")).toEqual([]);
    expect(gazetteer.findPlaces("Al-Jabal Qabtan Town")).toEqual([]);
  });

  it("reads a village's name with the community living there ('Tel Tawil Assyria' is OCHA's 'Tal Tawil')", () => {
    const [best] = gazetteer.findPlaces("Tel Tawil Assyria", { admin1: ["Hasakah"] });
    expect(best?.entry.name).toBe("Tal Tawil");
    expect(best?.matchedBy).toBe("transliteration");
    // People of a place are no place, nor is an unknown name with the word.
    expect(gazetteer.findPlaces("Aleppo Armenians")).toEqual([]);
    expect(gazetteer.findPlaces("Qwertyville Assyrian")).toEqual([]);
  });

  it("finds nothing for an unknown or unrelated name", () => {
    expect(gazetteer.findPlaces("Qwertyville")).toEqual([]);
    expect(gazetteer.findPlaces("Ab")).toEqual([]);
  });

  it("resolves governorates in any spelling", () => {
    expect(gazetteer.resolveAdmin1("rural Idleb")).toBe("Idlib");
    expect(gazetteer.resolveAdmin1("Idlib province")).toBe("Idlib");
    expect(gazetteer.resolveAdmin1("إدلب")).toBe("Idlib");
    expect(gazetteer.resolveAdmin1("western rural Aleppo")).toBe("Aleppo");
    expect(gazetteer.resolveAdmin1("Damascus countryside")).toBe("Rif Dimashq");
    expect(gazetteer.resolveAdmin1("Dayr az Zawr")).toBe("Deir ez-Zor");
    expect(gazetteer.resolveAdmin1("Saraqib")).toBeNull();
  });

  it("at equal score a place of the whole name comes before a merged community it names part of", () => {
    // OCHA: "Maskana" (Homs) and the merged "Maskana - Onaiza" (Aleppo); "Hajeb" and "Hajeb - Qash Ogli".
    expect(gazetteer.findPlaces("Maskana")[0]).toMatchObject({
      entry: { id: "ocha:C2534" },
      matchedBy: "exact",
    });
    expect(gazetteer.findPlaces("Maskana")[0]?.partial).toBeUndefined();
    expect(gazetteer.findPlaces("Hajeb")[0]?.entry.id).toBe("ocha:C2202");
    // A governorate hint still outweighs it.
    expect(gazetteer.findPlaces("Maskana", { admin1: ["Aleppo"] })[0]?.entry.id).toBe("ocha:C1933");
  });

  it("a village's own name that only sounds like a governorate elsewhere is no governorate", () => {
    // OCHA communities: Sawda (Latakia, Tartus), Sayda (Daraa), Dimas (Rif Dimashq), Hamu (Hasakah).
    for (const village of ["Sawda", "Sayda", "Dimas", "Hamu", "Saada"])
      expect(gazetteer.resolveAdmin1(village)).toBeNull();
    // A spelling that a place of the governorate itself bears (its seat) still names the governorate.
    expect(gazetteer.resolveAdmin1("Hasaka")).toBe("Hasakah");
    expect(gazetteer.resolveAdmin1("Sweida")).toBe("As-Suwayda");
    expect(gazetteer.resolveAdmin1("Suwaydah")).toBe("As-Suwayda");
  });

  it("a place's own name beats another place's alternative spelling, unless that place is a city", () => {
    // OCHA "Qara" (C2289) is a village of Rif Dimashq; "Qara" is also GeoNames' spelling of the town
    // OCHA calls "Qarra" (C2427, 20,656 people).
    expect(gazetteer.findPlaces("Qara")[0]?.entry.id).toBe("ocha:C2289");
    expect(gazetteer.findPlaces("Qarra")[0]?.entry.id).toBe("ocha:C2427");
    const at = (id: string, name: string, altNames: string[], population: number | null): PlaceEntry => ({
      ...{ id, name, altNames, population, lat: 35 + Number(id.slice(2)) / 10, lon: 36 },
      kind: "settlement",
      ...{ admin1: "Idlib", admin2: null, admin3: null, country: "SY", source: "ocha" as const },
    });
    const small = new Gazetteer([
      at("t:1", "Tell Ward", ["Tal Wardeh"], 30_000),
      at("t:2", "Tal Wardeh", [], null),
      at("t:3", "Madinat Kabira", ["Medina"], 400_000),
      at("t:4", "Medina", [], null),
    ]);
    expect(small.findPlaces("Tal Wardeh")[0]?.entry.id).toBe("t:2");
    // A city is named in many spellings; the bare name means the city.
    expect(small.findPlaces("Medina")[0]?.entry.id).toBe("t:3");
  });

  it("finds named sub-regions", () => {
    expect(gazetteer.findRegion("Jabal al-Zawiyah")?.admin1).toEqual(["Idlib"]);
    expect(gazetteer.findRegion("Zawiya Mountain")?.id).toBe("SY-jabal-al-zawiya");
    expect(gazetteer.findRegion("al-Ghab plain")?.admin1).toEqual(["Hama"]);
    expect(gazetteer.findRegion("Turkmen Mountain")?.admin1).toEqual(["Latakia"]);
    expect(gazetteer.findRegion("the de-escalation zone")?.admin1[0]).toBe("Idlib");
    expect(gazetteer.findRegion("جبل الزاوية")?.id).toBe("SY-jabal-al-zawiya");
    expect(gazetteer.findRegion("Sarjah")).toBeNull();
  });

  it("answers hasName cheaply", () => {
    expect(gazetteer.hasName("Saraqib")).toBe(true);
    expect(gazetteer.hasName("regime")).toBe(false);
  });

  it("prefers places near the report's other places", () => {
    const near = [{ lat: 35.9, lon: 36.6 }];
    const plain = gazetteer.findPlaces("Idlib", { near });
    expect(plain[0]?.entry.admin1).toBe("Idlib");
  });
});

describe.skipIf(!hasOcha)("gazetteer with the OCHA communities table", () => {
  let gazetteer: Gazetteer;
  let ocha: PlaceEntry[];
  beforeAll(() => {
    const imported = parseOchaCommunitiesCsv(readFileSync(OCHA_CSV, "utf8"));
    expect(imported.problems).toEqual([]);
    ocha = imported.places;
    const t0 = performance.now();
    gazetteer = new Gazetteer([...loadBuiltinPlaces(), ...ocha]);
    console.log(`index of ${gazetteer.size} places built in ${(performance.now() - t0).toFixed(0)} ms`);
  });

  const expectPlace = (mention: string, pcode: string, admin1?: string) => {
    const [best] = gazetteer.findPlaces(mention, admin1 ? { admin1: [admin1] } : undefined);
    const expected = ocha.find((p) => p.id === `ocha:${pcode}`) as PlaceEntry;
    expect(best?.entry.id).toBe(`ocha:${pcode}`);
    expect(distanceKm(best!.entry, expected)).toBeLessThan(3);
  };

  it("resolves the seed article's villages", () => {
    expectPlace("Sarjah", "C4273", "Idlib");
    expectPlace("Ahsem", "C4295", "Idlib");
    expectPlace("Daret Izza", "C1139", "Aleppo");
    expectPlace("Kafarnoran", "C1041", "Aleppo");
  });

  it("finds villages through their Arabic name when the English one is a poor transliteration", () => {
    for (const spelling of ["al-Fu'ah", "al-Fu’ah", "al-Fou’aa"]) expectPlace(spelling, "C3905", "Idlib");
    expectPlace("Al-Mawzarah", "C4298", "Idlib");
    expectPlace("Al-Lataminah", "C3458", "Hama");
    const [best] = gazetteer.findPlaces("al-Fu'ah", { admin1: ["Idlib"] });
    expect(best?.matchedBy).toBe("transliteration");
    expect(gazetteer.hasName("al-Fu'ah")).toBe(true);
  });

  it("keeps distinct names apart", () => {
    const ids = (mention: string) => gazetteer.findPlaces(mention).map((m) => m.entry.id);
    // C1041's English name "Kafr Thoran" is wrong; only its Arabic name كفر نوران makes "Kafr Nuran" match.
    expect(ids("Kafr Nuran")).toContain("ocha:C1041");
    const latinOnly = { ...(gazetteer.get("ocha:C1041") as PlaceEntry), altNames: [] };
    expect(new Gazetteer([latinOnly]).findPlaces("Kafr Nuran")).toEqual([]);
    expect(ids("Sarjeb")).not.toContain("ocha:C4273");
    expect(gazetteer.findPlaces("Iblin")[0]?.entry.name).not.toBe("Idlib");
  });

  it("shows the text's spelling where an OCHA English name diverges from it, else its own name", () => {
    const kafrNuran = gazetteer.get("ocha:C1041") as PlaceEntry;
    expect(gazetteer.displayName("Kafr Nuran", kafrNuran)).toBe("Kafr Nuran");
    expect(gazetteer.displayName("Kafr Thoran", kafrNuran)).toBe("Kafr Thoran");
    expect(gazetteer.displayName("كفر نوران", kafrNuran)).toBe("Kafr Thoran");
    const sarja = gazetteer.get("ocha:C4273") as PlaceEntry;
    expect(gazetteer.displayName("Sarjeh", sarja)).toBe(sarja.name);
  });

  it("resolves them without hints too", () => {
    expectPlace("Ahsem", "C4295");
    expectPlace("Daret Izza", "C1139");
    expectPlace("Kafarnoran", "C1041");
  });

  it("uses proximity to disambiguate", () => {
    // Sarja exists in several governorates; a neighbour in Jabal al-Zawiya picks the Idlib one.
    const [best] = gazetteer.findPlaces("Sarjeh", { near: [{ lat: 35.72, lon: 36.55 }] });
    expect(best?.entry.id).toBe("ocha:C4273");
  });

  it("merges a GeoNames town into its OCHA twin", () => {
    const matches = gazetteer.findPlaces("Saraqib");
    expect(matches[0]?.entry.source).toBe("ocha");
    expect(matches[0]?.entry.population).toBeGreaterThan(0);
    expect(matches.filter((m) => m.entry.source === "geonames" && m.entry.name === "Saraqib")).toEqual([]);
  });
});
