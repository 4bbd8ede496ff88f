import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../index.js";
import { builtinGazetteerPath, readBuiltinOchaPlaces } from "./builtin-ocha-places.js";
import { parseOchaCommunitiesCsv } from "./import-ocha-communities.js";

const OCHA_CSV = new URL("../../../../shared/data/gazetteer/syr_admin4_communities.csv", import.meta.url);

describe("built-in OCHA village gazetteer", () => {
  const builtin = readBuiltinOchaPlaces();

  it("ships every OCHA community with its P-code, Arabic name and coordinates", () => {
    expect(existsSync(builtinGazetteerPath())).toBe(true);
    expect(builtin.length).toBe(5251);
    const sarja = builtin.find((p) => p.id === "ocha:C4273");
    expect(sarja).toMatchObject({ name: "Sarja", admin1: "Idlib", admin2: "Ariha", source: "ocha" });
    expect(sarja?.altNames).toContain("سرجة");
  });

  // The seed article's four villages, on a fresh install (no import): each to its own community.
  it.each([
    ["Sarjah", "ocha:C4273", "Idlib"],
    ["Ahsem", "ocha:C4295", "Idlib"],
    ["Daret Izza", "ocha:C1139", "Aleppo"],
    ["Kafarnoran", "ocha:C1041", "Aleppo"],
  ])("resolves the seed village %s with no import", (mention, id, admin1) => {
    const { places } = buildKnowledge();
    const [best] = places.findPlaces(mention, { admin1: ["Idlib", "Aleppo"] });
    expect(best?.entry.id).toBe(id);
    expect(best?.entry.admin1).toBe(admin1);
  });

  it("an import of the same table replaces the built-in entries instead of doubling them", () => {
    const fresh = buildKnowledge().places.size;
    const imported = buildKnowledge({ importedPlaces: builtin.slice(0, 100) }).places.size;
    expect(imported).toBe(fresh);
  });

  it.skipIf(!existsSync(OCHA_CSV))("matches the shared OCHA table it was generated from", () => {
    const source = parseOchaCommunitiesCsv(readFileSync(OCHA_CSV, "utf8")).places;
    const byId = new Map(builtin.map((p) => [p.id, p]));
    expect(byId.size).toBe(source.length);
    for (const place of source) {
      const shipped = byId.get(place.id);
      expect(shipped, place.id).toBeDefined();
      expect(shipped!.name).toBe(place.name);
      expect(shipped!.altNames).toEqual(place.altNames);
      expect(Math.abs(shipped!.lat - place.lat)).toBeLessThan(1e-5);
      expect(Math.abs(shipped!.lon - place.lon)).toBeLessThan(1e-5);
    }
  });
});
