/**
 * Messages between the main thread and the worker threads of a ThreadPool: what a thread is set up
 * with, the tasks it runs (a queued job, ingesting one document, extracting reports for `r2p analyze`),
 * and its replies. Plain data only, so every message survives structured cloning.
 */
import type { Config } from "../config/config.js";
import type { Report } from "../domain/report.js";
import type { IngestSource, ThreadIngestOptions } from "../services/ingest-service.js";
import type { Job } from "../storage/ports.js";

export interface ThreadSetup {
  /** The process's configuration; a thread opens its own store and knowledge from it. */
  config: Config;
  /**
   * file: URL of a module exporting `jobHandlers` (and optionally `batchJobHandlers`) to use instead of the built-in ones (tests give
   * synthetic slow or greedy handlers to exercise the limits without real multi-megabyte reports).
   */
  handlersModule?: string;
  /**
   * Keep the process's CPU priority. Threads of a server (jobs, ingestion) run at a lower one so the
   * event loop answers requests; a command that waits for its threads (`r2p analyze`) runs them at its own.
   */
  foreground?: boolean;
}

export type ThreadRequest =
  | { kind: "job"; job: Job }
  /** Jobs of one batchable kind, run together by the kind's batch handler. */
  | { kind: "jobs"; jobs: Job[] }
  | { kind: "ingest"; bytes: Uint8Array; source: IngestSource; options: ThreadIngestOptions }
  /**
   * Extract claims from reports (stored ones by id, or given whole) and send the extractions back,
   * saving nothing. No reports: only load the stage and the knowledge, so the first real task starts warm.
   */
  | { kind: "extract"; reports: (string | Report)[] };

export interface ThreadError {
  code: string;
  message: string;
  status: number;
}

export type ThreadReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThreadError };
