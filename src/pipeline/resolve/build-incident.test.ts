/**
 * Building an incident picks its type, place and dates in one pass over its claims (build-incident.ts),
 * not by sorting copies: the picks must be those of the sorts they replaced, in any order of the
 * claims. Invented claims at real places (see __fixtures__/claims.ts).
 */
import { describe, expect, it } from "vitest";
import type { Incident } from "../../domain/incident.js";
import { deps, working, type ClaimSpec } from "./__fixtures__/claims.js";
import { buildIncident } from "./build-incident.js";
import { explainSeed } from "./explain-match.js";
import { hierarchyRank } from "./event-compatibility.js";
import type { WorkingClaim } from "./resolvable-claim.js";
import { workingClaim } from "./resolvable-claim.js";

const META = {
  id: "inc_0000000000000001",
  review: { status: "unreviewed" as const, by: null, at: null },
  overrides: null,
  pinned: false,
  createdAt: "2025-03-01T00:00:00.000Z",
};

/** The picks as the sorts made them before (the first of a sorted copy). */
function sortedPicks(claims: WorkingClaim[]) {
  const typeClaim = [...claims].sort(
    (a, b) => hierarchyRank(a.claim.eventType) - hierarchyRank(b.claim.eventType) || (a.id < b.id ? -1 : 1),
  )[0]!;
  const counts = new Map<string, number>();
  for (const c of claims)
    if (c.place.gazetteerId) counts.set(c.place.gazetteerId, (counts.get(c.place.gazetteerId) ?? 0) + 1);
  const rank = (c: WorkingClaim) => (c.place.level === "region" ? 2 : c.place.gazetteerId ? 0 : 1);
  const placeClaim = [...claims].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (counts.get(b.place.gazetteerId ?? "") ?? 0) - (counts.get(a.place.gazetteerId ?? "") ?? 0) ||
      (a.id < b.id ? -1 : 1),
  )[0]!;
  let date: Incident["date"];
  const days = [...new Set(claims.filter((c) => c.anchor.layer === "day").map((c) => c.anchor.from!))].sort();
  const windows = claims.filter((c) => c.anchor.layer === "window");
  const stated = claims.filter((c) => c.anchor.from !== null);
  if (days.length > 0)
    date = { start: days[0]!, end: days.at(-1)!, precision: days.length === 1 ? "day" : "window" };
  else if (windows.length > 0) {
    const from = windows.map((c) => c.anchor.from!).sort();
    const to = windows.map((c) => c.anchor.to!).sort();
    date =
      from.at(-1)! <= to[0]!
        ? { start: from.at(-1)!, end: to[0]!, precision: "window" }
        : { start: from[0]!, end: to.at(-1)!, precision: "window" };
  } else if (stated.length === 1)
    date = {
      start: stated[0]!.anchor.from,
      end: stated[0]!.anchor.to,
      precision: stated[0]!.claim.date.precision,
    };
  else date = { start: null, end: null, precision: "unknown" };
  return { eventType: typeClaim.claim.eventType, placeName: placeClaim.claim.place.name, date };
}

/** A small deterministic shuffle. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const report = (id: string, claims: ClaimSpec[]) => ({
  id,
  publisher: "SOHR",
  publishedAt: "2025-03-01",
  claims,
});

const GROUPS: WorkingClaim[][] = [
  // Day claims on two days, types of different rank, two gazetteer places and an unresolved one.
  working([
    report("r-a", [{ place: "sarmin", day: "2025-02-27", type: "shelling" }]),
    report("r-b", [{ place: "saraqib", day: "2025-02-26", type: "air_strike" }]),
    report("r-c", [
      { place: { unresolved: "Tall Hamid", admin1: "Idlib" }, day: "2025-02-27", type: "air_strike" },
    ]),
    report("r-d", [{ place: "saraqib", day: "2025-02-28", type: "drone_strike" }]),
    report("r-e", [{ place: "sarmin", day: "2025-02-27", type: "air_strike" }]),
  ]),
  // Window claims that share a window, and two that share none (an analyst's merge: their hull).
  working([
    report("w-a", [{ place: "ariha", window: ["2025-02-20", "2025-02-26"] }]),
    report("w-b", [{ place: "ariha", window: ["2025-02-22", "2025-02-28"] }]),
  ]),
  working([
    report("w-c", [{ place: "ariha", window: ["2025-02-01", "2025-02-03"] }]),
    report("w-d", [{ place: "atarib", window: ["2025-02-10", "2025-02-14"] }]),
    report("w-e", [{ place: "ariha", window: ["2025-02-05", "2025-02-07"] }]),
  ]),
  // Undated claims only: one stating a wide window, one nothing.
  working([report("u-a", [{ place: "sarmin", day: null }]), report("u-b", [{ place: "hamlet", day: null }])]),
];

describe("building an incident", () => {
  it("picks the type, place and dates the sorted copies picked, in any order of its claims", () => {
    for (const claims of GROUPS)
      for (let seed = 1; seed <= 6; seed++) {
        const members = shuffled(claims, seed).map((claim) => ({ claim, match: explainSeed(claim, null) }));
        const incident = buildIncident(members, META, deps, "2025-03-01T00:00:00.000Z");
        const expected = sortedPicks(claims);
        expect(incident.eventType).toBe(expected.eventType);
        expect(incident.place.name).toBe(expected.placeName);
        expect(incident.date).toEqual(expected.date);
        expect(JSON.stringify(incident)).toBe(
          JSON.stringify(
            buildIncident(
              claims.map((claim) => ({ claim, match: explainSeed(claim, null) })),
              META,
              deps,
              "2025-03-01T00:00:00.000Z",
            ),
          ),
        );
      }
  });
});

describe("working claims", () => {
  it("keep the claim's keys in its order, the working fields after them, as a spread would", () => {
    const [claim] = GROUPS[0]!;
    const at = { incidentId: "inc_1", pinned: true, affected: false, match: null };
    const made = workingClaim(claim!, at);
    expect(Object.keys(made)).toEqual(Object.keys({ ...claim!, ...at }));
    expect(JSON.stringify(made)).toBe(JSON.stringify({ ...claim!, ...at }));
    // A working claim made again from one keeps the keys where they were.
    const again = workingClaim(made, { incidentId: null, pinned: false, affected: true, match: null });
    expect(Object.keys(again)).toEqual(Object.keys(made));
    expect(again.incidentId).toBeNull();
  });
});
