/**
 * Hostile input, job side: a job that never ends, one that eats memory, one that dies holding a write
 * transaction. Each is stopped by its limit with a named error, quarantined on the second identical
 * failure, retriable by hand, and never blocks the HTTP server, which keeps answering /health and
 * reads in under 100 ms meanwhile. Synthetic handlers (test/fixtures/hostile) stand in for
 * pathological reports so the point (isolation and limits) costs seconds, not minutes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { buildApp } from "../../src/server/app.js";
import { createJobPool, drainJobs, startJobLoop } from "../../src/jobs/job-runner.js";
import { projectRoot } from "./harness.js";

const handlersModule = pathToFileURL(path.join(projectRoot, "test/fixtures/hostile/slow-handlers.mjs")).href;

/** Samples `GET url` every `everyMs` until `done()` settles; returns the latencies in ms. */
async function sampleLatency(url: string, until: Promise<unknown>, everyMs = 25): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void until.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return latencies;
}

/** The jobs table as stored, read on a connection of its own. */
function readJobs(dataDir: string) {
  const raw = new Database(path.join(dataDir, "r2p.sqlite"), { readonly: true });
  try {
    return raw.prepare("select name, state, last_error_code from jobs order by name").all();
  } finally {
    raw.close();
  }
}

/**
 * The 100 ms bound holds on an idle machine, so it is asserted in `npm run test:timing` (run alone, CI's
 * last step). Beside other test files on 2 cores a p95 measures the contention; there the looser bound
 * still fails if the job ran on the event loop (a spinning job would stall every request for seconds).
 */
const LATENCY_BOUND_MS = process.env.R2P_TIMING_TESTS === "1" ? 100 : 1_000;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

describe("hostile jobs", () => {
  let dataDir: string;
  let runtime: Runtime;
  const env = (extra: Record<string, string>) => ({
    R2P_WORKER_THREADS: "1",
    R2P_PUBLIC_READS: "1",
    ...extra,
  });
  const open = async (extra: Record<string, string> = {}) => {
    runtime = await openRuntime(loadConfig({ dataDir }, env(extra)), { readThreads: 1 });
    return runtime;
  };
  const pool = (memoryMb?: number) =>
    createJobPool(memoryMb ? { ...runtime.config, jobMemoryMb: memoryMb } : runtime.config, {
      sharesProcessWithServer: false,
      handlersModule,
    });
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-hostile-jobs-"));
  });
  afterEach(async () => {
    await runtime?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stops a job past its time limit, quarantines it on the second timeout, and retries it by hand", async () => {
    await open({ R2P_JOB_TIMEOUT_MS: "400" });
    const { id } = await runtime.store.jobs.enqueue("spin", "forever", {});
    const threads = pool();
    try {
      const first = await drainJobs(runtime, { pool: threads });
      expect(first).toEqual({ done: 0, failed: 1, quarantined: 0 });
      // Backoff: the second try comes two seconds later.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      expect(await drainJobs(runtime, { pool: threads })).toEqual({ done: 0, failed: 0, quarantined: 1 });
      const [failed] = await runtime.store.jobs.listFailed({ limit: 5 });
      expect(failed).toMatchObject({ id, lastErrorCode: "JOB_TIMEOUT", failureStreak: 2, state: "failed" });
      expect(failed?.lastError).toContain("R2P_JOB_TIMEOUT_MS");
      // Quarantined: never claimed again on its own.
      expect(await drainJobs(runtime, { pool: threads })).toEqual({ done: 0, failed: 0, quarantined: 0 });
      expect(await runtime.store.jobs.retry({ id }, "tester")).toBe(1);
      expect(await runtime.store.jobs.counts()).toMatchObject({ queued: 1, failed: 0 });
    } finally {
      await threads.close();
    }
  });

  it("stops a job past its memory limit with JOB_OUT_OF_MEMORY; the next job runs on a fresh thread", async () => {
    await open({ R2P_JOB_TIMEOUT_MS: "20000" });
    await runtime.store.jobs.enqueue("hog", "greedy", {});
    await runtime.store.jobs.enqueue("spin", "short", { ms: 10 });
    const threads = pool(64);
    try {
      // Two claims: the hog, then the short job. Without the limit a slow machine (thread restart and
      // the short job taking over two seconds) reached the hog's backoff and ran it a second time.
      const result = await drainJobs(runtime, { pool: threads, limit: 2 });
      expect(result).toEqual({ done: 1, failed: 1, quarantined: 0 });
      const jobs = await runtime.store.jobs.counts();
      expect(jobs).toMatchObject({ done: 1, queued: 1 });
    } finally {
      await threads.close();
    }
    expect(readJobs(dataDir)).toContainEqual({
      name: "hog",
      state: "queued",
      last_error_code: "JOB_OUT_OF_MEMORY",
    });
  }, 40_000);

  it("rolls back the transaction of a job stopped mid-write and frees the write lock", async () => {
    await open({ R2P_JOB_TIMEOUT_MS: "500" });
    await runtime.store.jobs.enqueue("write-then-spin", "half", {});
    const threads = pool();
    try {
      expect(await drainJobs(runtime, { pool: threads })).toEqual({ done: 0, failed: 1, quarantined: 0 });
    } finally {
      await threads.close();
    }
    // The half-written row is gone and the store takes writes again at once.
    await runtime.store.jobs.enqueue("spin", "after", { ms: 1 });
    const raw = new Database(path.join(dataDir, "r2p.sqlite"), { readonly: true });
    try {
      expect(raw.prepare("select count(*) as n from sources where id = 'src_half'").get()).toEqual({ n: 0 });
    } finally {
      raw.close();
    }
  });

  it("keeps /health and reads under 100 ms while a job burns CPU, and hands the job back on stop", async () => {
    await open({ R2P_JOB_TIMEOUT_MS: "60000" });
    let app: FastifyInstance | null = null;
    const { id } = await runtime.store.jobs.enqueue("spin", "long", { ms: 60_000 });
    const loop = startJobLoop(runtime, { idleMs: 100, pool: pool() });
    try {
      app = await buildApp(runtime);
      const base = await app.listen({ host: "127.0.0.1", port: 0 });
      for (;;) {
        if ((await runtime.store.jobs.counts()).running === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const window = new Promise((resolve) => setTimeout(resolve, 3_000));
      const [health, reads] = await Promise.all([
        sampleLatency(`${base}/health`, window),
        sampleLatency(`${base}/api/reports?limit=50`, window),
      ]);
      const summary = (values: number[]) =>
        `${values.length} requests, p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
      console.log(`while a job spins: /health ${summary(health)}; /api/reports ${summary(reads)}`);
      expect(percentile(health, 95)).toBeLessThan(LATENCY_BOUND_MS);
      expect(percentile(reads, 95)).toBeLessThan(LATENCY_BOUND_MS);
      const stopping = performance.now();
      await loop.stop();
      expect(performance.now() - stopping).toBeLessThan(2_000);
      expect(await runtime.store.jobs.counts()).toMatchObject({ queued: 1, running: 0 });
      const claimed = await runtime.store.jobs.claim("next", 1000);
      expect(claimed).toMatchObject({ id, attempts: 1, lastErrorCode: null });
    } finally {
      await loop.stop();
      await app?.close();
    }
  });
});
