/**
 * Stored reports resolved as a backlog (`r2p incidents resolve --bulk`): in publication order, each
 * incident written once, the same incidents as resolving them one report at a time; with incidents
 * already stored it goes the usual way. (The bulk path against the incremental one on thousands of
 * synthetic claims: test/integration/backlog-resolve.test.ts.)
 */
import { describe, expect, it } from "vitest";
import type { ReportSpec } from "../pipeline/resolve/__fixtures__/claims.js";
import { freshRuntime as fresh, partition, storeReport as store } from "./__fixtures__/stored-reports.js";
import type { Cluster } from "../pipeline/resolve/index.js";
import { partsOf, resolveStoredBacklog } from "./backlog-resolve.js";
import { resolveReports } from "./resolve-service.js";
import type { Runtime } from "./runtime.js";

/** Two days of strikes on Sarmin and Ariha, a report of last week, an undated one, one with no date. */
const REPORTS: ReportSpec[] = [
  {
    id: "sohr",
    publisher: "SOHR",
    publishedAt: "2023-01-03",
    claims: [{ day: "2023-01-03", killed: [2, 2] }],
  },
  {
    id: "north",
    publisher: "North Press",
    publishedAt: "2023-01-04",
    claims: [
      { day: "2023-01-03", killed: [3, 3] },
      { day: "2023-01-04", place: "ariha" },
    ],
  },
  {
    id: "snhr",
    publisher: "SNHR",
    publishedAt: "2023-01-09",
    claims: [
      { window: ["2023-01-02", "2023-01-08"], place: "ariha" },
      { day: "2023-01-09", killed: [1, 1] },
    ],
  },
  { id: "afp", publisher: "AFP", publishedAt: "2023-01-05", claims: [{ day: null, killed: [3, 3] }] },
  {
    id: "undated",
    publisher: "Enab Baladi",
    publishedAt: null,
    claims: [
      { day: "2023-01-04", place: "ariha" },
      { day: null, killed: [2, 2] },
    ],
  },
];

async function storedAll(
  runtime: Runtime,
): Promise<{ labels: Map<string, string>; published: Map<string, string | null> }> {
  const labels = new Map<string, string>();
  const published = new Map<string, string | null>();
  for (const spec of REPORTS) {
    const id = await store(runtime, spec);
    labels.set(id, spec.id);
    published.set(id, spec.publishedAt ?? null);
  }
  return { labels, published };
}

describe("resolveStoredBacklog", () => {
  it("resolves stored reports in publication order into the incidents the usual way makes", async () => {
    const one = await fresh();
    const { labels } = await storedAll(one);
    await resolveReports(one, [...labels.keys()], "test", { batchSize: 1 });

    const bulk = await fresh();
    const { published } = await storedAll(bulk);
    const summary = await resolveStoredBacklog(bulk, published, "test");
    expect(summary).toMatchObject({ bulk: true, reports: 5, claims: 8, undated: 1 });
    // The undated claim, left for the second pass as its id, was prepared again and stored.
    expect(await bulk.store.incidents.countClaims()).toBe(8);
    expect(await partition(bulk, labels)).toEqual(await partition(one, labels));
    // Not trivially equal: reports merged (a day incident took the window claim of another report).
    expect((await partition(bulk, labels)).some((incident) => incident.length >= 3)).toBe(true);
    // Every report is marked resolved, so the resolve job skips them.
    const again = await resolveReports(bulk, [...labels.keys()], "test");
    expect(again).toMatchObject({ resolved: 0, skipped: 5 });
    expect((await bulk.store.audit.verify()).ok).toBe(true);
  });

  it("decides the undated claims' batches on the reader thread as the single thread does", async () => {
    const single = await fresh();
    const { labels, published: dates } = await storedAll(single);
    const reference = await resolveStoredBacklog(single, dates, "test", {
      writerThread: false,
      lookupBatch: 1,
    });
    // One undated claim per batch: the first goes to the reader thread (open before the pass starts).
    const threaded = await fresh();
    const { published } = await storedAll(threaded);
    const summary = await resolveStoredBacklog(threaded, published, "test", {
      lookupBatch: 1,
      readerMinBatches: 1,
    });
    expect(summary.writer?.readerBatches).toBeGreaterThanOrEqual(1);
    expect(summary.undatedJoined).toBe(reference.undatedJoined);
    expect(summary.undatedJoined).toBeGreaterThan(0);
    expect(await partition(threaded, labels)).toEqual(await partition(single, labels));
  });

  it("goes one batch at a time when incidents are stored", async () => {
    const runtime = await fresh();
    const { labels, published } = await storedAll(runtime);
    await resolveReports(runtime, [[...labels.keys()][0] as string], "test");
    const summary = await resolveStoredBacklog(runtime, published, "test");
    expect(summary.bulk).toBe(false);
    expect(await runtime.store.incidents.countClaims()).toBe(8);
  });
});

describe("partsOf", () => {
  /** A cluster of claims with these ids (all partsOf reads of it). */
  const cluster = (...ids: string[]) =>
    ({ members: ids.map((id) => ({ claim: { id } })) }) as unknown as Cluster;

  it("cuts a transaction's clusters in order into parts of the given claims or a little more", () => {
    const clusters = [cluster("a", "b"), cluster("c"), cluster("d", "e", "f"), cluster("g")];
    expect(partsOf(clusters, 3).map((part) => part.map((c) => clusters.indexOf(c)))).toEqual([
      [0, 1],
      [2],
      [3],
    ]);
    expect(partsOf([], 3)).toEqual([[]]);
  });

  it("keeps every cluster in one part when a claim id is in two of them (a report given twice)", () => {
    const clusters = [cluster("a", "b"), cluster("c"), cluster("d", "a")];
    expect(partsOf(clusters, 1)).toEqual([clusters]);
  });
});
