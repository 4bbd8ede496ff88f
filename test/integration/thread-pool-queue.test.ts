/**
 * ThreadPool's tasksPerThread: a thread given two tasks at once starts the second as soon as the first
 * ends, even while the thread that handed them over is busy and cannot answer its messages (`r2p
 * analyze`'s main thread ingesting or storing while its extraction threads work).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { Job } from "../../src/storage/ports.js";
import { ThreadPool } from "../../src/jobs/thread-pool.js";
import { projectRoot } from "./harness.js";

const handlersModule = pathToFileURL(path.join(projectRoot, "test/fixtures/hostile/slow-handlers.mjs")).href;

const stampJob = (file: string, tag: string, ms: number) =>
  ({ id: tag, name: "stamp", key: tag, payload: { file, tag, ms } }) as unknown as Job;

const block = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};

describe("ThreadPool tasksPerThread", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** When task "b" started on the thread, relative to the end of this thread's busy spell (ms). */
  async function secondTaskStart(tasksPerThread: number): Promise<number> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-pool-queue-"));
    dirs.push(dataDir);
    const file = path.join(dataDir, "stamps.txt");
    const pool = new ThreadPool({
      size: 1,
      memoryMb: 256,
      label: "test task",
      setup: { config: loadConfig({ dataDir }, {}), handlersModule, foreground: true },
      tasksPerThread,
    });
    try {
      // Warm the thread (its runtime, the handlers) so the tasks below start at once.
      await pool.run({ kind: "job", job: stampJob(file, "warm", 0) }, { timeoutMs: 60_000 });
      const first = pool.run({ kind: "job", job: stampJob(file, "a", 50) }, { timeoutMs: 60_000 });
      const second = pool.run({ kind: "job", job: stampJob(file, "b", 0) }, { timeoutMs: 60_000 });
      // Both posted now when the thread takes two; otherwise "b" waits for "a"'s answer.
      await new Promise((resume) => setImmediate(resume));
      block(1500);
      const busyEnded = Date.now();
      await Promise.all([first, second]);
      const started = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((line) => line.split(" "));
      return Number(started.find(([tag]) => tag === "b")![1]) - busyEnded;
    } finally {
      await pool.close();
    }
  }

  it("starts a queued task while the caller is busy, and not with one task per thread", async () => {
    expect(await secondTaskStart(2)).toBeLessThan(0);
    expect(await secondTaskStart(1)).toBeGreaterThanOrEqual(0);
  }, 60_000);
});
