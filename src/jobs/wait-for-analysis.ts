/**
 * Runs the queue until given reports are analysed: their extraction and the resolution it queues are
 * done (or failed for good). Jobs that another worker holds are waited for, polling, up to a timeout,
 * so `r2p ingest` returns with its reports in incidents even next to a running `r2p serve`.
 */
import type { Report } from "../domain/report.js";
import type { Runtime } from "../services/runtime.js";
import { analysisJobs } from "../services/ingest-service.js";
import { drainJobs } from "./job-runner.js";

export interface AnalysisWait {
  /** Reports whose extraction and resolution are done. */
  done: number;
  /** Jobs that failed for good, with their last error. */
  failed: { reportId: string; job: string; error: string | null }[];
  /** Reports still being analysed elsewhere when the timeout came. */
  pending: string[];
}

type JobRef = ReturnType<typeof analysisJobs>[number];

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
  for (;;) {
    await drainJobs(runtime);
    const result: AnalysisWait = { done: 0, failed: [], pending: [] };
    for (const report of unique) {
      const [extract, resolve] = analysisJobs(report) as [JobRef, JobRef];
      const extraction = await runtime.store.jobs.find(extract.name, extract.key);
      if (!extraction) {
        // Nothing was queued for it (stored with --no-wait by an older version, or not yet): not ours to wait for.
        result.done++;
        continue;
      }
      if (extraction.state === "failed") {
        result.failed.push({ reportId: report.id, job: extract.name, error: extraction.lastError });
        continue;
      }
      if (extraction.state !== "done") {
        result.pending.push(report.id);
        continue;
      }
      const resolution = await runtime.store.jobs.find(resolve.name, resolve.key);
      if (!resolution) {
        // Extracted before resolution existed: queue it now (idempotent) and run it next round.
        await runtime.store.jobs.enqueue(resolve.name, resolve.key, resolve.payload);
        result.pending.push(report.id);
      } else if (resolution.state === "failed")
        result.failed.push({ reportId: report.id, job: resolve.name, error: resolution.lastError });
      else if (resolution.state === "done") result.done++;
      else result.pending.push(report.id);
    }
    if (result.pending.length === 0 || Date.now() >= deadline) return result;
    await sleep(options.pollMs ?? 250);
  }
}
