/**
 * Extracts many reports at once, on worker threads and on this thread, for analyzeStoredReports, which
 * stores them batch by batch in order. Each "lane" (one per task a worker thread takes at once, one
 * here) takes the next reports in order: a few per thread task, so a thread seldom waits for this
 * thread to hand it more; one at a time here, as between two reports this thread also stores batches
 * and passes the threads their work. A lane never takes reports more than two batches past the last one stored (memory stays
 * bounded whatever the number of reports), nor reports of two batches at once (a failing report then
 * fails its own batch only, as without threads). This thread extracts too because a thread's start-up
 * and its first, slower reports (patterns compiled, code not yet optimised, once per thread) cost more
 * than this thread's idle time is worth. The reports may still be arriving (a ReportFeed being
 * ingested): a lane that has caught up with them waits for more.
 */
import type { Extraction } from "../domain/claim.js";
import type { Report } from "../domain/report.js";
import type { ExtractionThreads } from "./analyze-service.js";
import type { ReportFeed } from "./report-feed.js";

/** Reports per thread task: ~30 ms of work, against ~1 ms to pass them and their extractions across. */
const REPORTS_PER_TASK = 4;
/** Batches extracted ahead of the last one stored, the one being stored included. */
const BATCHES_AHEAD = 2;

interface Pending {
  promise: Promise<Extraction>;
  resolve: (extraction: Extraction) => void;
  reject: (error: unknown) => void;
}

function pending(): Pending {
  let resolve!: Pending["resolve"];
  let reject!: Pending["reject"];
  const promise = new Promise<Extraction>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  // Awaited in order by batch(); a failure further on must not count as unhandled meanwhile.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export interface ParallelExtractionOptions {
  batchSize: number;
  threads: ExtractionThreads;
  extractHere: (report: string | Report) => Promise<Extraction>;
}

export class ParallelExtraction {
  /** Per report, its extraction to come; null once its batch is stored. */
  private readonly results: (Pending | null)[] = [];
  private next = 0;
  private storedUpTo = 0;
  private stopped = false;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly feed: ReportFeed,
    private readonly options: ParallelExtractionOptions,
  ) {
    const lanes = options.threads.size * (options.threads.tasksPerThread ?? 1);
    for (let lane = 0; lane < lanes; lane++) void this.threadLane();
    void this.localLane();
  }

  /** The extractions of the batch starting at report `start`, in order; rejects with the first failure. */
  async batch(start: number): Promise<Extraction[]> {
    const end = await this.feed.upTo(start + this.options.batchSize);
    const extractions: Extraction[] = [];
    for (let index = start; index < end; index++) extractions.push(await this.result(index)!.promise);
    return extractions;
  }

  /** Report `index`'s extraction to come, null once stored. */
  private result(index: number): Pending | null {
    if (index < this.storedUpTo) return null;
    while (this.results.length <= index) this.results.push(pending());
    return this.results[index]!;
  }

  /** Reports before `upTo` are stored: their extractions are let go, and lanes may take more. */
  stored(upTo: number): void {
    this.results.fill(null, this.storedUpTo, upTo);
    this.storedUpTo = upTo;
    this.wake();
  }

  /** Takes no more reports (a task already on a thread runs on until its thread is closed). */
  stop(): void {
    this.stopped = true;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  /** The next reports for a lane, at most `count` and within one batch; null when there are none left. */
  private async take(count: number): Promise<{ start: number; end: number } | null> {
    const { batchSize } = this.options;
    for (;;) {
      const arrived = this.feed.reports.length;
      if (this.stopped || (this.next >= arrived && this.feed.done)) return null;
      const limit = Math.min(arrived, this.storedUpTo + BATCHES_AHEAD * batchSize);
      if (this.next < limit) {
        const start = this.next;
        const batchEnd = (Math.floor(start / batchSize) + 1) * batchSize;
        this.next = Math.min(start + count, limit, batchEnd);
        return { start, end: this.next };
      }
      const wakeUp = new Promise<void>((resume) => this.waiting.push(resume));
      // Caught up with the reports that have arrived: wait for more as well (a failed feed ends the lane).
      await (this.next < arrived
        ? wakeUp
        : Promise.race([wakeUp, this.feed.upTo(this.next + 1).catch(() => undefined)]));
    }
  }

  private async threadLane(): Promise<void> {
    for (let taken = await this.take(REPORTS_PER_TASK); taken; taken = await this.take(REPORTS_PER_TASK)) {
      const { start, end } = taken;
      try {
        const extractions = await this.options.threads.extract(this.feed.reports.slice(start, end));
        extractions.forEach((extraction, offset) => this.result(start + offset)?.resolve(extraction));
      } catch (error) {
        // A thread stops at the task's first failing report: those before it come back with its
        // error too, which batch() then gives first, as the reports before them in the batch succeeded.
        for (let index = start; index < end; index++) this.result(index)?.reject(error);
      }
    }
  }

  private async localLane(): Promise<void> {
    for (let taken = await this.take(1); taken; taken = await this.take(1)) {
      // The threads' replies first: a thread waiting for its next task while this one extracts is lost time.
      await new Promise((resume) => setImmediate(resume));
      const result = this.result(taken.start);
      try {
        result?.resolve(await this.options.extractHere(this.feed.reports[taken.start]!));
      } catch (error) {
        result?.reject(error);
      }
    }
  }
}
