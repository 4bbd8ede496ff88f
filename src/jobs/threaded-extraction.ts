/**
 * Worker threads that extract reports for `r2p analyze` of many reports (services/parallel-extraction.ts
 * shares the reports between them and the calling thread, which also extracts, and stores the
 * extractions in order). Each thread loads the stage and the knowledge once, starting while the
 * caller ingests. Few reports are extracted on the calling thread alone: a thread's start-up (its own
 * modules, knowledge, compiled patterns) costs more than it saves on them. Same limits as jobs
 * (R2P_JOB_TIMEOUT_MS, R2P_JOB_MEMORY_MB); past either, the task's reports fail with JOB_TIMEOUT or
 * JOB_OUT_OF_MEMORY.
 */
import os from "node:os";
import type { Config } from "../config/config.js";
import type { Extraction } from "../domain/claim.js";
import { R2pError } from "../domain/errors.js";
import type { Report } from "../domain/report.js";
import type { ExtractionThreads } from "../services/analyze-service.js";
import { ThreadPool } from "./thread-pool.js";

/**
 * Fewest reports worth a thread. A thread costs ~0.5 CPU s to start (modules, its store, knowledge)
 * and its first reports cost several times later ones (patterns compiled, code optimised, once per
 * thread): `r2p analyze` of 10 to 100 bench reports on 2 cores (2026-12-06, load ~6) used 0.9–1.5 CPU s
 * more with one thread, which took under a third of the reports, so a free core saves little wall time
 * below ~100 reports (bench/cli-throughput.ts holds the figures).
 */
export const THREADED_FROM_REPORTS = 100;

/**
 * Tasks queued on each thread: the next one waits in the thread while it extracts the current one.
 * The main thread hands tasks over only between its own steps (an ingestion batch of 100 files, a
 * stored batch, a report it extracts itself); with one task per thread, the thread sat idle through
 * them, ~30–40% of the time over 1,000 bench reports.
 */
const TASKS_PER_THREAD = 2;

export interface ExtractionPool extends ExtractionThreads {
  /** Threads extracting at once. */
  readonly size: number;
  /** Stops the threads (a task still running rejects with JOB_INTERRUPTED). */
  close(): Promise<void>;
}

/**
 * Threads beside the calling thread: R2P_WORKER_THREADS, else one per core but the caller's, and none
 * when the machine's run queue already fills every core (load average of the last minute): threads
 * cost ~40% more CPU than one thread doing the same reports (each starts, compiles and warms up on its
 * own), which only a core that would stay idle pays back. On 2 shared cores at load 7–8, 300 bench
 * reports took 6.4–6.8 CPU s with a thread against 4.4–4.9 without, and longer on the clock as well.
 */
export function extractionThreadCount(config: Config): number {
  if (config.workerThreads !== null) return config.workerThreads;
  const cores = os.availableParallelism();
  return os.loadavg()[0]! >= cores ? 0 : cores - 1;
}

/**
 * Threads to help extract about `expectedReports` reports, already loading the stage and the knowledge,
 * or null when the calling thread should extract them alone: fewer than THREADED_FROM_REPORTS reports,
 * or no thread to spare (extractionThreadCount).
 *
 * @example const threads = openExtractionThreads(runtime.config, files.length); // before ingesting them
 */
export function openExtractionThreads(config: Config, expectedReports: number): ExtractionPool | null {
  if (expectedReports < THREADED_FROM_REPORTS) return null;
  const size = extractionThreadCount(config);
  if (size < 1) return null;
  const pool = new ThreadPool({
    size,
    memoryMb: config.jobMemoryMb,
    label: "extraction of a report",
    setup: { config, foreground: true },
    tasksPerThread: TASKS_PER_THREAD,
  });
  const limits = { timeoutMs: config.jobTimeoutMs };
  // An empty task per thread starts every thread now, loading what extraction needs while the caller
  // ingests; a failure to load shows again, and is reported, with the first real report.
  for (let thread = 0; thread < size; thread++)
    pool.run({ kind: "extract", reports: [] }, limits).catch(() => undefined);
  return {
    size,
    tasksPerThread: TASKS_PER_THREAD,
    async extract(reports: (string | Report)[]): Promise<Extraction[]> {
      try {
        return await pool.run<Extraction[]>({ kind: "extract", reports }, limits);
      } catch (error) {
        throw withReports(
          error,
          reports.map((report) => (typeof report === "string" ? report : report.id)),
          config,
        );
      }
    },
    close: () => pool.close(),
  };
}

/** A thread's limit error names the reports and how to go on (`r2p analyze` runs no job to retry). */
function withReports(error: unknown, reportIds: string[], config: Config): unknown {
  if (!(error instanceof R2pError)) return error;
  const limit =
    error.code === "JOB_TIMEOUT"
      ? `its ${config.jobTimeoutMs} ms time limit (R2P_JOB_TIMEOUT_MS)`
      : error.code === "JOB_OUT_OF_MEMORY"
        ? `its ${config.jobMemoryMb} MB memory limit (R2P_JOB_MEMORY_MB)`
        : null;
  if (!limit) return error;
  return new R2pError(
    error.code,
    `Extracting report${reportIds.length > 1 ? "s" : ""} ${reportIds.join(", ")} went past ${limit} and was stopped; the batches before are stored. Raise the limit, or split the report, then run \`r2p analyze\` again.`,
    error.status,
  );
}
