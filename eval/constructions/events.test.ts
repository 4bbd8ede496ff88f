import { describe, expect, it } from "vitest";
import { GoldLine } from "../gold-line.js";
import { eventsArea } from "./events.js";

describe("constructions/events", () => {
  const cases = eventsArea.cases();

  it("is deterministic", () => {
    expect(eventsArea.cases()).toEqual(cases);
  });

  it("has unique ids and gold lines that parse", () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases)
      for (const g of c.gold) {
        expect(() => GoldLine.parse(g)).not.toThrow();
        expect(g.doc).toBe(c.id);
      }
  });

  it("has at least 30 families of 4 to 8 cases", () => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.family, (sizes.get(c.family) ?? 0) + 1);
    expect(sizes.size).toBeGreaterThanOrEqual(30);
    for (const n of sizes.values()) {
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(8);
    }
  });

  it("has negative families that must yield nothing", () => {
    expect(cases.filter((c) => c.gold.every((g) => g.place === null)).length).toBeGreaterThanOrEqual(20);
  });
});
