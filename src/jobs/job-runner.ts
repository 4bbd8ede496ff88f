/**
 * In-process job runner: claims jobs from the store's queue (SQLite table or PostgreSQL with SKIP
 * LOCKED), runs their handlers, and records success or failure. Several runners, in one process or on
 * many machines, coordinate only through the queue; handlers are idempotent, so a job re-run after a
 * crash (expired lease) does its effect once.
 */
import { randomUUID } from "node:crypto";
import type { Job } from "../storage/ports.js";
import type { Runtime } from "../services/runtime.js";
import { analyzeStoredReport } from "../services/analyze-service.js";
import { resolveReports } from "../services/resolve-service.js";
import { RESOLVER_VERSION } from "../pipeline/resolve/index.js";
import { jobKey, parseJobPayload, type JobName } from "./catalogue.js";

const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

type Handler = (runtime: Runtime, job: Job) => Promise<void>;

const handlers: Record<JobName, Handler> = {
  "extract-report": async (runtime, job) => {
    const payload = parseJobPayload("extract-report", job.payload);
    await analyzeStoredReport(runtime, payload.reportId, "job:extract-report");
    // Resolution follows every extraction; its key names the extraction it resolves.
    const next = { ...payload, resolverVersion: RESOLVER_VERSION };
    await runtime.store.jobs.enqueue("resolve-report", jobKey("resolve-report", next), next);
  },
  "resolve-report": async (runtime, job) => {
    const payload = parseJobPayload("resolve-report", job.payload);
    await resolveReports(runtime, [payload.reportId], "job:resolve-report");
  },
};

export interface RunResult {
  done: number;
  failed: number;
}

/** Runs queued jobs until the queue is empty (or `limit` jobs ran). */
export async function drainJobs(
  runtime: Runtime,
  options: { workerId?: string; limit?: number } = {},
): Promise<RunResult> {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const result: RunResult = { done: 0, failed: 0 };
  for (let ran = 0; ran < (options.limit ?? Number.POSITIVE_INFINITY); ran++) {
    const job = await runtime.store.jobs.claim(workerId, LEASE_MS);
    if (!job) break;
    const ok = await runOne(runtime, job);
    if (ok) result.done++;
    else result.failed++;
  }
  return result;
}

async function runOne(runtime: Runtime, job: Job): Promise<boolean> {
  const handler = handlers[job.name as JobName];
  try {
    if (!handler) throw new Error(`unknown job name "${job.name}"`);
    await handler(runtime, job);
    await runtime.store.jobs.complete(job.id);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await runtime.store.jobs.fail(job.id, message, MAX_ATTEMPTS);
    return false;
  }
}

/** A background loop for `r2p serve` and `r2p worker`: drains the queue, then sleeps `idleMs`. */
export function startJobLoop(
  runtime: Runtime,
  options: { idleMs: number; onError?: (error: unknown) => void },
) {
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        await drainJobs(runtime);
      } catch (error) {
        options.onError?.(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, options.idleMs).unref();
      });
    }
  })();
  return {
    /** Run the queue now instead of waiting for the idle timer. */
    nudge: () => wake?.(),
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
