/**
 * The job runner: claims jobs from the store's queue (SQLite table or PostgreSQL with SKIP LOCKED) and
 * runs each in a worker thread of a ThreadPool, under the configured time and memory limits, so no
 * job ever runs on the event loop that serves HTTP. Several runners, in one process or on many
 * machines, coordinate only through the queue; handlers are idempotent, so a job re-run after a crash
 * (expired lease) does its effect once. A job failing twice for the same reason is quarantined.
 *
 * Batchable kinds (catalogue.ts): a runner that claims one also claims up to `jobBatchSize - 1` more
 * ready jobs of that kind and runs them in one thread task (resolve-report: one resolveReports call,
 * one transaction). When the batch fails, each of its jobs runs again alone, so one poisoned report
 * fails (and is counted, backed off, quarantined) by itself and the others complete. A crash mid-batch
 * leaves every job of the batch leased; they run again after the lease expires.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Config } from "../config/config.js";
import { R2pError } from "../domain/errors.js";
import type { Job } from "../storage/ports.js";
import type { Runtime } from "../services/runtime.js";
import { batchableJobNames } from "./catalogue.js";
import { ThreadPool } from "./thread-pool.js";

/** Tries per job at most, whatever the reasons (the same reason twice quarantines earlier). */
const MAX_ATTEMPTS = 5;
/** The lease outlives the job's time limit, so a job is never taken from a live worker. */
const LEASE_MARGIN_MS = 60_000;
/** How long a claimed job stays leased to its runner. */
const leaseMsOf = (runtime: Runtime) => runtime.config.jobTimeoutMs + LEASE_MARGIN_MS;

export interface RunResult {
  done: number;
  /** Failed and queued again for a later try. */
  failed: number;
  /** Failed for the same reason twice (or out of tries): kept aside until `r2p jobs retry`. */
  quarantined: number;
}

/** What happened to one job, for logs: the job, its outcome, and the error code when it failed. */
export interface JobEvent {
  job: Job;
  outcome: "done" | "failed" | "quarantined" | "released";
  code?: string;
  message?: string;
  ms: number;
}

export interface RunnerOptions {
  workerId?: string;
  /** Threads to run jobs on; default: a pool sized by the config, closed when the run ends. */
  pool?: ThreadPool;
  onEvent?: (event: JobEvent) => void;
}

/**
 * Worker threads for jobs: R2P_WORKER_THREADS, else one per core, leaving one core to the HTTP server
 * when the runner shares a process with it.
 */
export function createJobPool(
  config: Config,
  options: { sharesProcessWithServer: boolean; handlersModule?: string },
): ThreadPool {
  const cores = os.availableParallelism();
  const size = config.workerThreads ?? Math.max(1, options.sharesProcessWithServer ? cores - 1 : cores);
  return new ThreadPool({
    size,
    memoryMb: config.jobMemoryMb,
    label: "job",
    setup: { config, handlersModule: options.handlersModule },
  });
}

/** Runs queued jobs until none is runnable (or `limit` jobs ran), as many at once as the pool has threads. */
export async function drainJobs(
  runtime: Runtime,
  options: RunnerOptions & { limit?: number } = {},
): Promise<RunResult> {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const pool = options.pool ?? createJobPool(runtime.config, { sharesProcessWithServer: false });
  const result: RunResult = { done: 0, failed: 0, quarantined: 0 };
  let started = 0;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const leaseMs = leaseMsOf(runtime);
  const count = (outcome: JobEvent["outcome"]) => {
    if (outcome !== "released") result[outcome]++;
  };
  const lane = async () => {
    while (started < limit) {
      started++;
      const job = await runtime.store.jobs.claim(workerId, leaseMs);
      if (!job) return;
      const more =
        batchableJobNames.includes(job.name) && runtime.config.jobBatchSize > 1
          ? await runtime.store.jobs.claimBatch(
              workerId,
              leaseMs,
              job.name,
              Math.min(runtime.config.jobBatchSize - 1, limit - started),
            )
          : [];
      started += more.length;
      if (more.length === 0) {
        const outcome = await runOne(runtime, pool, job, workerId, options.onEvent);
        if (outcome === "released") return;
        count(outcome);
        continue;
      }
      const outcomes = await runBatch(runtime, pool, [job, ...more], workerId, options.onEvent);
      outcomes.forEach(count);
      if (outcomes.includes("released")) return;
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.size }, lane));
  } finally {
    if (!options.pool) await pool.close();
  }
  return result;
}

async function runOne(
  runtime: Runtime,
  pool: ThreadPool,
  job: Job,
  workerId: string,
  onEvent: RunnerOptions["onEvent"],
): Promise<JobEvent["outcome"]> {
  const started = Date.now();
  const report = (event: Omit<JobEvent, "job" | "ms">) => {
    onEvent?.({ job, ms: Date.now() - started, ...event });
    return event.outcome;
  };
  try {
    await pool.run({ kind: "job", job }, { timeoutMs: runtime.config.jobTimeoutMs });
    await runtime.store.jobs.complete(job.id);
    return report({ outcome: "done" });
  } catch (error) {
    const code = error instanceof R2pError ? error.code : "JOB_FAILED";
    const message = error instanceof Error ? error.message : String(error);
    // Shutting down is not the job's fault: hand it back untouched for the next worker.
    if (code === "JOB_INTERRUPTED") {
      await runtime.store.jobs.release(job.id, workerId);
      return report({ outcome: "released", code, message });
    }
    const { state } = await runtime.store.jobs.fail(job.id, { code, message }, { maxAttempts: MAX_ATTEMPTS });
    return report({ outcome: state === "failed" ? "quarantined" : "failed", code, message });
  }
}

/**
 * Runs jobs of one batchable kind in one thread task and completes them all; when the task fails,
 * runs each job alone (its lease renewed first, as each gets a full time limit), so only the jobs
 * that fail alone count a failure. Shutting down releases every job of the batch.
 */
async function runBatch(
  runtime: Runtime,
  pool: ThreadPool,
  jobs: Job[],
  workerId: string,
  onEvent: RunnerOptions["onEvent"],
): Promise<JobEvent["outcome"][]> {
  const started = Date.now();
  try {
    await pool.run({ kind: "jobs", jobs }, { timeoutMs: runtime.config.jobTimeoutMs });
  } catch (error) {
    const code = error instanceof R2pError ? error.code : "JOB_FAILED";
    if (code === "JOB_INTERRUPTED") {
      const message = error instanceof Error ? error.message : String(error);
      for (const job of jobs) {
        await runtime.store.jobs.release(job.id, workerId);
        onEvent?.({ job, outcome: "released", code, message, ms: Date.now() - started });
      }
      return jobs.map(() => "released");
    }
    const outcomes: JobEvent["outcome"][] = [];
    for (const job of jobs) {
      await runtime.store.jobs.renew([job.id], workerId, leaseMsOf(runtime));
      const outcome = await runOne(runtime, pool, job, workerId, onEvent);
      outcomes.push(outcome);
      if (outcome === "released") {
        // Shutting down mid-way: hand back the jobs not yet run too.
        for (const rest of jobs.slice(outcomes.length)) await runtime.store.jobs.release(rest.id, workerId);
        return [...outcomes, ...jobs.slice(outcomes.length).map(() => "released" as const)];
      }
    }
    return outcomes;
  }
  for (const job of jobs) {
    await runtime.store.jobs.complete(job.id);
    onEvent?.({ job, outcome: "done", ms: Date.now() - started });
  }
  return jobs.map(() => "done");
}

/**
 * A background loop for `r2p serve` and `r2p jobs work`: keeps every thread of the pool busy while
 * jobs are runnable, then sleeps `idleMs` (or until nudged). `stop()` stops claiming, interrupts the
 * running jobs (their threads are terminated, so nothing is half-written) and releases them to the
 * queue; it returns within a second or two.
 */
export function startJobLoop(
  runtime: Runtime,
  options: RunnerOptions & { idleMs: number; onError?: (error: unknown) => void },
) {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const pool = options.pool ?? createJobPool(runtime.config, { sharesProcessWithServer: true });
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        await drainJobs(runtime, { ...options, workerId, pool });
      } catch (error) {
        if (!stopped) options.onError?.(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, options.idleMs).unref();
      });
    }
  })();
  return {
    workerId,
    /** Run the queue now instead of waiting for the idle timer. */
    nudge: () => wake?.(),
    stop: async () => {
      stopped = true;
      wake?.();
      await pool.close();
      await loop;
    },
  };
}
