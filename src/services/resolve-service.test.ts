/**
 * Resolution through the store, one report at a time: shuffled arrival orders give the same incidents
 * as resolving everything at once; re-resolving after a new extraction replaces the report's claims
 * without duplicates; re-resolving unchanged claims writes nothing.
 */
import { describe, expect, it } from "vitest";
import type { ReportSpec } from "../pipeline/resolve/__fixtures__/claims.js";
import { freshRuntime as fresh, partition, storeReport as store } from "./__fixtures__/stored-reports.js";
import { MAX_UNDATED_FITS } from "../pipeline/resolve/index.js";
import { resolveReports } from "./resolve-service.js";

const REPORTS: ReportSpec[] = [
  {
    id: "sohr",
    publisher: "SOHR",
    claims: [
      { day: "2023-01-03", killed: [2, 2] },
      { day: "2023-01-03", place: "ariha" },
    ],
  },
  {
    id: "north",
    publisher: "North Press",
    claims: [
      { day: "2023-01-03", killed: [3, 3] },
      { window: ["2023-01-01", "2023-01-07"], place: "ariha" },
    ],
  },
  {
    id: "afp",
    publisher: "AFP",
    claims: [{ window: ["2023-01-02", "2023-01-04"] }, { day: null, place: "atarib" }],
  },
  {
    id: "snhr",
    publisher: "SNHR",
    claims: [
      { day: "2023-01-04", killed: [1, 1] },
      { day: "2023-01-03", place: "hamlet", killed: [2, 2] },
    ],
  },
  {
    id: "scd",
    publisher: "White Helmets",
    claims: [
      { day: null, killed: [2, 3] },
      { day: "2023-01-05", place: "ariha" },
    ],
  },
  { id: "sana", publisher: "SANA", claims: [{ day: "2023-01-03", attacker: "HTS", place: "ariha" }] },
  {
    id: "week",
    publisher: "Enab Baladi",
    claims: [{ window: ["2023-01-03", "2023-01-05"], place: "ariha" }],
  },
];

describe("resolveReports", () => {
  it("gives the same incidents in any arrival order, one report at a time", async () => {
    const batch = await fresh();
    const labels = new Map<string, string>();
    const ids: string[] = [];
    for (const spec of REPORTS) {
      const id = await store(batch, spec);
      labels.set(id, spec.id);
      ids.push(id);
    }
    await resolveReports(batch, ids, "test", { batchSize: 100 });
    const expected = await partition(batch, labels);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(REPORTS.flatMap((r) => r.claims).length);

    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 4; round++) {
      const runtime = await fresh();
      const order = [...REPORTS].sort(() => random() - 0.5);
      for (const spec of order) await resolveReports(runtime, [await store(runtime, spec)], "test");
      expect(await partition(runtime, labels), `order ${order.map((r) => r.id).join(",")}`).toEqual(expected);
      expect((await runtime.store.audit.verify()).ok).toBe(true);
    }
  });

  it("places an undated claim stating a wide window by the dated incidents inside it, in every order", async () => {
    const strike = { attacker: "RU_MIL", type: "air_strike" as const, killed: [3, 3] as [number, number] };
    const reports: ReportSpec[] = [
      { id: "early", publisher: "SOHR", claims: [{ ...strike, day: "2023-01-03" }] },
      { id: "late", publisher: "SNHR", claims: [{ ...strike, day: "2023-01-06" }] },
      { id: "wide", publisher: "AFP", claims: [{ ...strike, window: ["2022-07-01", "2023-01-04"] }] },
    ];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const runtime = await fresh();
      const labels = new Map<string, string>();
      for (const i of order) {
        const spec = reports[i]!;
        const id = await store(runtime, spec);
        labels.set(id, spec.id);
        await resolveReports(runtime, [id], "test");
      }
      // "late" is outside the window, so "early" is the one dated incident that fits.
      expect(await partition(runtime, labels), `order ${order.join(",")}`).toEqual([
        ["early:0", "wide:0"],
        ["late:0"],
      ]);
    }
  });

  it("lets an undated claim join one much-reported strike, but not once more reports fit it than can be told apart, in any order", async () => {
    const strike = { attacker: "RU_MIL", type: "air_strike" as const, killed: [3, 3] as [number, number] };
    // Reports another attacker makes no rivals: the search of the place's history passes over them.
    const others: ReportSpec[] = Array.from({ length: 6 }, (_, i) => ({
      id: `tr${i}`,
      claims: [{ ...strike, attacker: "TR_MIL", day: `2023-02-0${i + 1}` }],
    }));
    const undated: ReportSpec = { id: "u", claims: [{ ...strike, day: null, killed: [3, 5] }] };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const tellings of [MAX_UNDATED_FITS, MAX_UNDATED_FITS + 1]) {
      const told: ReportSpec[] = Array.from({ length: tellings }, (_, i) => ({
        id: `t${i}`,
        claims: [{ ...strike, day: "2023-01-03" }],
      }));
      const reports = [...others, ...told, undated];
      for (let round = 0; round < 3; round++) {
        const runtime = await fresh();
        const labels = new Map<string, string>();
        const order = round === 0 ? [undated, ...others, ...told] : [...reports].sort(() => random() - 0.5);
        for (const spec of order) {
          const id = await store(runtime, spec);
          labels.set(id, spec.id);
          await resolveReports(runtime, [id], "test");
        }
        const withUndated = (await partition(runtime, labels)).find((incident) => incident.includes("u:0"));
        expect(withUndated, `${tellings} tellings, order ${order.map((r) => r.id).join(",")}`).toHaveLength(
          tellings > MAX_UNDATED_FITS ? 1 : tellings + 1,
        );
      }
    }
  });

  it("keeps an undated claim crowded out as more reports arrive, and frees it when reports of the strike go", async () => {
    const strike = { attacker: "RU_MIL", type: "air_strike" as const, killed: [3, 3] as [number, number] };
    const undated: ReportSpec = { id: "u", claims: [{ ...strike, day: null, killed: [3, 5] }] };
    const told: ReportSpec[] = Array.from({ length: MAX_UNDATED_FITS + 2 }, (_, i) => ({
      id: `t${i}`,
      claims: [{ ...strike, day: "2023-01-03" }],
    }));
    const runtime = await fresh();
    const labels = new Map<string, string>();
    for (const spec of [undated, ...told]) {
      const id = await store(runtime, spec);
      labels.set(id, spec.id);
      await resolveReports(runtime, [id], "test");
    }
    const alone = async () =>
      (await partition(runtime, labels)).find((incident) => incident.includes("u:0"))!.length === 1;
    expect(await alone()).toBe(true);
    // New extractions move two reports' claims to another place: sixteen fit, and it joins the strike.
    for (const spec of told.slice(0, 2)) {
      const id = await store(
        runtime,
        { ...spec, claims: [{ ...strike, day: "2023-01-03", place: "ariha" }] },
        "test-2",
      );
      await resolveReports(runtime, [id], "test");
      expect(await alone()).toBe(spec === told[0]);
    }
  });

  it("gives the same incidents in any arrival order on a random, crowded mix of reports", async () => {
    // Seeded random reports over three nearby places and five days: day, window and undated claims
    // (some stating a window too wide for a day, which reaches only some of the days),
    // allied and contradicting attackers, compatible and incompatible types, differing tolls.
    let seed = 2024;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const days = ["2023-01-03", "2023-01-04", "2023-01-05", "2023-01-06", "2023-01-07"];
    const reports: ReportSpec[] = Array.from({ length: 36 }, (_, i) => ({
      id: `r${i}`,
      publisher: pick(["SOHR", "SNHR", "North Press", "SANA", "AFP", null]) ?? undefined,
      claims: Array.from({ length: 1 + Math.floor(random() * 2) }, (__, j) => {
        const roll = random();
        const day = pick(days);
        return {
          place: j === 0 ? pick(["sarmin", "hamlet"] as const) : pick(["ariha", "atarib"] as const),
          ...(roll < 0.65
            ? { day }
            : roll < 0.9
              ? { window: [day, days[Math.min(days.indexOf(day) + 2, days.length - 1)]!] as [string, string] }
              : // Undated: no date at all, or a window too wide for a day that reaches only some days.
                pick([
                  { day: null },
                  { window: ["2022-07-01", "2023-01-04"] as [string, string] },
                  { window: ["2023-01-05", "2023-12-31"] as [string, string] },
                ])),
          type: pick(["shelling", "missile_strike", "air_strike", "abduction"] as const),
          attacker: pick(["SY_GOV_ASSAD", "RU_MIL", "TR_MIL", null]),
          killed: random() < 0.7 ? ([2 + Math.floor(random() * 2), 3] as [number, number]) : null,
        };
      }),
    }));
    const batch = await fresh();
    const labels = new Map<string, string>();
    const ids: string[] = [];
    for (const spec of reports) {
      const id = await store(batch, spec);
      labels.set(id, spec.id);
      ids.push(id);
    }
    await resolveReports(batch, ids, "test", { batchSize: 100 });
    const expected = await partition(batch, labels);
    expect(expected.some((incident) => incident.length > 2)).toBe(true);
    for (let round = 0; round < 3; round++) {
      const runtime = await fresh();
      const order = [...reports].sort(() => random() - 0.5);
      for (const spec of order) await resolveReports(runtime, [await store(runtime, spec)], "test");
      expect(await partition(runtime, labels), `order ${order.map((r) => r.id).join(",")}`).toEqual(expected);
    }
  });

  it("lets the better of two window claims blaming different sides take a day incident, whatever came first", async () => {
    // Two reports' "last week" claims fit the one strike of their week at Sarmin; they blame Turkey
    // and Russia, so only one may join it. Resolved together, the better fit (the same type) wins; it
    // must also win when the weaker one arrived first and already sits in the incident.
    const specs: ReportSpec[] = [
      {
        id: "day",
        publisher: "SOHR",
        claims: [{ day: "2023-01-05", type: "drone_strike", attacker: null, killed: [5, 5] }],
      },
      {
        id: "weaker",
        publisher: "North Press",
        claims: [
          { window: ["2023-01-01", "2023-01-07"], type: "air_strike", attacker: "TR_MIL", killed: [6, 6] },
        ],
      },
      {
        id: "better",
        publisher: "SANA",
        claims: [
          { window: ["2023-01-03", "2023-01-09"], type: "drone_strike", attacker: "RU_MIL", killed: [5, 5] },
        ],
      },
    ];
    const together = await fresh();
    const labels = new Map<string, string>();
    const ids: string[] = [];
    for (const spec of specs) {
      const id = await store(together, spec);
      labels.set(id, spec.id);
      ids.push(id);
    }
    await resolveReports(together, ids, "test", { batchSize: 100 });
    const expected = await partition(together, labels);
    expect(expected).toContainEqual(["better:0", "day:0"]);
    for (const order of [specs, [...specs].reverse(), [specs[1]!, specs[0]!, specs[2]!]]) {
      const runtime = await fresh();
      for (const spec of order) await resolveReports(runtime, [await store(runtime, spec)], "test");
      expect(await partition(runtime, labels), `order ${order.map((r) => r.id).join(",")}`).toEqual(expected);
    }
  });

  it("gives the same incidents for any batch size and order when window claims compete for day incidents", async () => {
    // Seeded: two nearby places, two weeks; strikes told on the day naming no attacker, and many "last
    // week" claims with windows that differ by a day or more and blame opposing sides, so that several
    // compete for each strike (this caught a window claim keeping a strike because it came first).
    let seed = 77;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const day = (n: number) => `2023-01-${String(n).padStart(2, "0")}`;
    const reports: ReportSpec[] = Array.from({ length: 30 }, (_, i) => {
      const start = 1 + Math.floor(random() * 10);
      return {
        id: `q${i}`,
        publisher: pick(["SOHR", "SNHR", "North Press", "SANA", "AFP", "Enab Baladi"]),
        claims: [
          {
            place: pick(["sarmin", "sarmin", "hamlet"] as const),
            ...(i % 3 === 0
              ? { day: day(start + 3), attacker: null }
              : random() < 0.9
                ? {
                    window: [day(start), day(start + 3 + Math.floor(random() * 4))] as [string, string],
                    attacker: pick(["RU_MIL", "TR_MIL", "SDF"]),
                  }
                : { day: null, attacker: pick(["RU_MIL", "TR_MIL"]) }),
            type: pick(["shelling", "air_strike", "drone_strike"] as const),
            killed: [3 + Math.floor(random() * 3), 5] as [number, number],
          },
        ],
      };
    });
    const together = await fresh();
    const labels = new Map<string, string>();
    const ids: string[] = [];
    for (const spec of reports) {
      const id = await store(together, spec);
      labels.set(id, spec.id);
      ids.push(id);
    }
    await resolveReports(together, ids, "test", { batchSize: 100 });
    const expected = await partition(together, labels);
    expect(expected.some((incident) => incident.length > 2)).toBe(true);
    for (const batchSize of [1, 3, 4, 7, 11]) {
      const runtime = await fresh();
      const order = [...reports].sort(() => random() - 0.5);
      const stored: string[] = [];
      for (const spec of order) stored.push(await store(runtime, spec));
      await resolveReports(runtime, stored, "test", { batchSize });
      expect(
        await partition(runtime, labels),
        `batch ${batchSize}, order ${order.map((r) => r.id).join(",")}`,
      ).toEqual(expected);
    }
  });

  it("replaces a report's claims after a new extraction, without duplicates, and is a no-op when unchanged", async () => {
    const runtime = await fresh();
    const a = await store(runtime, REPORTS[0]!);
    const b = await store(runtime, REPORTS[1]!);
    await resolveReports(runtime, [a, b], "test");
    const before = await runtime.store.incidents.count();
    expect(await runtime.store.incidents.countClaims()).toBe(4);

    // Nothing new: skipped, and even forced it writes nothing.
    expect(await resolveReports(runtime, [a, b], "test")).toMatchObject({ resolved: 0, skipped: 2 });
    const events = (await runtime.store.audit.list({ limit: 100 })).length;
    expect(await resolveReports(runtime, [a, b], "test", { force: true })).toMatchObject({
      resolved: 2,
      incidentsWritten: 0,
    });
    expect(await runtime.store.audit.list({ limit: 100 })).toHaveLength(events);

    // A new extractor finds one more claim in report a and a different toll.
    await store(
      runtime,
      {
        ...REPORTS[0]!,
        claims: [
          { day: "2023-01-03", killed: [5, 5] },
          { day: "2023-01-03", place: "ariha" },
          { day: "2023-01-09", place: "atarib" },
        ],
      },
      "test-2",
    );
    await resolveReports(runtime, [a], "test");
    expect(await runtime.store.incidents.countClaims()).toBe(5);
    expect(await runtime.store.incidents.count()).toBe(before + 1);
    const sarmin = (await runtime.store.incidents.list({ limit: 10, offset: 0, place: "sarmin" }))[0]!;
    expect(sarmin.casualties.killed).toEqual({ min: 3, max: 5, point: 3 });
    expect(sarmin.claims.map((c) => c.reportId).sort()).toEqual([a, b].sort());
  });
});
