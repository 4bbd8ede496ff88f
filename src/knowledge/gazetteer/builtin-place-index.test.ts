import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../index.js";
import {
  builtinPlaceIndexPath,
  loadBuiltinPlaceIndex,
  loadBuiltinQualifiedIndex,
  samePlace,
  serialiseBuiltinPlaceIndex,
} from "./builtin-place-index.js";
import { loadBuiltinPlaces } from "./builtin-places.js";
import { Gazetteer } from "./gazetteer.js";

describe("built-in place index", () => {
  it("is current: rebuilding it from the built-in places with today's code gives the committed file", () => {
    const committed = gunzipSync(readFileSync(builtinPlaceIndexPath())).toString("utf8");
    // On failure: npm run gazetteer:index, then review and commit data/gazetteer/builtin-place-index.json.gz.
    expect(serialiseBuiltinPlaceIndex(loadBuiltinPlaces()) === committed).toBe(true);
  });

  it("answers as an index built from the places themselves", () => {
    const prepared = new Gazetteer(loadBuiltinPlaceIndex()!, undefined, loadBuiltinQualifiedIndex()!);
    const built = new Gazetteer(loadBuiltinPlaces());
    expect(prepared.size).toBe(built.size);
    const mentions = [
      "Sarjah",
      "Kafarnoran",
      "al-Fu'ah",
      "Maarat al-Numan",
      "Iblin",
      "Tal Tamr",
      "Hir Jamus",
    ];
    for (const mention of mentions) {
      const ids = (g: Gazetteer) => g.findPlaces(mention, { admin1: ["Idlib"] }).map((m) => m.entry.id);
      expect(ids(prepared)).toEqual(ids(built));
    }
    // Plain names of qualified communities come from the shipped qualified index.
    for (const [mention, admin1] of [
      ["al-Amqiyya", "Hama"],
      ["Tal Khatun", "Hasakah"],
    ] as const) {
      const ids = (g: Gazetteer) => g.findPlaces(mention, { admin1: [admin1] }).map((m) => m.entry.id);
      expect(ids(prepared)).toEqual(ids(built));
      expect(ids(prepared)).toHaveLength(1);
    }
  });

  it("an import the built-in places already hold keeps the prepared index; any other builds anew", () => {
    const index = loadBuiltinPlaceIndex()!;
    const sarja = index.entries.find((p) => p.id === "ocha:C4273")!;
    const reimported = { ...sarja, lat: sarja.lat + 0.000004, altNames: sarja.altNames.slice(0, 1) };
    expect(samePlace(sarja, reimported)).toBe(true);
    expect(samePlace(sarja, { ...sarja, lat: sarja.lat + 0.01 })).toBe(false);
    expect(samePlace(sarja, { ...sarja, altNames: [...sarja.altNames, "Sarjeh al-Jadida"] })).toBe(false);
    const same = buildKnowledge({ importedPlaces: [reimported] }).places;
    expect(same.entries()).toBe(index.entries);
    const renamed = { ...sarja, altNames: [...sarja.altNames, "Sarjeh al-Jadida"] };
    const added = buildKnowledge({ importedPlaces: [renamed] }).places;
    expect(added.findPlaces("Sarjeh al-Jadida")[0]?.entry.id).toBe("ocha:C4273");
    expect(added.size).toBe(same.size);
  });
});
