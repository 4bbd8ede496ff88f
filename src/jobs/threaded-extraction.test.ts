import os from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config/config.js";
import {
  extractionThreadCount,
  openExtractionThreads,
  THREADED_FROM_REPORTS,
} from "./threaded-extraction.js";

const configWith = (env: Record<string, string>) => loadConfig({ dataDir: os.tmpdir() }, env);

describe("extraction threads", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("spare every core but the caller's while the machine has idle cores", () => {
    vi.spyOn(os, "availableParallelism").mockReturnValue(4);
    vi.spyOn(os, "loadavg").mockReturnValue([1.5, 1, 1]);
    expect(extractionThreadCount(configWith({}))).toBe(3);
  });

  it("spare none when the run queue already fills every core, unless R2P_WORKER_THREADS asks", () => {
    vi.spyOn(os, "availableParallelism").mockReturnValue(2);
    vi.spyOn(os, "loadavg").mockReturnValue([2.4, 3, 3]);
    expect(extractionThreadCount(configWith({}))).toBe(0);
    expect(openExtractionThreads(configWith({}), 10 * THREADED_FROM_REPORTS)).toBeNull();
    expect(extractionThreadCount(configWith({ R2P_WORKER_THREADS: "1" }))).toBe(1);
  });

  it("spare none on one core", () => {
    vi.spyOn(os, "availableParallelism").mockReturnValue(1);
    vi.spyOn(os, "loadavg").mockReturnValue([0, 0, 0]);
    expect(extractionThreadCount(configWith({}))).toBe(0);
  });
});
