/**
 * Entry point of the bulk resolution's writer thread (started by backlog-writer.ts, never imported):
 * its own connection to the store, on which it writes the transactions of the time-ordered pass in
 * the order the main thread sends them, each as the single-thread path would: the write stamp checked
 * first (BACKLOG_INTERLEAVED when another resolver wrote since the run's last write), the rows of the
 * fresh change written with their audit event, committed, then acknowledged with the new stamp. After
 * a failure it writes nothing more: the store is as the transactions committed before it left it.
 *
 * Its store defers the indexes as the single-thread path's does (`deferIndexes`; not for the undated
 * claims' pass, `WriterSetup.deferIndexes`, which reads the store while the thread writes): each fresh change's
 * index rows are appended to claim_cells_pending, counted by this store and moved into claim_cells
 * every PENDING_MOVE_ROWS rows (storage/pending-cells.ts). At `close` it moves what is still pending
 * and builds the deferred indexes the second pass reads (`restoreIndexes({ only: "resolution" })`),
 * before the main thread's second pass; after a failure too. Should that fail, the main thread's own `restoreIndexes`, which follows in every case,
 * (or the next open of the store) does it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { R2pError, errors } from "../domain/errors.js";
import { unpackChangeRows } from "../storage/change-rows.js";
import { openStore } from "../storage/open-store.js";
import type { WriterReply, WriterRequest, WriterSetup } from "./backlog-writer.js";
import { threadCpuSeconds } from "./thread-cpu.js";

const setup = workerData as WriterSetup;
const post = (reply: WriterReply) => parentPort?.postMessage(reply);

let stamp = setup.stamp;
let committed = 0;
let failed = false;

const opened = openStore({
  dataDir: setup.config.dataDir,
  databaseUrl: setup.config.databaseUrl,
  databaseSchema: setup.config.databaseSchema,
  databasePoolSize: 1,
  // The undated claims' pass writes before the run builds the indexes lists and maps read.
  keepDeferredIndexes: setup.deferIndexes === false,
}).then(async (store) => {
  try {
    if (setup.deferIndexes !== false)
      await store.incidents.deferIndexes({ moveEveryRows: setup.pendingMoveRows });
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
});

async function write(request: Extract<WriterRequest, { kind: "write" }>): Promise<void> {
  if (failed) return;
  try {
    const store = await opened;
    const begun = performance.now();
    const rows = unpackChangeRows(request.rows);
    await store.incidents.transact(async (tx) => {
      if ((await tx.writeStamp()) !== stamp) throw errors.backlogInterleaved(committed);
      await tx.applyRows(rows, request.audit);
      stamp = await tx.writeStamp();
    });
    committed++;
    post({ kind: "committed", seq: request.seq, stamp, ms: performance.now() - begun });
  } catch (error) {
    failed = true;
    const failure =
      error instanceof R2pError
        ? error
        : errors.backlogWriteFailed(committed, error instanceof Error ? error.message : String(error));
    post({
      kind: "failed",
      seq: request.seq,
      error: { code: failure.code, message: failure.message, status: failure.status },
    });
  }
}

async function close(): Promise<void> {
  const store = await opened.catch(() => null);
  // Only the indexes the second pass reads: the others are built after it (backlog-resolve.ts).
  await store?.incidents.restoreIndexes({ only: "resolution" }).catch(() => undefined);
  await store?.close();
  post({ kind: "closed", cpu: threadCpuSeconds() });
  parentPort?.close();
}

// One message at a time, in the order sent: each waits for the one before it.
let queue: Promise<void> = opened.then(
  () => post({ kind: "ready" }),
  (error: unknown) => {
    failed = true;
    post({
      kind: "failed",
      seq: 0,
      error: {
        code: "BACKLOG_WRITE_FAILED",
        message: errors.backlogWriteFailed(0, error instanceof Error ? error.message : String(error)).message,
        status: 500,
      },
    });
  },
);
parentPort?.on("message", (request: WriterRequest) => {
  queue = queue.then(() => (request.kind === "write" ? write(request) : close()));
});
