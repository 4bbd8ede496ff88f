/** PlaceStore contract: imports upsert by id, count only real changes, and are audited. */
import { expect, it } from "vitest";
import { contractSuite } from "./backends.js";
import { makePlace } from "./fixtures.js";

contractSuite("PlaceStore", (h) => {
  it("imports entries and returns them as PlaceEntry objects", async () => {
    const { store } = h();
    const entries = [makePlace("ocha:C2"), makePlace("ocha:C1", { population: 1200, admin2: "Idlib" })];
    expect(await store.places.importPlaces(entries, "ocha-2024", "cli")).toEqual({ inserted: 2, updated: 0 });
    expect(await store.places.allPlaces()).toEqual([entries[1], entries[0]]);
    expect(await store.places.countPlaces()).toBe(2);
  });

  it("upserts by id: unchanged entries count as nothing, changed ones as updated", async () => {
    const { store } = h();
    const entries = [makePlace("a:1"), makePlace("a:2"), makePlace("a:3")];
    await store.places.importPlaces(entries, "ds", "cli");
    expect(await store.places.importPlaces(entries, "ds", "cli")).toEqual({ inserted: 0, updated: 0 });
    const changed = { ...entries[1]!, name: "Renamed", lat: 36.123456789012 };
    const result = await store.places.importPlaces([entries[0]!, changed, makePlace("a:4")], "ds", "cli");
    expect(result).toEqual({ inserted: 1, updated: 1 });
    const all = await store.places.allPlaces();
    expect(all.find((p) => p.id === "a:2")).toEqual(changed);
    expect(all).toHaveLength(4);
    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => e.detail)).toEqual([
      { entries: 3, inserted: 3, updated: 0 },
      { entries: 3, inserted: 0, updated: 0 },
      { entries: 3, inserted: 1, updated: 1 },
    ]);
  });

  it("imports thousands of entries in chunks within one transaction", async () => {
    const { store } = h();
    const entries = Array.from({ length: 1_234 }, (_, i) => makePlace(`geonames:${i}`));
    expect(await store.places.importPlaces(entries, "geonames", "cli")).toEqual({
      inserted: 1_234,
      updated: 0,
    });
    expect(await store.places.countPlaces()).toBe(1_234);
    expect((await store.audit.list({ limit: 10 })).length).toBe(1);
  });

  it("rolls the whole import back when one entry cannot be stored", async () => {
    const { store } = h();
    const entries = Array.from({ length: 600 }, (_, i) => makePlace(`x:${i}`));
    // A null name violates NOT NULL in the second chunk, after the first chunk was written.
    const broken = { ...makePlace("x:999"), name: null as unknown as string };
    await expect(store.places.importPlaces([...entries, broken], "ds", "cli")).rejects.toThrow();
    expect(await store.places.countPlaces()).toBe(0);
    expect(await store.audit.list({ limit: 10 })).toEqual([]);
  });
});
