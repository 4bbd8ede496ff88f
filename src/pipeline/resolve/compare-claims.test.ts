/**
 * The index screen for undated claims (`undatedMayJoin`) never refuses a dated claim that the full
 * rule (`undatedCouldJoin`) accepts: the store reads only what the screen lets through, so a refusal
 * there would silently keep an undated claim out of its incident.
 */
import { describe, expect, it } from "vitest";
import { undatedAnchorOf } from "../../domain/resolution.js";
import { deps, working, type ClaimSpec } from "./__fixtures__/claims.js";
import { undatedCouldJoin } from "./cluster-claims.js";
import { undatedMayJoin } from "./compare-claims.js";

describe("undatedMayJoin", () => {
  it("lets through every dated claim an undated claim could join, and refuses most others", () => {
    const types = ["shelling", "missile_strike", "air_strike", "abduction"] as const;
    const attackers = ["SY_GOV_ASSAD", "RU_MIL", "TR_MIL", "SDF", null];
    const tolls: ClaimSpec["killed"][] = [null, [0, 0], [2, 3], [3, 5], [7, null]];
    const specs: ClaimSpec[] = [];
    for (const type of types)
      for (const attacker of attackers)
        for (const killed of tolls) specs.push({ type, attacker, killed, injured: killed ? null : [1, 2] });
    const undated = working(specs.map((c, i) => ({ id: `u${i}`, claims: [{ ...c, day: null }] })));
    const dated = working(specs.map((c, i) => ({ id: `d${i}`, claims: [{ ...c, day: "2023-01-03" }] })));
    let accepted = 0;
    let screened = 0;
    for (const u of undated)
      for (const d of dated) {
        const anchor = undatedAnchorOf(d);
        const could = undatedCouldJoin(u, d, deps);
        if (!anchor) {
          expect(could).toBe(false);
          continue;
        }
        const may = undatedMayJoin(u, d.id, anchor, deps);
        if (could) expect(may, `${u.id} → ${d.id}`).toBe(true);
        if (could) accepted++;
        if (may) screened++;
      }
    expect(accepted).toBeGreaterThan(50);
    // Same place here, so the screen is exact.
    expect(screened).toBe(accepted);
  });
});
