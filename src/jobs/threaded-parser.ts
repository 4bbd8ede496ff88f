/**
 * The ingest stage in a worker thread: a DocumentParser for the server and the inbox, so decoding and
 * cleaning a multi-megabyte page (seconds of CPU) never stalls requests. Same limits as jobs: past
 * R2P_JOB_TIMEOUT_MS or R2P_JOB_MEMORY_MB the document is rejected with JOB_TIMEOUT or JOB_OUT_OF_MEMORY.
 */
import type { Config } from "../config/config.js";
import type { Report } from "../domain/report.js";
import type { DocumentParser } from "../services/ingest-service.js";
import { ThreadPool } from "./thread-pool.js";

export interface ThreadedParser {
  parse: DocumentParser;
  close(): Promise<void>;
}

/** One thread: documents arrive one at a time (API posts, inbox files), each parsed in well under a minute. */
export function createThreadedParser(config: Config): ThreadedParser {
  const pool = new ThreadPool({
    size: 1,
    memoryMb: config.jobMemoryMb,
    label: "parsing of the document",
    setup: { config },
  });
  return {
    parse: (input, deps) =>
      pool.run<Report>({ kind: "parse", input, deps }, { timeoutMs: config.jobTimeoutMs }),
    close: () => pool.close(),
  };
}
