/**
 * `r2p analyze` of many reports extracts on worker threads (jobs/threaded-extraction.ts) and this
 * thread at once, storing in order: the extractions, their order and the stored rows are those of
 * extraction on this thread alone; a failing report fails its own batch only, after the batches before
 * it are stored, and a re-run completes the rest; few reports start no thread. `r2p analyze <dir>`
 * extracts while it ingests (the folder's batches fed to the threads as they are stored), with the
 * output of ingesting first and extracting on this thread alone.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { Extraction } from "../../src/domain/claim.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { ingestBytes } from "../../src/services/ingest-service.js";
import { analyzeStoredReports } from "../../src/services/analyze-service.js";
import { openExtractionThreads, THREADED_FROM_REPORTS } from "../../src/jobs/threaded-extraction.js";
import { backends, projectRoot } from "./harness.js";

const FIXTURES = path.join(projectRoot, "test/fixtures/reports");
/** Two batches of analyzeStoredReports (50 reports each), the second extracted while the first is stored. */
const REPORT_COUNT = 60;

/** The fixture texts, each several times with its own closing line, so every copy is its own report. */
function sources(): { name: string; bytes: Buffer }[] {
  const texts = readdirSync(FIXTURES).flatMap((slug) =>
    readdirSync(path.join(FIXTURES, slug))
      .filter((file) => file === "source.txt")
      .map((file) => readFileSync(path.join(FIXTURES, slug, file), "utf8")),
  );
  return Array.from({ length: REPORT_COUNT }, (_, index) => ({
    name: `report-${index}.txt`,
    bytes: Buffer.from(`${texts[index % texts.length]}\n\nCopy ${index}.\n`),
  }));
}

describe("threaded analysis", () => {
  const dirs: string[] = [];
  const runtimes: Runtime[] = [];
  const open = async (env: Record<string, string> = {}) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-threaded-analyze-"));
    dirs.push(dataDir);
    const runtime = await openRuntime(loadConfig({ dataDir }, { R2P_WORKER_THREADS: "2", ...env }));
    runtimes.push(runtime);
    const ids: string[] = [];
    for (const { name, bytes } of sources()) {
      const outcome = await ingestBytes(
        runtime.store,
        bytes,
        { originalName: name },
        { actor: "test", maxBytes: 1 << 20, queueExtraction: false },
      );
      if (outcome.status === "rejected") throw new Error(outcome.reason);
      ids.push(outcome.report.id);
    }
    return { runtime, ids };
  };
  afterEach(async () => {
    for (const runtime of runtimes.splice(0)) await runtime.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Analyses `ids` with threads or without; what onExtraction saw (index and JSON), or the error. */
  async function analyze(runtime: Runtime, ids: string[], threaded: boolean) {
    const seen: { index: number; json: string }[] = [];
    // Threads as for a folder of THREADED_FROM_REPORTS files, fewer reports (a shorter test).
    const threads = threaded ? openExtractionThreads(runtime.config, THREADED_FROM_REPORTS) : null;
    if (threaded) expect(threads?.size).toBe(2);
    let error: unknown = null;
    try {
      await analyzeStoredReports(
        runtime,
        ids,
        "test",
        (extraction: Extraction, index) => seen.push({ index, json: JSON.stringify(extraction) }),
        threads,
      );
    } catch (caught) {
      error = caught;
    } finally {
      await threads?.close();
    }
    return { seen, error };
  }

  const storedJson = async (runtime: Runtime, id: string) => {
    const stored = await runtime.store.claims.getExtraction(id);
    return stored ? JSON.stringify(stored.extraction) : null;
  };

  it("gives and stores the same extractions, in the same order, as this thread alone", async () => {
    const alone = await open();
    const threaded = await open();
    expect(threaded.ids).toEqual(alone.ids);
    const expected = await analyze(alone.runtime, alone.ids, false);
    const actual = await analyze(threaded.runtime, threaded.ids, true);
    expect(expected.error).toBeNull();
    expect(actual.error).toBeNull();
    expect(actual.seen.map((s) => s.index)).toEqual(alone.ids.map((_, index) => index));
    expect(actual.seen).toEqual(expected.seen);
    for (const id of alone.ids)
      expect(await storedJson(threaded.runtime, id)).toBe(await storedJson(alone.runtime, id));
  }, 120_000);

  it("fails the failing report's batch only, as without threads, and a re-run completes it", async () => {
    const { runtime, ids } = await open();
    // A report that cannot be read fails in the second batch (reports 50–60).
    const missing = "f".repeat(64);
    const withMissing = [...ids.slice(0, 55), missing, ...ids.slice(55)];
    for (const threaded of [false, true]) {
      const { seen, error } = await analyze(runtime, withMissing, threaded);
      expect(error).toMatchObject({ code: "NOT_FOUND" });
      expect(String(error)).toContain(missing);
      expect(seen.map((s) => s.index)).toEqual(ids.slice(0, 50).map((_, index) => index));
    }
    expect(await storedJson(runtime, ids[49]!)).not.toBeNull();
    for (const id of [ids[50]!, ids[54]!, ids[55]!, ids[59]!])
      expect(await storedJson(runtime, id)).toBeNull();
    // Without the missing report, a re-run stores every report, once.
    const rerun = await analyze(runtime, ids, true);
    expect(rerun.error).toBeNull();
    expect(rerun.seen).toHaveLength(ids.length);
    for (const id of ids) expect(await storedJson(runtime, id)).not.toBeNull();
  }, 120_000);

  it("starts no thread for fewer reports than the threshold, nor when asked for none", async () => {
    const config = loadConfig({ dataDir: os.tmpdir() }, { R2P_WORKER_THREADS: "2" });
    expect(openExtractionThreads(config, THREADED_FROM_REPORTS - 1)).toBeNull();
    expect(openExtractionThreads(config, 1)).toBeNull();
    const threads = openExtractionThreads(config, THREADED_FROM_REPORTS);
    try {
      expect(threads?.size).toBe(2);
    } finally {
      await threads?.close();
    }
  });

  it("`r2p analyze <dir> --jsonl` extracts while ingesting, with the output of this thread alone", async () => {
    // More files than one ingestion batch (100), so extraction starts before the folder is ingested.
    const folder = mkdtempSync(path.join(os.tmpdir(), "r2p-threaded-analyze-dir-"));
    dirs.push(folder);
    const files = Array.from({ length: 2 * THREADED_FROM_REPORTS + 5 }, (_, index) => {
      const { bytes } = sources()[index % REPORT_COUNT]!;
      return {
        name: `report-${String(index).padStart(3, "0")}.txt`,
        bytes: Buffer.concat([bytes, Buffer.from(`${index}\n`)]),
      };
    });
    mkdirSync(path.join(folder, "sub"));
    for (const { name, bytes } of files) writeFileSync(path.join(folder, "sub", name), bytes);
    // A file rejected midway: told on stderr, the others analysed, exit code 2.
    writeFileSync(path.join(folder, "sub", "report-150-empty.txt"), "");
    const instance = await backends[0]!.setUp();
    try {
      const threaded = await instance.run(["analyze", folder, "--jsonl"], {
        env: { R2P_WORKER_THREADS: "1" },
      });
      expect(threaded.code).toBe(2);
      expect(threaded.stderr).toContain("report-150-empty.txt");
      const lines = threaded.stdout.trim().split("\n");
      expect(lines).toHaveLength(files.length);
      // The same reports again by id, fewer than THREADED_FROM_REPORTS at a time: extracted on this
      // thread alone, after their ingestion.
      const ids = lines.map((line) => (JSON.parse(line) as { report: { id: string } }).report.id);
      const alone: string[] = [];
      for (let start = 0; start < ids.length; start += THREADED_FROM_REPORTS - 1) {
        const run = await instance.run([
          "analyze",
          ...ids.slice(start, start + THREADED_FROM_REPORTS - 1),
          "--jsonl",
        ]);
        expect(run.code).toBe(0);
        alone.push(run.stdout);
      }
      expect(alone.join("")).toBe(threaded.stdout);
    } finally {
      await instance.tearDown();
    }
  }, 240_000);
});
