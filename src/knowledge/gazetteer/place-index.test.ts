import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { PlaceIndex, indexTables, indexedNames } from "./place-index.js";

/** Invented villages: shared names, near spellings (one consonant apart) and an Arabic spelling. */
const place = (id: string, name: string, altNames: string[] = []): PlaceEntry => ({
  id,
  name,
  altNames,
  lat: 35,
  lon: 36,
  kind: "settlement",
  admin1: "Idlib",
  admin2: null,
  admin3: null,
  country: "SY",
  population: null,
  source: "builtin",
});
const entries = [
  place("t:1", "Tal Marzuqa", ["Tell Marzouqa", "تل مرزوقة"]),
  place("t:2", "Kafr Bastina", ["Kfar Bastine"]),
  place("t:3", "Tal Marzuqa", ["Tel Marzuka"]),
  place("t:4", "Ain Dalfa"),
  place("t:5", "Kafr Bastiya"),
  place("t:6", "Dalfa"),
];
const mentions = [
  "Tal Marzuqa",
  "Tell Marzouka",
  "تل مرزوقة",
  "Kafr Bastina",
  "Kafar Bestina",
  "Kfr Bastiya",
  "Ain Dalfeh",
  "Dalfa",
  "Nowhere Known",
  "",
];

describe("place index key tables", () => {
  const names = indexedNames(entries);
  const built = new PlaceIndex(entries, names);
  const fromTables = new PlaceIndex(entries, { exact: [], forms: names.forms }, indexTables(names));

  it.each(mentions)("an index read from its tables finds what the built one finds for %j", (mention) => {
    expect(fromTables.lookup(mention)).toEqual(built.lookup(mention));
    expect(fromTables.has(mention)).toBe(built.has(mention));
  });

  it("keeps each key's ids in the order the built index adds them, keys sorted", () => {
    const { exact, buckets } = indexTables(names);
    const keys = exact.keys.split("\n");
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    const shared = keys.indexOf(names.exact[1] as string);
    expect(exact.ids.slice(exact.ends[shared - 1] ?? 0, exact.ends[shared])).toEqual([0, 2]);
    expect(buckets.ends.at(-1)).toBe(buckets.ids.length);
    for (let i = 0; i < buckets.ends.length; i++) {
      const ids = buckets.ids.slice(buckets.ends[i - 1] ?? 0, buckets.ends[i]);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
  });

  it("finds a near spelling through the deletion neighbourhood of the tables", () => {
    const hit = fromTables.lookup("Kafr Bastin").map((h) => h.entry.id);
    expect(hit).toContain("t:2");
  });
});
