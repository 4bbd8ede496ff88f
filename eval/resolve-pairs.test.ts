/** Scoring of the hand gold of real pairs on made-up claims: found, kept apart, false merges, splits. */
import { describe, expect, it } from "vitest";
import { transliterationKey } from "../src/knowledge/index.js";
import { toClaim } from "../src/pipeline/resolve/__fixtures__/claims.js";
import {
  docSplit,
  groupSplits,
  scoreResolvePairs,
  type PairDocClaims,
  type PairLine,
} from "./resolve-pairs.js";
import { splitOf } from "./split.js";

const sarmin = { place: "Sarmin", lat: 35.9036, lon: 36.7246 };
const entry = (place: "sarmin" | "atarib", incidentId: string) => ({
  claim: toClaim({ place, day: "2023-01-03" }, []),
  incidentId,
});
const pair = (
  a: string,
  b: string,
  relation: PairLine["relation"],
  where: Pick<PairLine, "place" | "lat" | "lon" | "names"> = sarmin,
): PairLine => ({
  group: "g",
  a,
  b,
  relation,
  ...where,
  reason: "made up",
});

describe("scoreResolvePairs", () => {
  it("counts same-event pairs found, different-event pairs merged, and pairs with a claim missing", () => {
    const docs = new Map<string, PairDocClaims>(
      [
        { doc: "a", claims: [entry("atarib", "x"), entry("sarmin", "i1")] },
        { doc: "b", claims: [entry("sarmin", "i1")] },
        { doc: "c", claims: [entry("sarmin", "i2")] },
        { doc: "d", claims: [entry("sarmin", "i1")] },
        { doc: "e", claims: [entry("atarib", "i1")] },
      ].map((d) => [d.doc, d]),
    );
    const score = scoreResolvePairs(
      [pair("a", "b", "same"), pair("a", "c", "same"), pair("b", "d", "different"), pair("a", "e", "same")],
      docs,
      transliterationKey,
      () => "kept apart",
    );
    expect(score).toMatchObject({
      same: 3,
      different: 1,
      sameScorable: 2,
      found: 1,
      falseMerges: 1,
      recall: 0.5,
      precision: 0.5,
    });
    expect(score.lines.map((l) => l.outcome)).toEqual(["merged", "apart", "merged", "missing"]);
  });

  it("matches a place without coordinates by its names", () => {
    const docs = new Map<string, PairDocClaims>([
      ["a", { doc: "a", claims: [entry("sarmin", "i1")] }],
      ["b", { doc: "b", claims: [entry("sarmin", "i1")] }],
    ]);
    const where = { place: "Sarmeen", lat: null, lon: null, names: ["Sarmeen", "Sarmin"] };
    const score = scoreResolvePairs([pair("a", "b", "same", where)], docs, transliterationKey, () => "");
    expect(score.found).toBe(1);
  });
});

describe("groupSplits", () => {
  it("holds a group out when any of its texts is held out in its own set", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `d${i}`);
    const held = ids.find((id) => splitOf("sohr-idlib", id) === "test")!;
    const kept = ids.filter((id) => splitOf("sohr-idlib", id) === "tune");
    const groups = Array.from({ length: 40 }, (_, i) => `grp${i}`);
    const tuneGroup = groups.find((g) => splitOf("resolve-pairs", g) === "tune")!;
    const line = (a: string, b: string): PairLine => ({ ...pair(a, b, "same"), group: tuneGroup });
    const none = () => undefined;
    expect(docSplit(`gold/sohr-idlib/${held}`, none)).toBe("test");
    expect(
      groupSplits([line(`gold/sohr-idlib/${kept[0]}`, `gold/sohr-idlib/${kept[1]}`)], none).get(tuneGroup),
    ).toBe("tune");
    expect(
      groupSplits(
        [
          line(`gold/sohr-idlib/${kept[0]}`, `gold/sohr-idlib/${kept[1]}`),
          line(`gold/sohr-idlib/${kept[0]}`, `gold/sohr-idlib/${held}`),
        ],
        none,
      ).get(tuneGroup),
    ).toBe("test");
    // Airwars texts follow their recorded incident.
    const incident = ["X1", "X2", "X3", "X4", "X5", "X6"].find(
      (i) => splitOf("external/airwars-syria", i) === "test",
    )!;
    expect(docSplit("external/airwars-syria/aws-q-1", () => incident)).toBe("test");
  });
});
