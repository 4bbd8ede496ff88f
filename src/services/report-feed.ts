/**
 * Reports handed to analyzeStoredReports while they are still being ingested: `r2p analyze <dir>`
 * pushes each ingestion batch as it is committed, so extraction (on worker threads and on this thread)
 * starts with the first batch instead of after the last one. Ingesting 1,000 bench reports took ~1.5 CPU s
 * of the main thread, during which the extraction threads, already started, sat idle.
 */
import type { Report } from "../domain/report.js";

export class ReportFeed {
  private readonly items: (string | Report)[] = [];
  private ended = false;
  private failure: { error: unknown } | null = null;
  private waiting: (() => void)[] = [];

  /** A feed of reports already all known. */
  static of(reports: readonly (string | Report)[]): ReportFeed {
    const feed = new ReportFeed();
    feed.push(...reports);
    feed.end();
    return feed;
  }

  /** Reports pushed so far, in order. */
  get reports(): readonly (string | Report)[] {
    return this.items;
  }

  /** True once no more reports will come (ended or failed). */
  get done(): boolean {
    return this.ended || this.failure !== null;
  }

  push(...reports: (string | Report)[]): void {
    if (this.done) throw new Error("ReportFeed: push after end");
    if (reports.length === 0) return;
    this.items.push(...reports);
    this.wake();
  }

  /** No more reports. */
  end(): void {
    this.ended = true;
    this.wake();
  }

  /** No more reports, because producing them failed: a consumer still waiting for more gets `error`. */
  fail(error: unknown): void {
    if (this.done) return;
    this.failure = { error };
    this.wake();
  }

  /**
   * How many reports there are before index `end`, once they are all pushed or the feed is over:
   * `end` itself, or fewer at the end of the feed. Rejects with the feed's failure if it failed
   * before reaching `end`.
   */
  async upTo(end: number): Promise<number> {
    for (;;) {
      if (this.items.length >= end) return end;
      if (this.failure) throw this.failure.error;
      if (this.ended) return this.items.length;
      await new Promise<void>((resume) => this.waiting.push(resume));
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }
}
