/**
 * The undated claims' reader thread, seen from the main thread (backlog-resolve.ts): a worker thread
 * with its own connection to the store (backlog-undated-thread.ts) that decides whole batches of the
 * undated claims' pass (backlog-undated.ts, `decideBatch`) while the main thread decides others. The
 * batches are independent: each is decided against the dated incidents only, which that pass does not
 * change (the claims that stay alone are written as new incidents no search reads; those that join wait
 * for step 2), so a batch decided here is decided as the main thread would decide it. The main thread
 * takes the decisions in the batches' order, so what it writes, and in which order, is unchanged.
 * What crosses: the batch's claims (structured clone), and back, in the order `decideBatch` decided
 * them, each claim's decision with its proposal's incident id, score, comparison and dated claim.
 */
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Config } from "../config/config.js";
import { compiledEntry } from "../config/compiled-entry.js";
import type { ResolvableClaim } from "../domain/resolution.js";
import type { PackedDecision } from "./backlog-undated.js";

export interface ReaderSetup {
  config: Pick<Config, "dataDir" | "databaseUrl" | "databaseSchema">;
}

export type ReaderRequest = { kind: "decide"; seq: number; claims: ResolvableClaim[] } | { kind: "close" };

export type ReaderReply =
  | { kind: "ready" }
  | { kind: "decided"; seq: number; decisions: PackedDecision[]; searchedAgain: number }
  | { kind: "failed"; seq: number; message: string }
  | { kind: "closed"; cpu: number | null };

type Decided = { decisions: PackedDecision[]; searchedAgain: number };

export class UndatedReader {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (d: Decided) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  private ready = false;
  private opened: (() => void) | null = null;
  /** Settles once the thread has opened its connection, or failed to. */
  readonly open: Promise<void>;
  private onClosed: ((cpu: number | null) => void) | null = null;
  private readonly exited: Promise<void>;
  /** The thread's own CPU seconds (at close; null where the system does not say). */
  cpu: number | null = null;
  /** Batches it decided. */
  batches = 0;

  private constructor(private readonly worker: Worker) {
    this.open = new Promise((resolve) => {
      this.opened = resolve;
    });
    worker.on("message", (reply: ReaderReply) => this.receive(reply));
    worker.on("error", (error: Error) => this.fail(error));
    this.exited = new Promise((resolve) =>
      worker.once("exit", (code) => {
        this.fail(new Error(`the undated claims' reader thread exited with code ${code}`));
        resolve();
      }),
    );
  }

  /**
   * Starts the thread on the store `config` names (it opens its connection meanwhile: `idle` is false
   * until it can take a batch).
   * @example const reader = UndatedReader.start(runtime.config)
   */
  static start(config: ReaderSetup["config"]): UndatedReader {
    const setup: ReaderSetup = {
      config: {
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        databaseSchema: config.databaseSchema,
      },
    };
    const worker = new Worker(pathToFileURL(compiledEntry("services/backlog-undated-thread.js")), {
      workerData: setup,
      stdout: false,
      stderr: false,
    });
    return new UndatedReader(worker);
  }

  /** Whether the thread is open and has fewer than `most` batches to decide. */
  idle(most: number): boolean {
    return this.ready && this.failure === null && this.waiting.size < most;
  }

  /** Decides `claims` on the thread (backlog-undated.ts, `decideBatch`). */
  decide(claims: readonly ResolvableClaim[]): Promise<Decided> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = ++this.seq;
    this.batches++;
    return new Promise<Decided>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.worker.postMessage({ kind: "decide", seq, claims: [...claims] } satisfies ReaderRequest);
    });
  }

  private receive(reply: ReaderReply): void {
    if (reply.kind === "ready") {
      this.ready = true;
      this.opened?.();
    } else if (reply.kind === "decided") {
      const waiting = this.waiting.get(reply.seq);
      this.waiting.delete(reply.seq);
      waiting?.resolve({ decisions: reply.decisions, searchedAgain: reply.searchedAgain });
    } else if (reply.kind === "failed") this.fail(new Error(reply.message));
    else {
      this.cpu = reply.cpu;
      this.onClosed?.(reply.cpu);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.opened?.();
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }

  /** Ends the thread (after the batches handed to it are decided). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => {
      this.onClosed = () => resolve();
    });
    this.worker.postMessage({ kind: "close" } satisfies ReaderRequest);
    await Promise.race([closed, this.exited]);
    this.onClosed = null;
    await this.worker.terminate();
  }
}
