/**
 * A pool of worker threads for CPU-heavy work (extraction jobs, parsing large documents), so that the
 * event loop serving HTTP never runs it. Each task gets a time limit, and each thread a heap limit
 * (worker_threads resourceLimits): past either, the thread is terminated and replaced, and the task
 * fails with a named error (JOB_TIMEOUT, JOB_OUT_OF_MEMORY). Terminating a thread rolls back whatever
 * transaction it had open, so a stopped task leaves nothing half-written.
 */
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { R2pError, errors } from "../domain/errors.js";
import type { ThreadReply, ThreadRequest, ThreadSetup } from "./thread-protocol.js";
import { compiledEntry } from "../config/compiled-entry.js";

export interface ThreadPoolOptions {
  /** How many threads run tasks at once. */
  size: number;
  /** Heap limit of each thread (old generation), in MB. */
  memoryMb: number;
  /** What each thread needs to open its own runtime, and which task module it runs. */
  setup: ThreadSetup;
  /** Label used in error messages ("job", "ingest"). */
  label: string;
  /**
   * Tasks given to a thread at once (default 1): beyond the first, each waits in the thread's own
   * queue and starts the moment the one before ends, without waiting for this thread to hand it over
   * (a caller busy for tens of milliseconds otherwise leaves the thread idle meanwhile). A queued
   * task's time limit counts from when it was queued; if its thread is stopped, it fails with the
   * same error as the running one.
   */
  tasksPerThread?: number;
}

interface Slot {
  worker: Worker;
  /** Tasks given to the thread and not yet answered. */
  busy: number;
  /** Set when the thread exits on its own or by termination; a dead slot is replaced. */
  dead: boolean;
  exitReason: R2pError | null;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout | null;
  slot: Slot;
}

/**
 * Young generation of each thread, in MB (V8's two semi-spaces of 64 MB, four times its default, and
 * its large-object part): a resolution batch allocates much that lives for the whole batch (its
 * working set, the stage's incidents, their JSON); larger semi-spaces scavenge less often, so fewer
 * of those objects are copied and promoted before they die. At 100,000 bench claims (bench/resolve-throughput.ts
 * run with the equivalent `--max-semi-space-size=64`, three pairs of runs started together) resolving
 * took 7, 2 and 6 % less CPU, peak RSS unchanged.
 */
export const YOUNG_GENERATION_MB = 192;

/** The compiled thread entry (a build entry point: see scripts/build-ts.mjs). */
export function threadEntryPath(): string {
  return compiledEntry("jobs/job-thread.js");
}

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly entry = pathToFileURL(threadEntryPath());

  constructor(private readonly options: ThreadPoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  /**
   * Runs `request` on a free thread (waiting for one) and resolves with its result. Rejects with the
   * task's own error (an R2pError keeps its code), or JOB_TIMEOUT / JOB_OUT_OF_MEMORY / JOB_INTERRUPTED.
   *
   * @example await pool.run({ kind: "parse", input, deps }, { timeoutMs: 60_000 })
   */
  async run<T>(request: ThreadRequest, limits: { timeoutMs: number; transfer?: ArrayBuffer[] }): Promise<T> {
    const slot = await this.acquire();
    const id = this.nextId++;
    try {
      return await new Promise<T>((resolve, reject) => {
        const pending: Pending = { resolve: resolve as (v: unknown) => void, reject, timer: null, slot };
        pending.timer = setTimeout(() => {
          slot.exitReason = errors.jobTimeout(this.options.label, limits.timeoutMs);
          void slot.worker.terminate();
        }, limits.timeoutMs);
        this.pending.set(id, pending);
        // Transferred buffers move instead of being copied: copying a 5 MB document on the event
        // loop took up to a tenth of a second on a busy machine.
        slot.worker.postMessage({ id, request }, limits.transfer ?? []);
      });
    } finally {
      const pending = this.pending.get(id);
      if (pending?.timer) clearTimeout(pending.timer);
      this.pending.delete(id);
      this.releaseSlot(slot);
    }
  }

  /** Terminates every thread at once; running tasks reject with JOB_INTERRUPTED. */
  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) slot.exitReason ??= errors.jobInterrupted(this.options.label);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.closed) throw errors.jobInterrupted(this.options.label);
      // An idle thread first, then one whose queue has room.
      const live = this.slots.filter((slot) => !slot.dead);
      const free =
        live.find((slot) => slot.busy === 0) ??
        live.find((slot) => slot.busy < (this.options.tasksPerThread ?? 1));
      if (free && (free.busy === 0 || live.length >= this.options.size)) return this.occupy(free);
      if (live.length < this.options.size) return this.occupy(this.spawn());
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** A busy thread keeps the process alive until its task answers; an idle one does not. */
  private occupy(slot: Slot): Slot {
    slot.busy++;
    slot.worker.ref();
    return slot;
  }

  private releaseSlot(slot: Slot): void {
    slot.busy--;
    if (slot.busy > 0) {
      this.waiting.shift()?.();
      return;
    }
    slot.worker.unref();
    if (slot.dead) {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
    }
    this.waiting.shift()?.();
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, {
      workerData: this.options.setup,
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.memoryMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
      // The thread's stdout/stderr go to the process's own.
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, busy: 0, dead: false, exitReason: null };
    worker.on("message", (reply: ThreadReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new R2pError(reply.error.code, reply.error.message, reply.error.status));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY")
        slot.exitReason ??= errors.jobOutOfMemory(this.options.label, this.options.memoryMb);
      else slot.exitReason ??= errors.jobCrashed(this.options.label, error.message);
    });
    worker.on("exit", () => {
      slot.dead = true;
      const reason = slot.exitReason ?? errors.jobInterrupted(this.options.label);
      for (const pending of this.pending.values()) if (pending.slot === slot) pending.reject(reason);
      if (slot.busy === 0) this.slots.splice(this.slots.indexOf(slot), 1);
    });
    this.slots.push(slot);
    return slot;
  }
}
