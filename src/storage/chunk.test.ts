import { describe, expect, it } from "vitest";
import { inLists } from "./chunk.js";

describe("inLists", () => {
  it("pads each list to a power of two with its last value, without duplicates across lists", () => {
    expect(inLists(["a", "b", "c"])).toEqual([["a", "b", "c", "c"]]);
    expect(inLists(["a", "a", "b"])).toEqual([["a", "b"]]);
    expect(inLists(["a", "b", "c", "d", "e"], 4)).toEqual([["a", "b", "c", "d"], ["e"]]);
    expect(inLists([])).toEqual([]);
  });

  it("gives at most one list shape per power of two, whatever the number of values", () => {
    const widths = new Set<number>();
    for (let n = 1; n <= 1000; n++)
      for (const list of inLists(Array.from({ length: n }, (_, i) => i))) widths.add(list.length);
    expect([...widths].sort((a, b) => a - b)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
  });
});
