import { describe, expect, it } from "vitest";
import { GoldLine } from "../gold-line.js";
import { perpetratorsArea } from "./perpetrators.js";

describe("perpetrators construction suite", () => {
  const cases = perpetratorsArea.cases();

  it("is deterministic", () => {
    expect(perpetratorsArea.cases()).toEqual(cases);
  });

  it("has unique ids and gold lines that parse and name their document", () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases)
      for (const g of c.gold) {
        expect(() => GoldLine.parse(g)).not.toThrow();
        expect(g.doc).toBe(c.id);
        if (g.perpetrator !== null) expect(() => new RegExp(g.perpetrator!, "i")).not.toThrow();
      }
  });

  it("has at least 30 families of at least 4 cases each", () => {
    const size = new Map<string, number>();
    for (const c of cases) size.set(c.family, (size.get(c.family) ?? 0) + 1);
    expect(size.size).toBeGreaterThanOrEqual(30);
    for (const [, n] of size) expect(n).toBeGreaterThanOrEqual(4);
  });

  it("names each gold place in its text", () => {
    for (const c of cases)
      for (const g of c.gold) if (g.place) expect(`${c.title ?? ""} ${c.text}`).toContain(g.place);
  });
});
