/**
 * Ingestion in a worker thread, for the server and its inbox: the thread decodes and cleans the
 * document, hashes it, saves it with its full-text entry through its own store connection and queues
 * its analysis. For a multi-megabyte report each of those steps takes hundreds of milliseconds of CPU
 * (the save alone, indexing 5 MB of text, about half a second), which on the event loop stalled every
 * request; here the event loop only forwards the bytes and gets the outcome back. Same limits as jobs:
 * past R2P_JOB_TIMEOUT_MS or R2P_JOB_MEMORY_MB the document is rejected with JOB_TIMEOUT or
 * JOB_OUT_OF_MEMORY, and the terminated thread's transaction is rolled back.
 */
import type { Config } from "../config/config.js";
import { R2pError } from "../domain/errors.js";
import type { DocumentIngester, IngestOutcome } from "../services/ingest-service.js";
import { ThreadPool } from "./thread-pool.js";

export interface ThreadedIngest {
  ingest: DocumentIngester;
  close(): Promise<void>;
}

/**
 * The bytes' buffer when they fill it alone (a read file, a request body): it can be moved to the
 * thread, and the caller is done with it. A slice of a shared pool buffer is copied instead.
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? [buffer]
    : [];
}

/** One thread: documents arrive one at a time (API posts, inbox files), each taken in well under a minute. */
export function createThreadedIngest(config: Config): ThreadedIngest {
  const pool = new ThreadPool({
    size: 1,
    memoryMb: config.jobMemoryMb,
    label: "ingestion of the document",
    setup: { config },
  });
  return {
    ingest: async (bytes, source, options) => {
      try {
        return await pool.run<IngestOutcome>(
          { kind: "ingest", bytes, source, options },
          { timeoutMs: config.jobTimeoutMs, transfer: ownBuffer(bytes) },
        );
      } catch (error) {
        // A document past the limits is rejected like any bad document; the caller reports it.
        if (error instanceof R2pError && error.code !== "JOB_INTERRUPTED")
          return {
            status: "rejected",
            source: source.originalName ?? "request body",
            code: error.code,
            reason: error.message,
            httpStatus: error.status,
          };
        throw error;
      }
    },
    close: () => pool.close(),
  };
}
