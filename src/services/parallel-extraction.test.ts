import { describe, expect, it } from "vitest";
import type { Extraction } from "../domain/claim.js";
import type { ExtractionThreads } from "./analyze-service.js";
import { ParallelExtraction } from "./parallel-extraction.js";
import { ReportFeed } from "./report-feed.js";

/** A stand-in extraction that says which report it is. */
const extractionOf = (report: string) => ({ report }) as unknown as Extraction;
const reportOf = (extraction: Extraction) => (extraction as unknown as { report: string }).report;
const tick = () => new Promise((resume) => setTimeout(resume, Math.random() * 3));

/** Fake threads answering after a random delay; records each task's reports. */
function fakeThreads(size: number, failOn: string | null = null) {
  const tasks: string[][] = [];
  const threads: ExtractionThreads = {
    size,
    async extract(reports) {
      const ids = reports.map(String);
      tasks.push(ids);
      await tick();
      const failing = ids.indexOf(failOn ?? "");
      if (failing >= 0) throw new Error(`cannot extract ${failOn}`);
      return ids.map(extractionOf);
    },
  };
  return { threads, tasks };
}

const ids = (count: number) => Array.from({ length: count }, (_, index) => `r${index}`);

/** Reads every batch in order, marking each stored, as analyzeStoredReports does. */
async function readAll(parallel: ParallelExtraction, count: number, batchSize: number) {
  const seen: string[] = [];
  try {
    for (let start = 0; start < count; start += batchSize) {
      seen.push(...(await parallel.batch(start)).map(reportOf));
      parallel.stored(Math.min(start + batchSize, count));
    }
  } finally {
    parallel.stop();
  }
  return seen;
}

describe("ParallelExtraction", () => {
  it("gives every report's extraction in order, shared between the threads and this thread", async () => {
    const { threads, tasks } = fakeThreads(2);
    const here: string[] = [];
    const reports = ids(47);
    const parallel = new ParallelExtraction(ReportFeed.of(reports), {
      batchSize: 10,
      threads,
      extractHere: async (report) => {
        here.push(String(report));
        await tick();
        return extractionOf(String(report));
      },
    });
    expect(await readAll(parallel, reports.length, 10)).toEqual(reports);
    expect(here.length).toBeGreaterThan(0);
    expect(tasks.length).toBeGreaterThan(0);
    // Each report extracted once, by one lane.
    expect([...here, ...tasks.flat()].sort()).toEqual([...reports].sort());
  });

  it("never gives a thread reports of two batches, nor reports two batches past the last stored", async () => {
    const { threads, tasks } = fakeThreads(3);
    const reports = ids(95);
    let storedUpTo = 0;
    let furthest = 0;
    const parallel = new ParallelExtraction(ReportFeed.of(reports), {
      batchSize: 10,
      threads: {
        size: threads.size,
        extract: (chunk) => {
          furthest = Math.max(furthest, ...chunk.map((id) => Number(String(id).slice(1))));
          expect(furthest).toBeLessThan(storedUpTo + 20);
          return threads.extract(chunk);
        },
      },
      extractHere: async (report) => extractionOf(String(report)),
    });
    for (let start = 0; start < reports.length; start += 10) {
      await parallel.batch(start);
      storedUpTo = Math.min(start + 10, reports.length);
      parallel.stored(storedUpTo);
    }
    parallel.stop();
    for (const task of tasks) {
      const batches = new Set(task.map((id) => Math.floor(Number(id.slice(1)) / 10)));
      expect(batches.size).toBe(1);
    }
  });

  it("fails the failing report's batch with its error, after the batches before it", async () => {
    const { threads } = fakeThreads(2, "r23");
    const reports = ids(40);
    const parallel = new ParallelExtraction(ReportFeed.of(reports), {
      batchSize: 10,
      threads,
      // This thread fails on the same report, so whichever lane takes it, it fails.
      extractHere: async (report) => {
        if (report === "r23") throw new Error("cannot extract r23");
        return extractionOf(String(report));
      },
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for (let start = 0; start < reports.length; start += 10) {
          seen.push(...(await parallel.batch(start)).map(reportOf));
          parallel.stored(start + 10);
        }
      })(),
    ).rejects.toThrow("cannot extract r23");
    parallel.stop();
    expect(seen).toEqual(ids(20));
  });

  it("extracts reports as they arrive, each batch once it is full or the feed has ended", async () => {
    const { threads, tasks } = fakeThreads(2);
    const feed = new ReportFeed();
    const reports = ids(23);
    const parallel = new ParallelExtraction(feed, {
      batchSize: 10,
      threads,
      extractHere: async (report) => extractionOf(String(report)),
    });
    const reading = readAll(parallel, reports.length, 10);
    for (let start = 0; start < reports.length; start += 4) {
      await tick();
      feed.push(...reports.slice(start, start + 4));
    }
    feed.end();
    expect(await reading).toEqual(reports);
    // Lanes waited for reports instead of ending when they caught up with the feed.
    expect(tasks.flat().length).toBeGreaterThan(0);
  });

  it("ends its lanes when the feed fails, and fails the batch the feed did not fill", async () => {
    const { threads } = fakeThreads(1);
    const feed = new ReportFeed();
    const parallel = new ParallelExtraction(feed, {
      batchSize: 10,
      threads,
      extractHere: async (report) => extractionOf(String(report)),
    });
    feed.push(...ids(13));
    expect((await parallel.batch(0)).map(reportOf)).toEqual(ids(10));
    parallel.stored(10);
    feed.fail(new Error("unreadable folder"));
    await expect(parallel.batch(10)).rejects.toThrow("unreadable folder");
    parallel.stop();
  });
});
