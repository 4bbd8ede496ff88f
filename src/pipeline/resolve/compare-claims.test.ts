/**
 * The index screen for undated claims (`undatedMayJoin`) never refuses a dated claim that the full
 * rule (`undatedCouldJoin`) accepts: the store reads only what the screen lets through, so a refusal
 * there would silently keep an undated claim out of its incident.
 */
import { describe, expect, it } from "vitest";
import { undatedAnchorOf } from "../../domain/resolution.js";
import { deps, PLACES, working, type ClaimSpec } from "./__fixtures__/claims.js";
import { undatedCouldJoin, undatedFits } from "./cluster-claims.js";
import {
  agreeingAttackers,
  compareAttribution,
  mayShareByEntry,
  mayShareIncident,
  tollsAgreeAboveZero,
  undatedEntryMayAnchor,
  undatedMayJoin,
} from "./compare-claims.js";
import { searchKeys } from "./place-match.js";
import { eventCompatibility } from "./event-compatibility.js";
import { EventTypeCode } from "../../domain/claim.js";

/** Every combination of a few types, attackers and tolls, once undated and once dated to one day. */
function crossedClaims() {
  const types = ["shelling", "missile_strike", "air_strike", "abduction"] as const;
  const attackers = ["SY_GOV_ASSAD", "RU_MIL", "TR_MIL", "SDF", null];
  const tolls: ClaimSpec["killed"][] = [null, [0, 0], [2, 3], [3, 5], [7, null]];
  const specs: ClaimSpec[] = [];
  for (const type of types)
    for (const attacker of attackers)
      for (const killed of tolls) specs.push({ type, attacker, killed, injured: killed ? null : [1, 2] });
  return {
    undated: working(specs.map((c, i) => ({ id: `u${i}`, claims: [{ ...c, day: null }] }))),
    dated: working(specs.map((c, i) => ({ id: `d${i}`, claims: [{ ...c, day: "2023-01-03" }] }))),
  };
}

describe("undatedMayJoin", () => {
  it("lets through every dated claim an undated claim could join, and refuses most others", () => {
    const { undated, dated } = crossedClaims();
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

describe("undatedEntryMayAnchor", () => {
  it("lets a dated claim find every undated claim it fits or could anchor, by the undated claim's entry", () => {
    const { undated, dated } = crossedClaims();
    let needed = 0;
    let screened = 0;
    for (const u of undated) {
      const anchor = undatedAnchorOf(u);
      for (const d of dated) {
        const need = undatedFits(u, d, deps) || undatedCouldJoin(u, d, deps);
        // Without an anchor of its own an undated claim neither fits nor joins anything.
        if (!anchor) {
          expect(need).toBe(false);
          continue;
        }
        const may = undatedEntryMayAnchor(d, anchor, deps);
        if (need) expect(may, `${d.id} → ${u.id}`).toBe(true);
        if (need) needed++;
        if (may) screened++;
      }
    }
    expect(needed).toBeGreaterThan(50);
    // It screens attackers and tolls only (types are mayShareByEntry's): a superset, not far off.
    expect(screened).toBeGreaterThanOrEqual(needed);
    expect(screened).toBeLessThan(needed * 2);
  });
});

describe("agreeingAttackers", () => {
  it("lists exactly the attackers a claim agrees with or is allied to", () => {
    const ids = [...(deps.actors.all?.() ?? []).map((a) => a.id), "XX_NOT_IN_REGISTRY"];
    expect(ids.length).toBeGreaterThan(20);
    const claims = working(ids.map((attacker, i) => ({ id: `c${i}`, claims: [{ attacker, day: null }] })));
    let related = 0;
    for (const x of claims) {
      const partners = new Set(agreeingAttackers(x, deps));
      for (const y of claims) {
        const attribution = compareAttribution(x, y, deps);
        const agrees = attribution === "agree" || attribution === "allied";
        const id = y.claim.perpetrators[0]!.actorId as string;
        expect(partners.has(id), `${x.claim.perpetrators[0]!.actorId} / ${id}`).toBe(agrees);
        if (agrees && x !== y) related++;
      }
    }
    expect(related).toBeGreaterThan(10);
    expect(agreeingAttackers(claims[0]!, { actors: { get: deps.actors.get.bind(deps.actors) } })).toBeNull();
  });
});

describe("mayShareByEntry", () => {
  it("passes, on one of the entries a lookup finds, every claim that may share an incident", () => {
    const places = [
      ...(Object.keys(PLACES) as (keyof typeof PLACES)[]),
      { unresolved: "Al-Houshan", admin1: "Idlib" },
      { unresolved: "Houshan", admin1: "Idlib" },
    ];
    const types = ["shelling", "air_strike", "abduction"] as const;
    const specs = places.flatMap((place) =>
      types.map((type): ClaimSpec => ({ place, type, day: "2023-01-03" })),
    );
    const a = working(specs.map((c, i) => ({ id: `a${i}`, claims: [c] })));
    const b = working(specs.map((c, i) => ({ id: `b${i}`, claims: [c] })));
    let may = 0;
    let passed = 0;
    for (const x of a)
      for (const y of b) {
        const lookup = new Set(searchKeys(x.place));
        const entries = [...y.place.keys, ...(y.place.cell ? [y.place.cell] : [])]
          .filter((key) => lookup.has(key))
          .map((key) => ({
            key,
            claimId: y.id,
            eventType: y.claim.eventType,
            lat: key === y.place.cell ? y.place.lat : null,
            lon: key === y.place.cell ? y.place.lon : null,
          }));
        const screened = entries.some((entry) => mayShareByEntry(x, entry));
        if (mayShareIncident(x, y)) {
          may++;
          expect(
            screened,
            `${x.place.mention} ${x.claim.eventType} / ${y.place.mention} ${y.claim.eventType}`,
          ).toBe(true);
        }
        if (screened) passed++;
      }
    expect(may).toBeGreaterThan(10);
    // The screen refuses most of what it can: another type, another report, a far cell.
    expect(passed).toBeLessThan(a.length * b.length);
  });
});

describe("tollsAgreeAboveZero", () => {
  const pair = (undated: ClaimSpec, dated: ClaimSpec) => {
    const [u, d] = working([
      { id: "u", claims: [{ attacker: "TR_MIL", type: "drone_strike", ...undated, day: null }] },
      { id: "d", claims: [{ attacker: "TR_MIL", type: "drone_strike", ...dated, day: "2022-08-04" }] },
    ]);
    return tollsAgreeAboveZero(u!, d!);
  };

  it("does not let an injured count join a report of deaths to one that tells none", () => {
    // The drone that killed three and wounded nine is not shown to be the one that wounded nine.
    expect(pair({ killed: [3, 3], injured: [9, 9] }, { killed: null, injured: [9, null] })).toBe(false);
    expect(pair({ killed: null, injured: [9, 9] }, { killed: [3, 3], injured: [9, 9] })).toBe(false);
  });

  it("still agrees on the death toll, or on injuries when neither side reports deaths", () => {
    expect(pair({ killed: [3, 3], injured: [9, 9] }, { killed: [3, 4], injured: null })).toBe(true);
    expect(pair({ killed: null, injured: [4, 4] }, { killed: null, injured: [4, 4] })).toBe(true);
    expect(pair({ killed: [0, 0], injured: [4, 4] }, { killed: null, injured: [4, 4] })).toBe(true);
  });
});

describe("what comparing remembers", () => {
  it("scores each pair of event types as the table does, whichever pair was asked first", () => {
    const types = EventTypeCode.options;
    const forward = types.map((a) => types.map((b) => eventCompatibility(a, b)));
    const backward = [...types]
      .reverse()
      .map((a) => [...types].reverse().map((b) => eventCompatibility(a, b)));
    expect(backward.reverse().map((row) => row.reverse())).toEqual(forward);
    types.forEach((a, i) => types.forEach((b, j) => expect(forward[i]![j]).toBe(forward[j]![i])));
    expect(eventCompatibility("shelling", "missile_strike")).toBe(0.9);
    expect(eventCompatibility("shelling", "abduction")).toBe(0);
    expect(eventCompatibility("shelling", "shelling")).toBe(1);
  });

  it("reads a claim's one attacker afresh: an associate only is no attacker, and lists stay unchanged", () => {
    const [russian, alsoRussian, associate] = working([
      {
        id: "r-ru",
        publisher: "SOHR",
        publishedAt: "2025-03-01",
        claims: [{ place: "sarmin", day: "2025-02-27", attacker: "RU_MIL" }],
      },
      {
        id: "r-ru2",
        publisher: "SNHR",
        publishedAt: "2025-03-01",
        claims: [{ place: "sarmin", day: "2025-02-27", attacker: "RU_MIL" }],
      },
      {
        id: "r-as",
        publisher: "AFP",
        publishedAt: "2025-03-01",
        claims: [{ place: "sarmin", day: "2025-02-27", attacker: "RU_MIL" }],
      },
    ]);
    associate!.claim.perpetrators = associate!.claim.perpetrators.map((p) => ({
      ...p,
      role: "alleged_assoc",
    }));
    expect(compareAttribution(russian!, alsoRussian!, deps)).toBe("agree");
    expect(compareAttribution(russian!, associate!, deps)).toBe("unknown");
    const attackers = agreeingAttackers(russian!, deps);
    expect(attackers).toContain("RU_MIL");
    // The list shared by every claim naming Russian forces alone is not changed by a caller's sort.
    expect(agreeingAttackers(alsoRussian!, deps)).toEqual(attackers);
    expect(compareAttribution(alsoRussian!, russian!, deps)).toBe("agree");
  });
});
