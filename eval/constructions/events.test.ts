import { describe, expect, it } from "vitest";
import { eventsArea } from "./events.js";

// The checks every suite shares are in constructions.test.ts.
describe("constructions/events", () => {
  const cases = eventsArea.cases();

  it("has families of at most 8 cases", () => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.family, (sizes.get(c.family) ?? 0) + 1);
    for (const n of sizes.values()) expect(n).toBeLessThanOrEqual(8);
  });

  it("has negative families that must yield nothing", () => {
    expect(cases.filter((c) => c.gold.every((g) => g.place === null)).length).toBeGreaterThanOrEqual(20);
  });
});
