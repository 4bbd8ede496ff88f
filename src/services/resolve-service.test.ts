/**
 * Resolution through the store, one report at a time: shuffled arrival orders give the same incidents
 * as resolving everything at once; re-resolving after a new extraction replaces the report's claims
 * without duplicates; re-resolving unchanged claims writes nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config/config.js";
import type { Extraction } from "../domain/claim.js";
import type { Report } from "../domain/report.js";
import { sha256Hex } from "../storage/hash.js";
import { toClaim, type ReportSpec } from "../pipeline/resolve/__fixtures__/claims.js";
import { openRuntime, type Runtime } from "./runtime.js";
import { resolveReports } from "./resolve-service.js";

const opened: { runtime: Runtime; dir: string }[] = [];
afterEach(async () => {
  for (const { runtime, dir } of opened.splice(0)) {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function fresh(): Promise<Runtime> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-resolve-"));
  const runtime = await openRuntime(loadConfig({ dataDir: dir }, {}));
  opened.push({ runtime, dir });
  return runtime;
}

/** Stores a report whose bytes are its label, and an extraction with the spec's claims. */
async function store(runtime: Runtime, spec: ReportSpec, version = "test-1"): Promise<string> {
  const bytes = new TextEncoder().encode(`report ${spec.id}`);
  const id = sha256Hex(bytes);
  const report: Report = {
    id,
    byteLength: bytes.byteLength,
    mediaType: "text/plain",
    encoding: "utf-8",
    originalName: `${spec.id}.txt`,
    retrievedAt: "2025-03-01T10:00:00.000Z",
    url: spec.url ?? null,
    publisher: spec.publisher ?? null,
    originators: spec.originators ?? [],
    publishedAt: spec.publishedAt ?? null,
    language: "en",
    title: spec.id,
    byline: null,
    text: spec.lead ?? `report ${spec.id}`,
    removed: [],
    related: [],
    keywords: [],
    caveats: spec.caveats ?? [],
  };
  await runtime.store.reports.save(report, bytes, "test");
  const extraction: Extraction = {
    report: {
      id,
      title: spec.id,
      publisher: report.publisher,
      originators: report.originators,
      publishedAt: report.publishedAt,
      language: "en",
      caveats: report.caveats,
      related: [],
    },
    incidents: spec.claims.map((c) => toClaim(c, spec.attributedTo ?? [])),
    statements: [],
  };
  await runtime.store.claims.saveExtraction(id, version, extraction, "test");
  return id;
}

async function partition(runtime: Runtime, labels: Map<string, string>): Promise<string[][]> {
  const incidents = await runtime.store.incidents.list({ limit: 1000, offset: 0 });
  return incidents
    .map((i) => i.claims.map((c) => `${labels.get(c.reportId)}:${c.ordinal}`).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

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
