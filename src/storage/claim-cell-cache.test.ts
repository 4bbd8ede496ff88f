import { describe, expect, it } from "vitest";
import { ClaimCellCache, type CellRow } from "./claim-cell-cache.js";

const row = (key: string, day: string, id: string): CellRow => ({
  key,
  day_from: day,
  claim_id: id,
  day_to: day,
  event_type: "shelling",
  lat: null,
  lon: null,
  killed_min: null,
  killed_max: null,
  injured_min: null,
  injured_max: null,
  attackers: null,
});

describe("ClaimCellCache", () => {
  it("keeps what it read while the write stamp stays, and forgets it when the stamp moves", () => {
    const cache = new ClaimCellCache();
    cache.check("1");
    expect(cache.coversDatedFrom("2025-01-01")).toBe(true);
    cache.load("dated", ["k"], [row("k", "2025-01-02", "b:0"), row("k", "2025-01-01", "a:0")]);
    expect(cache.datedRows("k")?.map((r) => r.claim_id)).toEqual(["a:0", "b:0"]);
    cache.commit({ removed: [row("k", "2025-01-01", "a:0")], added: [row("k", "2025-01-03", "c:0")] }, "2");
    cache.check("2");
    expect(cache.datedRows("k")?.map((r) => r.claim_id)).toEqual(["b:0", "c:0"]);
    // Rows of keys never read are not kept: the key is read in full when first asked for.
    cache.commit({ removed: [], added: [row("other", "2025-01-03", "d:0")] }, "3");
    expect(cache.datedRows("other")).toBeUndefined();
    cache.check("4");
    expect(cache.datedRows("k")).toBeUndefined();
  });

  it("moves its floor forward as the days asked about move on, dropping older rows, never back", () => {
    const cache = new ClaimCellCache();
    cache.check(null);
    expect(cache.coversDatedFrom("2025-03-01")).toBe(true);
    expect(cache.datedFloor()).toBe("2025-02-13");
    cache.load("dated", ["k"], [row("k", "2025-02-01", "a:0"), row("k", "2025-06-01", "b:0")]);
    expect(cache.coversDatedFrom("2025-01-01")).toBe(false);
    expect(cache.coversDatedFrom("2025-07-01")).toBe(true);
    expect(cache.datedFloor()).toBe("2025-05-30");
    expect(cache.datedRows("k")?.map((r) => r.claim_id)).toEqual(["b:0"]);
    expect(cache.coversDatedFrom("2025-03-01")).toBe(false);
  });

  it("stops keeping undated rows when it holds too many, then starts afresh when still too many", () => {
    const cache = new ClaimCellCache(3);
    cache.check("1");
    expect(cache.coversDatedFrom("2025-01-01")).toBe(true);
    cache.load("undated", ["u"], [row("u", "", "a:0"), row("u", "", "b:0")]);
    cache.load("dated", ["k"], [row("k", "2025-01-02", "c:0"), row("k", "2025-01-03", "d:0")]);
    // This transaction still reads what it loaded; the next one finds the undated rows gone.
    expect(cache.undatedRows("u")).toHaveLength(2);
    cache.check("1");
    expect(cache.keepsUndated()).toBe(false);
    expect(cache.undatedRows("u")).toBeUndefined();
    expect(cache.datedRows("k")).toHaveLength(2);
    cache.load("dated", ["j"], [row("j", "2025-01-02", "e:0"), row("j", "2025-01-03", "f:0")]);
    cache.check("1");
    expect(cache.datedRows("k")).toBeUndefined();
    expect(cache.keepsUndated()).toBe(true);
  });
});
