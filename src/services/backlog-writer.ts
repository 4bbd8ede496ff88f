/**
 * The bulk resolution's writer thread, seen from the main thread (backlog-resolve.ts): while the main
 * thread clusters the next window of the time-ordered pass, a worker thread with its own connection to
 * the store (backlog-writer-thread.ts) writes the transactions already built, in the order they were
 * built. SQLite's inserts and commits (about a third of a claim's CPU) then run on the other core.
 *
 * - What crosses: each transaction's rows, serialised on the main thread (change-rows.ts: the JSON
 *   bodies, hashes and columns of a fresh change), and its audit. Their strings are written as UTF-16
 *   into a buffer shared with the thread (SharedText), one per transaction in flight, reused once the
 *   thread has committed it; their numbers in typed arrays moved to the thread.
 * - Back-pressure: at most `maxQueued` transactions sent and not yet committed; `write` waits for the
 *   writer below that, so memory holds a bounded number of transactions whatever the backlog's size.
 * - Crash safety as in the single thread: the same transactions in the same order, each checking the
 *   run's write stamp (BACKLOG_INTERLEAVED) before writing. The first failure stops the writer (it
 *   writes nothing after it) and fails the run at its next `write` or `drain` with the writer's named
 *   error (BACKLOG_INTERLEAVED, BACKLOG_WRITE_FAILED); the store holds the transactions committed
 *   before it, each whole, as a failed single-thread run leaves it (a run after it resolves the rest).
 * - New incident ids: the main thread checks them against the store's committed incidents and those
 *   of the transactions still in flight (`existingIds`), so they are the ids the single thread picks.
 */
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Config } from "../config/config.js";
import { compiledEntry } from "../config/compiled-entry.js";
import { R2pError, errors } from "../domain/errors.js";
import type { ThreadError } from "../jobs/thread-protocol.js";
import { YOUNG_GENERATION_MB } from "../jobs/thread-pool.js";
import {
  joinPackedChanges,
  packChangeRows,
  packFreshChange,
  SharedText,
  type ChangeRows,
  type PackedChangeRows,
  type PackedFreshChange,
} from "../storage/change-rows.js";
import type { ChangeAudit, IncidentChange, IncidentStore } from "../storage/ports.js";

/** What the writer thread starts with. */
export interface WriterSetup {
  config: Pick<Config, "dataDir" | "databaseUrl" | "databaseSchema">;
  /** The write stamp the run's own last write left (migration 015). */
  stamp: string | null;
  /** Pending index rows moved at once (BacklogOptions.pendingMoveRows). */
  pendingMoveRows?: number;
  /**
   * Whether the thread's store defers the indexes (the time-ordered pass; default) or writes with
   * every index there is (the undated claims' pass, which reads those resolution needs meanwhile).
   */
  deferIndexes?: boolean;
}

export type WriterRequest =
  | { kind: "write"; seq: number; rows: PackedChangeRows; audit: ChangeAudit }
  /** Write what was sent before, close the connection, end the thread. */
  | { kind: "close" };

export type WriterReply =
  | { kind: "ready" }
  /** `ms`: how long the writer took (wall time, from unpacking the rows to the commit). */
  | { kind: "committed"; seq: number; stamp: string | null; ms: number }
  | { kind: "failed"; seq: number; error: ThreadError }
  /** `cpu`: the thread's own CPU seconds, from its start (null where the system does not say). */
  | { kind: "closed"; cpu: number | null };

/**
 * Transactions sent and not yet committed, by default: one being written and the others waiting, so
 * the writer never waits for the main thread while the main thread builds the next, and a long write
 * (a move of the pending index rows, the window's last days) does not stop the main thread at once.
 * With 2, at a million claims on a quiet machine, the main thread waited 15.0 s for the writer; with
 * 4, 5.6 s (2026-12-07; each transaction's strings in a SharedText of some 20 MB of UTF-8).
 */
const MAX_QUEUED = 4;

/**
 * A new transaction's shared text: a transaction of 5,000 claims writes about 32 MB of UTF-16. Made
 * large enough at once: growing it copies what was written into fresh pages (four texts grown from
 * 16 to 64 MB cost the main thread about half a second of a 100,000-claim run); pages never written
 * take no memory.
 */
const TEXT_BYTES = 64 << 20;

export class BacklogWriter {
  private seq = 0;
  private committedSeq = 0;
  private stamp: string | null;
  private failure: R2pError | null = null;
  private closed = false;
  /** New incident ids of the transactions in flight, by transaction. */
  private readonly inFlight = new Map<number, readonly string[]>();
  private readonly inFlightIds = new Set<string>();
  /** The shared text of the transactions in flight, by transaction, and those free for the next. */
  private readonly inFlightText = new Map<number, SharedText>();
  private readonly freeText: SharedText[] = [];
  private wake: (() => void) | null = null;
  /**
   * Wall milliseconds the writer spent writing, and the main thread waiting for it (back-pressure and
   * drain): which side of the pipeline sets the pace.
   */
  readonly timing = { writing: 0, waiting: 0, cpu: null as number | null };
  private readonly exited: Promise<void>;

  private constructor(
    private readonly worker: Worker,
    stamp: string | null,
    private readonly maxQueued: number,
  ) {
    this.stamp = stamp;
    worker.on("message", (reply: WriterReply) => this.receive(reply));
    worker.on("error", (error: Error) => {
      this.failure ??= errors.backlogWriteFailed(this.committedSeq, error.message);
      this.notify();
    });
    this.exited = new Promise((resolve) =>
      worker.once("exit", (code) => {
        if (!this.closed)
          this.failure ??= errors.backlogWriteFailed(
            this.committedSeq,
            `the thread exited with code ${code}`,
          );
        this.closed = true;
        this.notify();
        resolve();
      }),
    );
  }

  /**
   * Starts the writer thread on the store `config` names and waits until its connection is open.
   * `stamp`: the write stamp the run's own last write left.
   * @example const writer = await BacklogWriter.start(runtime.config, ownStamp)
   */
  static async start(
    config: WriterSetup["config"],
    stamp: string | null,
    options: { maxQueued?: number; pendingMoveRows?: number; deferIndexes?: boolean } = {},
  ): Promise<BacklogWriter> {
    const setup: WriterSetup = {
      config: {
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        databaseSchema: config.databaseSchema,
      },
      stamp,
      pendingMoveRows: options.pendingMoveRows,
      deferIndexes: options.deferIndexes,
    };
    const worker = new Worker(pathToFileURL(compiledEntry("services/backlog-writer-thread.js")), {
      workerData: setup,
      // As the job threads' (thread-pool.ts): a transaction's rows live until its commit, and with V8's
      // default semi-spaces each scavenge in a transaction copied and promoted them.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    const writer = new BacklogWriter(worker, stamp, Math.max(1, options.maxQueued ?? MAX_QUEUED));
    await new Promise<void>((resolve) => {
      writer.ready = resolve;
    });
    if (writer.failure) {
      await writer.close();
      throw writer.failure;
    }
    return writer;
  }

  private ready: (() => void) | null = null;

  private receive(reply: WriterReply): void {
    if (reply.kind === "ready") {
      this.ready?.();
      this.ready = null;
    } else if (reply.kind === "committed") {
      this.committedSeq = reply.seq;
      this.stamp = reply.stamp;
      this.timing.writing += reply.ms;
      for (const id of this.inFlight.get(reply.seq) ?? []) this.inFlightIds.delete(id);
      this.inFlight.delete(reply.seq);
      const text = this.inFlightText.get(reply.seq);
      this.inFlightText.delete(reply.seq);
      if (text) this.freeText.push(text);
    } else if (reply.kind === "closed") {
      this.timing.cpu = reply.cpu;
    } else if (reply.kind === "failed") {
      this.failure ??= new R2pError(reply.error.code, reply.error.message, reply.error.status);
    }
    this.notify();
  }

  private notify(): void {
    // A writer that failed before it was ready: start() sees the failure.
    if (this.failure || this.closed) {
      this.ready?.();
      this.ready = null;
    }
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async waitForReply(): Promise<void> {
    const since = performance.now();
    await new Promise<void>((resolve) => {
      this.wake = resolve;
    });
    this.timing.waiting += performance.now() - since;
  }

  /** Transactions sent and not committed yet. */
  get queued(): number {
    return this.seq - this.committedSeq;
  }

  /**
   * The ids among `ids` that an incident uses: committed in `store`, or in a transaction sent to the
   * writer and not committed yet.
   */
  async existingIds(store: IncidentStore, ids: readonly string[]): Promise<Set<string>> {
    const found = await store.existingIds(ids);
    for (const id of ids) if (this.inFlightIds.has(id)) found.add(id);
    return found;
  }

  /**
   * Sends a transaction's rows to the writer, after those sent before it; waits while `maxQueued`
   * transactions are in flight. Throws the writer's error once it failed.
   */
  async write(rows: ChangeRows, audit: ChangeAudit): Promise<void> {
    await this.waitForRoom();
    const text = this.freeText.pop() ?? new SharedText(TEXT_BYTES);
    const { packed, transferables } = packChangeRows(rows, text);
    const ids = rows.incidents.map((row) => row.id);
    this.send(packed, transferables, ids, audit, text);
  }

  /**
   * Sends a fresh change (IncidentChange.fresh) to the writer as `write(freshChangeRows(change, at),
   * audit)` would, its rows built and packed one by one (packFreshChange).
   */
  async writeFresh(change: IncidentChange, at: string, audit: ChangeAudit): Promise<void> {
    await this.writeFreshParts([change], at, audit);
  }

  /**
   * Sends the parts of one fresh change as one transaction, each part packed as it comes (`parts`
   * may build it then: a part's incidents and rows are garbage before the next is built) into the
   * same shared text (joinPackedChanges). No claim may be in two parts.
   */
  async writeFreshParts(parts: Iterable<IncidentChange>, at: string, audit: ChangeAudit): Promise<void> {
    await this.waitForRoom();
    const text = this.freeText.pop() ?? new SharedText(TEXT_BYTES);
    const packed: PackedFreshChange[] = [];
    for (const part of parts) {
      const built = packFreshChange(part, at, text, { append: packed.length > 0 });
      if (built) packed.push(built);
    }
    const joined = joinPackedChanges(packed);
    if (!joined) {
      this.freeText.push(text);
      return;
    }
    this.send(joined.packed, joined.transferables, joined.incidentIds, audit, text);
  }

  private async waitForRoom(): Promise<void> {
    while (!this.failure && !this.closed && this.queued >= this.maxQueued) await this.waitForReply();
    if (this.failure) throw this.failure;
    if (this.closed) throw errors.backlogWriteFailed(this.committedSeq, "the writer was closed");
  }

  private send(
    rows: PackedChangeRows,
    transferables: ArrayBuffer[],
    ids: readonly string[],
    audit: ChangeAudit,
    text: SharedText,
  ): void {
    const seq = ++this.seq;
    this.inFlight.set(seq, ids);
    for (const id of ids) this.inFlightIds.add(id);
    this.inFlightText.set(seq, text);
    const request: WriterRequest = { kind: "write", seq, rows, audit };
    this.worker.postMessage(request, transferables);
  }

  /**
   * Waits until every transaction sent is committed; returns the write stamp the last one left.
   * Throws the writer's error if it failed.
   */
  async drain(): Promise<string | null> {
    while (!this.failure && !this.closed && this.queued > 0) await this.waitForReply();
    if (this.failure) throw this.failure;
    if (this.queued > 0) throw errors.backlogWriteFailed(this.committedSeq, "the writer was closed");
    return this.stamp;
  }

  /**
   * Ends the thread once it has written what was sent (or at once, after a failure: it writes nothing
   * more) and closed its connection. Safe to call more than once.
   */
  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.worker.postMessage({ kind: "close" } satisfies WriterRequest);
    }
    await this.exited;
  }
}
