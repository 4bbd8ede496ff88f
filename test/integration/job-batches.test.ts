/**
 * resolve-report jobs run in batches: a runner that claims one claims further ready ones and resolves
 * them together. A batch that fails re-runs its jobs one by one, so a poisoned report fails alone and
 * the others complete; batches give the incidents one-by-one processing gives; a crash mid-batch
 * (effect committed, jobs not completed, leases expired) re-runs the batch with no second effect.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { ingestBytes, queueExtraction } from "../../src/services/ingest-service.js";
import { resolveReports } from "../../src/services/resolve-service.js";
import { createJobPool, drainJobs, type JobEvent } from "../../src/jobs/job-runner.js";
import { projectRoot } from "./harness.js";

const handlersModule = pathToFileURL(path.join(projectRoot, "test/fixtures/jobs/batch-handlers.mjs")).href;
const FIXTURES = path.join(projectRoot, "test/fixtures/reports");
const REPORTS = [
  "afp-kafr-lusin-camp-missile",
  "ap-maarat-market-airstrike",
  "al-bab-car-bomb-toll-update",
  "deir-ezzor-isis-cells",
  "enab-baladi-daraa-assassinations",
  "afrin-faction-abductions",
];

describe("job batches", () => {
  const dirs: string[] = [];
  const runtimes: Runtime[] = [];
  const open = async (env: Record<string, string> = {}) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-job-batches-"));
    dirs.push(dataDir);
    const runtime = await openRuntime(loadConfig({ dataDir }, { R2P_WORKER_THREADS: "1", ...env }));
    runtimes.push(runtime);
    return runtime;
  };
  afterEach(async () => {
    for (const runtime of runtimes.splice(0)) await runtime.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("re-runs a failed batch one job at a time: the poisoned job fails alone, the others complete", async () => {
    const runtime = await open();
    const log = path.join(dirs[0]!, "calls.log");
    for (let i = 0; i < 5; i++)
      await runtime.store.jobs.enqueue("resolve-report", `k${i}`, { log, poison: i === 2 });
    const pool = createJobPool(runtime.config, { sharesProcessWithServer: false, handlersModule });
    const events: JobEvent[] = [];
    try {
      expect(await drainJobs(runtime, { pool, onEvent: (event) => events.push(event) })).toEqual({
        done: 4,
        failed: 1,
        quarantined: 0,
      });
    } finally {
      await pool.close();
    }
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      "batch:k0,k1,k2,k3,k4",
      "single:k0",
      "single:k1",
      "single:k2",
      "single:k3",
      "single:k4",
    ]);
    // One attempt each, counted once: the poisoned job backs off with its own error, nothing is quarantined.
    expect(await runtime.store.jobs.find("resolve-report", "k2")).toMatchObject({
      state: "queued",
      attempts: 1,
      failureStreak: 1,
      lastError: "poisoned report k2",
    });
    for (const key of ["k0", "k1", "k3", "k4"])
      expect(await runtime.store.jobs.find("resolve-report", key)).toMatchObject({
        state: "done",
        attempts: 1,
      });
    expect(events.map((event) => event.outcome).sort()).toEqual(["done", "done", "done", "done", "failed"]);
  });

  it("runs a healthy batch as one task and completes every job of it", async () => {
    const runtime = await open({ R2P_JOB_BATCH: "3" });
    const log = path.join(dirs[0]!, "calls.log");
    for (let i = 0; i < 5; i++) await runtime.store.jobs.enqueue("resolve-report", `k${i}`, { log });
    const pool = createJobPool(runtime.config, { sharesProcessWithServer: false, handlersModule });
    try {
      expect(await drainJobs(runtime, { pool })).toEqual({ done: 5, failed: 0, quarantined: 0 });
    } finally {
      await pool.close();
    }
    // At most R2P_JOB_BATCH jobs a task.
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["batch:k0,k1,k2", "batch:k3,k4"]);
  });

  /** Ingests the fixture reports and queues their extraction; returns the report ids. */
  const ingest = async (runtime: Runtime) => {
    const ids: string[] = [];
    for (const name of REPORTS) {
      const dir = path.join(FIXTURES, name);
      const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as { publishedAt?: string };
      const outcome = await ingestBytes(
        runtime.store,
        readFileSync(path.join(dir, "source.txt")),
        { originalName: `${name}.txt` },
        { maxBytes: 10_000_000, actor: "test", publishedAt: meta.publishedAt },
      );
      if (outcome.status === "rejected") throw new Error(outcome.reason);
      await queueExtraction(runtime.store, outcome.report);
      ids.push(outcome.report.id);
    }
    return ids;
  };
  /**
   * Incidents, their assessments and the alerts raised, as plain JSON with each incident id replaced
   * by its claims (an id comes from the claim a cluster first formed around, so it depends on arrival
   * order) and without times of writing.
   */
  const outcome = async (runtime: Runtime) => {
    const incidents = await runtime.store.incidents.list({ limit: 1000, offset: 0 });
    const names = new Map(
      incidents.map((i) => [
        i.id,
        i.claims
          .map((c) => `${c.reportId}:${c.ordinal}`)
          .sort()
          .join(","),
      ]),
    );
    const plain = (value: unknown) =>
      JSON.stringify(value, (key, v: unknown) =>
        key === "id" || /At$/.test(key)
          ? undefined
          : typeof v === "string" && names.has(v)
            ? names.get(v)
            : v,
      );
    const sorted = (values: unknown[]) => values.map(plain).sort();
    return {
      incidents: sorted(incidents),
      assessments: sorted(await runtime.store.assessments.listAssessments("syria")),
      alerts: sorted(await runtime.store.alerts.list({ limit: 1000 })),
    };
  };
  const partition = async (runtime: Runtime) =>
    (await runtime.store.incidents.list({ limit: 1000, offset: 0 }))
      .map((incident) => incident.claims.map((claim) => `${claim.reportId}:${claim.ordinal}`).sort())
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

  it("gives the incidents of one-by-one resolution, and re-runs a batch whose worker crashed with no second effect", async () => {
    const single = await open({ R2P_JOB_BATCH: "1" });
    await ingest(single);
    const n = REPORTS.length;
    expect(await drainJobs(single)).toEqual({ done: 3 * n, failed: 0, quarantined: 0 });
    const expected = await partition(single);
    expect(expected.length).toBeGreaterThan(0);
    const expectedOutcome = await outcome(single);
    expect(expectedOutcome.assessments.length).toBeGreaterThan(0);

    const batched = await open();
    const ids = await ingest(batched);
    // Extraction only (the extract jobs are the oldest), which queues one resolve-report job per report.
    expect(await drainJobs(batched, { limit: n })).toEqual({ done: n, failed: 0, quarantined: 0 });
    // A worker claims every resolution as one batch, commits the effect, and dies before completing.
    const first = await batched.store.jobs.claim("worker-that-dies", 1);
    const rest = await batched.store.jobs.claimBatch("worker-that-dies", 1, "resolve-report", 200);
    expect([first, ...rest].map((job) => job?.name)).toEqual(Array(n).fill("resolve-report"));
    await resolveReports(batched, ids, "test-crashed-batch", { batchSize: n });
    const afterCrash = await partition(batched);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await drainJobs(batched, { workerId: "survivor" })).toEqual({
      done: 2 * n,
      failed: 0,
      quarantined: 0,
    });
    expect(await partition(batched)).toEqual(afterCrash);
    expect(afterCrash).toEqual(expected);
    // Assessed in batches too: the same qualifications and alerts.
    expect(await outcome(batched)).toEqual(expectedOutcome);
    for (const job of [first!, ...rest])
      expect(await batched.store.jobs.find("resolve-report", job.key)).toMatchObject({
        state: "done",
        attempts: 2,
        lastErrorCode: "JOB_WORKER_LOST",
      });
  });
});
