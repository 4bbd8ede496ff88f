/** The resolve stage on small, labelled, made-up claim sets: the traps the issue names, and the hard rules. */
import { describe, expect, it } from "vitest";
import { MAX_UNDATED_FITS, resolveIncidents } from "./index.js";
import { deps, reportId, working, type ReportSpec } from "./__fixtures__/claims.js";

const NOW = "2025-03-01T12:00:00.000Z";

function resolve(reports: ReportSpec[]) {
  return resolveIncidents({ claims: working(reports), incidents: [], now: NOW }, deps).incidents;
}

/** Each incident as the sorted labels of its reports, sorted: a partition that ignores ids and order. */
function partition(reports: ReportSpec[]): string[][] {
  const label = new Map(reports.map((r) => [reportId(r.id), r.id]));
  return resolve(reports)
    .map((i) => i.claims.map((c) => `${label.get(c.reportId)}:${c.ordinal}`).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe("resolveIncidents", () => {
  it("one strike told by three outlets with different tolls is one incident, tolls kept per source", () => {
    const reports: ReportSpec[] = [
      { id: "sohr", publisher: "SOHR", claims: [{ day: "2022-05-11", killed: [4, 4], injured: [9, 9] }] },
      { id: "north", publisher: "North Press Agency", claims: [{ day: "2022-05-11", killed: [6, 6] }] },
      { id: "afp", publisher: "AFP", claims: [{ day: "2022-05-11", killed: [5, null], attacker: "RU_MIL" }] },
    ];
    const incidents = resolve(reports);
    expect(incidents).toHaveLength(1);
    const incident = incidents[0]!;
    expect(incident.casualties.killed).toEqual({ min: 4, max: 6, point: 4 });
    expect(incident.casualties.injured).toEqual({ min: 9, max: 9, point: 9 });
    expect(incident.casualties.bySource.map((b) => [b.sourceId, b.killed]).sort()).toEqual([
      ["afp", { min: 5, max: null }],
      ["north-press", { min: 6, max: 6 }],
      ["sohr", { min: 4, max: 4 }],
    ]);
    expect(incident.independentSources).toBe(3);
    expect(incident.perpetrators.map((p) => [p.actorId, p.attributedBy])).toEqual([
      ["RU_MIL", ["afp"]],
      ["SY_GOV_ASSAD", ["north-press", "sohr"]],
    ]);
    expect(incident.grade).toBe("fair");
    expect(incident.claims.filter((c) => c.match.by === "auto")).toHaveLength(2);
  });

  it("three strikes on one town's hospital on different days stay three incidents", () => {
    const hospital = { targets: ["medical" as const], type: "air_strike" as const, place: "ariha" as const };
    expect(
      partition([
        { id: "a", claims: [{ ...hospital, day: "2023-01-03" }] },
        { id: "b", claims: [{ ...hospital, day: "2023-01-09" }] },
        { id: "c", claims: [{ ...hospital, day: "2023-01-17" }] },
        { id: "d", claims: [{ ...hospital, day: "2023-01-09", type: "attack_medical" }] },
      ]),
    ).toEqual([["a:0"], ["b:0", "d:0"], ["c:0"]]);
  });

  it("claims of one report at different places are different incidents, and never merge with each other", () => {
    expect(
      partition([
        { id: "one", claims: [{ day: "2023-01-03" }, { day: "2023-01-03", place: "hamlet" }] },
        { id: "two", claims: [{ day: "2023-01-03" }] },
      ]),
    ).toEqual([["one:0", "two:0"], ["one:1"]]);
  });

  it("a window claim joins the one dated incident it fits, and stays apart when it fits several", () => {
    const strikes: ReportSpec[] = [
      { id: "d1", claims: [{ day: "2023-01-03", killed: [2, 2] }] },
      { id: "d2", claims: [{ day: "2023-01-05", killed: [3, 3] }] },
    ];
    expect(
      partition([...strikes, { id: "week", claims: [{ window: ["2023-01-01", "2023-01-07"] }] }]),
    ).toEqual([["d1:0"], ["d2:0"], ["week:0"]]);
    expect(
      partition([strikes[0]!, { id: "week", claims: [{ window: ["2023-01-01", "2023-01-07"] }] }]),
    ).toEqual([["d1:0", "week:0"]]);
    const apart = resolve([
      ...strikes,
      { id: "week", claims: [{ window: ["2023-01-01", "2023-01-07"] }] },
    ]).find((i) => i.claims[0]?.reportId === reportId("week"));
    expect(apart?.claims[0]?.match.reason).toContain("fits 2 dated incidents");
  });

  it("two window claims that blame contradicting attackers never join one dated incident together", () => {
    // Each fits the strike of the 3rd alone; one at a time the second would be refused by the first,
    // so resolved together the better fit (then the lower id) joins and the other stays apart.
    const day = {
      id: "d",
      claims: [{ day: "2023-01-03", attacker: null, killed: [2, 2] as [number, number] }],
    };
    const turkish = {
      id: "w-tr",
      claims: [
        {
          window: ["2023-01-01", "2023-01-07"] as [string, string],
          attacker: "TR_MIL",
          killed: [2, 2] as [number, number],
        },
      ],
    };
    const sdf = {
      id: "w-sdf",
      claims: [
        {
          window: ["2023-01-02", "2023-01-08"] as [string, string],
          attacker: "SDF",
          killed: [2, 2] as [number, number],
        },
      ],
    };
    const together = partition([day, turkish, sdf]);
    expect(together).toHaveLength(2);
    expect(together.some((members) => members.includes("w-tr:0") && members.includes("w-sdf:0"))).toBe(false);
    expect(together.find((members) => members.includes("d:0"))).toHaveLength(2);
  });

  it("a window claim never links two dated incidents", () => {
    // Two strikes a day apart and a two-day window over both: the window must not bridge them.
    expect(
      partition([
        { id: "d1", claims: [{ day: "2023-01-03" }] },
        { id: "d2", claims: [{ day: "2023-01-04" }] },
        { id: "w", claims: [{ window: ["2023-01-03", "2023-01-04"] }] },
      ]),
    ).toEqual([["d1:0"], ["d2:0"], ["w:0"]]);
  });

  it("undated claims never merge with each other, nor with a dated incident on place alone", () => {
    expect(
      partition([
        { id: "u1", claims: [{ day: null }] },
        { id: "u2", claims: [{ day: null }] },
      ]),
    ).toEqual([["u1:0"], ["u2:0"]]);
    // Same place, type and attacker, but no toll to compare: not enough.
    expect(
      partition([
        { id: "dated", claims: [{ day: "2023-01-03" }] },
        { id: "u", claims: [{ day: null }] },
      ]),
    ).toEqual([["dated:0"], ["u:0"]]);
    // Same place, type, attacker and a non-zero toll: it joins the one dated incident there.
    expect(
      partition([
        { id: "dated", claims: [{ day: "2023-01-03", killed: [3, 3] }] },
        { id: "u", claims: [{ day: null, killed: [3, 5] }] },
      ]),
    ).toEqual([["dated:0", "u:0"]]);
    // ... unless two dated incidents there fit.
    expect(
      partition([
        { id: "d1", claims: [{ day: "2023-01-03", killed: [3, 3] }] },
        { id: "d2", claims: [{ day: "2023-02-03", killed: [3, 3] }] },
        { id: "u", claims: [{ day: null, killed: [3, 5] }] },
      ]),
    ).toEqual([["d1:0"], ["d2:0"], ["u:0"]]);
  });

  it("an undated claim whose text states a wide window looks for its one dated incident inside it", () => {
    const rivals: ReportSpec[] = [
      { id: "d1", claims: [{ day: "2023-01-03", killed: [3, 3] }] },
      { id: "d2", claims: [{ day: "2022-06-03", killed: [3, 3] }] },
    ];
    const toll = [3, 5] as [number, number];
    // "In 2022": the 2023 strike is no rival, it joins the June one.
    expect(
      partition([...rivals, { id: "u", claims: [{ window: ["2022-01-01", "2022-12-31"], killed: toll }] }]),
    ).toEqual([["d1:0"], ["d2:0", "u:0"]]);
    // No date at all, or "between 2021 and 2023" (more than a year): both fit, so it stays on its own.
    for (const claim of [{ day: null }, { window: ["2021-01-01", "2023-12-31"] as [string, string] }])
      expect(partition([...rivals, { id: "u", claims: [{ ...claim, killed: toll }] }])).toEqual([
        ["d1:0"],
        ["d2:0"],
        ["u:0"],
      ]);
  });

  it("an undated claim naming a weekday joins only a dated incident on that weekday", () => {
    // 2022-07-22 is a Friday, 2022-08-06 a Saturday: "on Saturday" with no publication date.
    const rivals: ReportSpec[] = [
      { id: "fri", claims: [{ day: "2022-07-22", killed: [3, null] }] },
      { id: "sat", claims: [{ day: "2022-08-06", killed: [4, 4] }] },
    ];
    const claim = { day: null, killed: [4, 4] as [number, number] };
    expect(partition([...rivals, { id: "u", claims: [{ ...claim, dateText: "on Saturday" }] }])).toEqual([
      ["fri:0"],
      ["sat:0", "u:0"],
    ]);
    // Without the weekday both fit, so it stays on its own; on a Sunday, neither does.
    for (const dateText of [undefined, "on Sunday"])
      expect(
        partition([...rivals, { id: "u", claims: [{ ...claim, ...(dateText ? { dateText } : {}) }] }]),
      ).toEqual([["fri:0"], ["sat:0"], ["u:0"]]);
  });

  it("an undated claim stays on its own when more dated reports at its place fit it than can be told apart", () => {
    const u: ReportSpec = { id: "u", claims: [{ day: null, killed: [3, 5] }] };
    // Sixteen outlets telling one strike: one incident fits, and it joins it.
    const told: ReportSpec[] = Array.from({ length: MAX_UNDATED_FITS }, (_, i) => ({
      id: `t${i}`,
      claims: [{ day: "2023-01-03", killed: [3, 3] }],
    }));
    expect(partition([...told, u])).toHaveLength(1);
    // One more: too many reports at the place fit it to tell which event it is.
    const more: ReportSpec = { id: "more", claims: [{ day: "2023-01-03", killed: [3, 3] }] };
    const crowded = [...told, more, u];
    const incidents = resolve(crowded);
    expect(incidents).toHaveLength(2);
    const alone = incidents.find((i) => i.claims.length === 1)!;
    expect(alone.claims[0]?.match.reason).toMatch(/more than 16 dated reports at this place fit it/);
  });

  it("contradicting attributions merge only at the same place on the same day, and the incident is contested", () => {
    const contested = resolve([
      {
        id: "sohr",
        publisher: "SOHR",
        claims: [{ day: "2022-08-19", attacker: "SY_GOV_ASSAD", killed: [15, 15] }],
      },
      {
        id: "sana",
        publisher: "SANA",
        claims: [{ day: "2022-08-19", attacker: "TR_MIL", killed: [14, 14] }],
      },
    ]);
    expect(contested).toHaveLength(1);
    expect(contested[0]?.grade).toBe("contested");
    expect(contested[0]?.gradeReason).toContain("Competing claims of responsibility");
    expect(
      partition([
        { id: "sohr", claims: [{ day: "2022-08-19", attacker: "SY_GOV_ASSAD" }] },
        { id: "other", claims: [{ window: ["2022-08-18", "2022-08-19"], attacker: "TR_MIL" }] },
      ]),
    ).toEqual([["other:0"], ["sohr:0"]]);
    expect(
      partition([
        { id: "sohr", claims: [{ day: "2022-08-19", attacker: "SY_GOV_ASSAD" }] },
        { id: "near", claims: [{ day: "2022-08-19", attacker: "TR_MIL", place: "hamlet" }] },
      ]),
    ).toEqual([["near:0"], ["sohr:0"]]);
  });

  it("allies are not a contradiction: Russian strikes told as regime strikes merge", () => {
    expect(
      partition([
        { id: "a", claims: [{ day: "2023-06-25", attacker: "RU_MIL", type: "air_strike" }] },
        { id: "b", claims: [{ day: "2023-06-25", attacker: "SY_GOV_ASSAD", type: "air_strike" }] },
      ]),
    ).toEqual([["a:0", "b:0"]]);
  });

  it("incompatible event types stay apart; compatible ones merge", () => {
    expect(
      partition([
        { id: "a", claims: [{ day: "2023-06-25", type: "shelling" }] },
        { id: "b", claims: [{ day: "2023-06-25", type: "abduction" }] },
        { id: "c", claims: [{ day: "2023-06-25", type: "missile_strike" }] },
      ]),
    ).toEqual([["a:0", "c:0"], ["b:0"]]);
  });

  it("an unresolved place meets a resolved one by name key in the same governorate only", () => {
    expect(
      partition([
        { id: "a", claims: [{ day: "2023-06-25" }] },
        { id: "b", claims: [{ day: "2023-06-25", place: { unresolved: "Sarmeen", admin1: "Idlib" } }] },
        { id: "c", claims: [{ day: "2023-06-25", place: { unresolved: "Sarmeen", admin1: "Hama" } }] },
      ]),
    ).toEqual([["a:0", "b:0"], ["c:0"]]);
  });

  it("a place nearby merges only with more evidence than place and day", () => {
    expect(
      partition([
        { id: "a", claims: [{ day: "2023-06-25", attacker: null }] },
        { id: "b", claims: [{ day: "2023-06-25", attacker: null, place: "hamlet" }] },
      ]),
    ).toEqual([["a:0"], ["b:0"]]);
    const merged = resolve([
      { id: "a", claims: [{ day: "2023-06-25", killed: [4, 4] }] },
      { id: "b", claims: [{ day: "2023-06-25", killed: [4, 4], place: "hamlet" }] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.claims[1]?.match.features).toMatchObject({ place: "near", distanceKm: 2.7 });
    expect(merged[0]?.claims[1]?.match.reason).toContain("a place nearby 2.7 km away");
  });

  it("gives the same incidents and ids whatever order the claims come in", () => {
    const reports: ReportSpec[] = [
      {
        id: "a",
        claims: [
          { day: "2023-01-03", killed: [2, 2] },
          { day: "2023-01-03", place: "ariha" },
        ],
      },
      { id: "b", claims: [{ day: "2023-01-03" }, { window: ["2023-01-01", "2023-01-07"], place: "ariha" }] },
      { id: "c", claims: [{ window: ["2023-01-02", "2023-01-04"] }, { day: null, place: "atarib" }] },
      {
        id: "d",
        claims: [
          { day: "2023-01-04", killed: [1, 1] },
          { day: "2023-01-03", place: "hamlet", killed: [2, 2] },
        ],
      },
      { id: "e", claims: [{ day: null, killed: [2, 3] }] },
    ];
    const claims = working(reports);
    const canonical = resolveIncidents({ claims, incidents: [], now: NOW }, deps).incidents;
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const shuffled = [...claims].sort(() => random() - 0.5);
      expect(resolveIncidents({ claims: shuffled, incidents: [], now: NOW }, deps).incidents).toEqual(
        canonical,
      );
    }
  });

  it("an explanation names the best-scoring claim, ties to the first in claim order, however they joined", () => {
    // A day and a window claim of one incident that an undated claim fits equally well; the window
    // claim's id is the smaller, so it comes first among stored (context) members.
    const reports: ReportSpec[] = [
      { id: "aaa", publisher: "SOHR", publishedAt: "2023-01-08", claims: [{ day: null, killed: [3, 3] }] },
      { id: "zzz", publisher: "SNHR", claims: [{ day: "2023-01-03", killed: [3, 3] }] },
      { id: "und", publisher: "AFP", publishedAt: null, claims: [{ day: null, killed: [3, 3] }] },
    ];
    const claims = working(reports);
    const [windowClaim, dayClaim, undated] = claims;
    expect([windowClaim!.anchor.layer, dayClaim!.anchor.layer, undated!.anchor.layer]).toEqual([
      "window",
      "day",
      "undated",
    ]);
    const matched = (output: ReturnType<typeof resolveIncidents>) =>
      output.placements.find((p) => p.claim.id === undated!.id)?.match.features["matchedClaim"];
    const together = resolveIncidents({ claims, incidents: [], now: NOW }, deps);
    expect(together.incidents).toHaveLength(1);
    expect(matched(together)).toBe(dayClaim!.id);
    // The day and window claims stored, the undated one arriving: the same claim is named.
    const id = together.incidents[0]!.id;
    const stored = [windowClaim!, dayClaim!].map((c) => ({
      ...c,
      incidentId: id,
      affected: false,
      match: together.placements.find((p) => p.claim.id === c.id)!.match,
    }));
    const later = resolveIncidents({ claims: [...stored, undated!], incidents: [], now: NOW }, deps);
    expect(matched(later)).toBe(dayClaim!.id);
  });
});
