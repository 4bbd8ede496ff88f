import { describe, expect, it } from "vitest";
import { bearerCount, compoundParts, RESPELL, respelled } from "./places-kit.js";
import { placesArea } from "./places.js";

// The checks every suite shares are in constructions.test.ts.
describe("constructions/places", () => {
  const cases = placesArea.cases();

  it("has families of at most 8 cases", () => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.family, (sizes.get(c.family) ?? 0) + 1);
    for (const n of sizes.values()) expect(n).toBeLessThanOrEqual(8);
  });

  it("respells OCHA names into spellings no built-in place bears, for every rule", () => {
    for (const rule of Object.keys(RESPELL)) {
      const pool = respelled(rule);
      expect(pool.length, rule).toBeGreaterThanOrEqual(6);
      for (const { entry, spelling } of pool.slice(0, 20)) {
        expect(spelling).not.toBe(entry.name);
        expect(bearerCount(spelling)).toBe(0);
      }
    }
    expect(RESPELL["ending-a"]!("Musallamiyeh")).toBe("Musallamiya");
    expect(RESPELL.article!("Um Elamad Qabli")).toBe("Um al-Amad Qabli");
    expect(RESPELL.kafr!("Kafr Naha")).toBe("Kfar Naha");
  });

  it("tells a merged community by a part that no other place bears", () => {
    for (const side of [0, 1] as const)
      for (const { entry, part } of compoundParts(side)) {
        expect(entry.name.split(" - ")[side]).toBe(part);
        expect(bearerCount(part)).toBeLessThanOrEqual(1);
      }
  });

  it("gives context families one incident: the village told as context is not one", () => {
    for (const c of cases.filter((c) => c.family.startsWith("context-"))) expect(c.gold).toHaveLength(1);
  });
});
