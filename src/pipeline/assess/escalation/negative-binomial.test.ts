import { describe, expect, it } from "vitest";
import { expectedCount, predictive, tailProbability } from "./negative-binomial.js";

describe("negative-binomial tail", () => {
  it("matches hand-computed values for an empty 28-day baseline", () => {
    const params = predictive(0, 28);
    expect(params).toEqual({ r: 0.5, p: 29 / 30 });
    expect(tailProbability(1, params)).toBeCloseTo(1 - Math.sqrt(29 / 30), 10);
    const p0 = Math.sqrt(29 / 30);
    const p1 = p0 * 0.5 * (1 / 30);
    expect(tailProbability(2, params)).toBeCloseTo(1 - p0 - p1, 10);
  });

  it("sums to one and falls as the observation rises above the baseline", () => {
    const params = predictive(28, 28);
    expect(expectedCount(params)).toBeCloseTo(28.5 / 29, 10);
    expect(tailProbability(0, params)).toBe(1);
    const tails = [1, 2, 3, 5, 8].map((x) => tailProbability(x, params));
    for (let i = 1; i < tails.length; i++) expect(tails[i]!).toBeLessThan(tails[i - 1]!);
    expect(tailProbability(200, params)).toBeLessThan(1e-12);
  });

  it("finds the same count less surprising against a busier baseline", () => {
    expect(tailProbability(4, predictive(56, 28))).toBeGreaterThan(tailProbability(4, predictive(5, 28)));
  });
});
