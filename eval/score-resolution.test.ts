/** Pairwise resolution scoring on a made-up record: found pairs, missing gold claims, false merges. */
import { describe, expect, it } from "vitest";
import { toClaim } from "../src/pipeline/resolve/__fixtures__/claims.js";
import { scoreResolution, type ResolutionDoc } from "./score-resolution.js";

const sarmin = { lat: 35.9036, lon: 36.7246 };
const atarib = { lat: 36.1375, lon: 36.8305 };
const claim = (place: "sarmin" | "atarib", incidentId: string) => ({
  claim: toClaim({ place, day: "2023-01-03" }, []),
  incidentId,
});

describe("scoreResolution", () => {
  it("counts found and missed gold pairs, and false merges of different recorded incidents", () => {
    const docs: ResolutionDoc[] = [
      { doc: "a1", incident: "A", ...sarmin, claims: [claim("atarib", "x"), claim("sarmin", "i1")] },
      { doc: "a2", incident: "A", ...sarmin, claims: [claim("sarmin", "i1")] },
      { doc: "a3", incident: "A", ...sarmin, claims: [claim("atarib", "i9")] },
      { doc: "b1", incident: "B", ...atarib, claims: [claim("atarib", "i2")] },
      { doc: "b2", incident: "B", ...atarib, claims: [claim("atarib", "i3")] },
      { doc: "c1", incident: "C", ...atarib, claims: [claim("atarib", "i2")] },
    ];
    const score = scoreResolution(docs, () => "kept apart");
    expect(score).toMatchObject({
      docs: 6,
      multiDocIncidents: 2,
      goldPairs: 4,
      scorablePairs: 2,
      found: 1,
      mergedPairs: 2,
      falseMerges: 1,
      recall: 0.5,
      recallAll: 0.25,
      precision: 0.5,
    });
    expect(score.falseMergeList).toEqual([{ a: "b1", b: "c1", incidentId: "i2" }]);
    expect(score.pairs.filter((p) => p.outcome === "missing").map((p) => p.why)).toEqual([
      "no claim within 10 km in a3",
      "no claim within 10 km in a3",
    ]);
  });
});
