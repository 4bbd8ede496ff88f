/**
 * Resolution through the store, one report at a time: shuffled arrival orders give the same incidents
 * as resolving everything at once; re-resolving after a new extraction replaces the report's claims
 * without duplicates; re-resolving unchanged claims writes nothing.
 */
import { describe, expect, it } from "vitest";
import type { ReportSpec } from "../pipeline/resolve/__fixtures__/claims.js";
import { freshRuntime as fresh, partition, storeReport as store } from "./__fixtures__/stored-reports.js";
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
