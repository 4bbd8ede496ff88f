/**
 * Runs the queue until given reports are analysed: their extraction, the resolution it queues and the
 * assessment that queues are done (or failed for good). Jobs that another worker holds are waited for, polling, up to a timeout,
 * so `r2p ingest` returns with its reports in incidents even next to a running `r2p serve`.
 */
import type { Report } from "../domain/report.js";
import type { Runtime } from "../services/runtime.js";
import { analysisJobs } from "../services/ingest-service.js";
import { createJobPool, drainJobs } from "./job-runner.js";

export interface AnalysisWait {
  /** Reports whose extraction, resolution and assessment are done. */
  done: number;
  /** Jobs that failed for good, with their last error. */
  failed: { reportId: string; job: string; error: string | null }[];
  /** Reports still being analysed elsewhere when the timeout came. */
  pending: string[];
}

type JobRef = ReturnType<typeof analysisJobs>[number];

type StepState = { state: "done" | "pending" } | { state: "failed"; job: string; error: string | null };

/**
 * Where a report's chain of jobs stands: each job is queued by the one before, so the chain is done
 * when its last job is. A job missing after a finished one was queued by an older version (before that
 * step existed): it is queued now, idempotently, and run in the next round.
 */
async function analysisStep(runtime: Runtime, chain: readonly JobRef[]): Promise<StepState> {
  for (const [index, ref] of chain.entries()) {
    const job = await runtime.store.jobs.find(ref.name, ref.key);
    if (!job) {
      // Nothing was queued for the first job (stored with --no-wait by an older version): not ours to wait for.
      if (index === 0) return { state: "done" };
      await runtime.store.jobs.enqueue(ref.name, ref.key, ref.payload);
      return { state: "pending" };
    }
    if (job.state === "failed") return { state: "failed", job: ref.name, error: job.lastError };
    if (job.state !== "done") return { state: "pending" };
  }
  return { state: "done" };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @example const wait = await waitForAnalysis(runtime, reports); // { done: 3, failed: [], pending: [] }
 */
export async function waitForAnalysis(
  runtime: Runtime,
  reports: readonly Report[],
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<AnalysisWait> {
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  const unique = [...new Map(reports.map((r) => [r.id, r])).values()];
  // One pool for every round, so worker threads (and their runtimes) start once.
  const pool = createJobPool(runtime.config, { sharesProcessWithServer: false });
  try {
    return await waitRounds(runtime, unique, pool, deadline, options.pollMs ?? 250);
  } finally {
    await pool.close();
  }
}

async function waitRounds(
  runtime: Runtime,
  unique: readonly Report[],
  pool: ReturnType<typeof createJobPool>,
  deadline: number,
  pollMs: number,
): Promise<AnalysisWait> {
  for (;;) {
    await drainJobs(runtime, { pool });
    const result: AnalysisWait = { done: 0, failed: [], pending: [] };
    for (const report of unique) {
      const step = await analysisStep(runtime, analysisJobs(report));
      if (step.state === "failed")
        result.failed.push({ reportId: report.id, job: step.job, error: step.error });
      else if (step.state === "pending") result.pending.push(report.id);
      else result.done++;
    }
    if (result.pending.length === 0 || Date.now() >= deadline) return result;
    await sleep(pollMs);
  }
}
