import { describe, expect, it } from "vitest";
import { GoldLine } from "../gold-line.js";
import { tollsArea } from "./tolls.js";
import { inWords } from "./tolls-kit.js";

describe("tolls construction suite", () => {
  const cases = tollsArea.cases();

  it("is deterministic", () => {
    expect(tollsArea.cases()).toEqual(cases);
  });

  it("has unique ids and valid gold lines", () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.gold.length).toBeGreaterThan(0);
      for (const g of c.gold) {
        expect(() => GoldLine.parse(g)).not.toThrow();
        expect(g.doc).toBe(c.id);
      }
    }
  });

  it("has at least 30 families of 4 cases or more", () => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.family, (sizes.get(c.family) ?? 0) + 1);
    expect(sizes.size).toBeGreaterThanOrEqual(30);
    for (const [, n] of sizes) expect(n).toBeGreaterThanOrEqual(4);
  });

  it("writes cardinals in words", () => {
    expect(inWords(13)).toBe("thirteen");
    expect(inWords(21)).toBe("twenty-one");
    expect(inWords(40)).toBe("forty");
    expect(inWords(112)).toBe("one hundred and twelve");
    expect(inWords(300)).toBe("three hundred");
  });
});
