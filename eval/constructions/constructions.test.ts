import { describe, expect, it } from "vitest";
import { GoldLine } from "../gold-line.js";
import { CONSTRUCTION_AREAS } from "./index.js";

describe.each(CONSTRUCTION_AREAS.map((area) => [area.area, area] as const))("constructions/%s", (_, area) => {
  const cases = area.cases();

  it("is deterministic", () => {
    expect(area.cases()).toEqual(cases);
  });

  it("has unique ids and gold lines that parse, name their document and hold valid regexes", () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.gold.length).toBeGreaterThan(0);
      for (const g of c.gold) {
        expect(() => GoldLine.parse(g)).not.toThrow();
        expect(g.doc).toBe(c.id);
        if (g.perpetrator !== null) expect(() => new RegExp(g.perpetrator!, "i")).not.toThrow();
      }
    }
  });

  it("has at least 30 families of at least 4 cases each", () => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.family, (sizes.get(c.family) ?? 0) + 1);
    expect(sizes.size).toBeGreaterThanOrEqual(30);
    for (const n of sizes.values()) expect(n).toBeGreaterThanOrEqual(4);
  });

  it("names each gold place in its text", () => {
    for (const c of cases)
      for (const g of c.gold) if (g.place) expect(`${c.title ?? ""} ${c.text}`).toContain(g.place);
  });
});
