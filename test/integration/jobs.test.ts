/**
 * Jobs are idempotent and keyed by content: ingesting queues one extraction per report and extractor
 * version; running a job twice leaves one set of claims; a job whose worker died (expired lease) is
 * picked up by another worker and done once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { ingestBytes, queueExtraction } from "../../src/services/ingest-service.js";
import { drainJobs } from "../../src/jobs/job-runner.js";

const text = `Shelling kills two in Saraqib

Regime forces shelled the city of Saraqib in the eastern countryside of Idlib on Monday, killing two civilians, according to the Syrian Observatory for Human Rights.
`;

describe("job runner", () => {
  let dataDir: string;
  let runtime: Runtime;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-jobs-"));
    runtime = await openRuntime(loadConfig({ dataDir }, {}));
  });
  afterAll(async () => {
    try {
      await runtime?.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("extracts once per report, even when the job is queued and run twice", async () => {
    const outcome = await ingestBytes(
      runtime.store,
      Buffer.from(text),
      { originalName: "saraqib.txt" },
      {
        maxBytes: 1_000_000,
        actor: "test",
        publishedAt: "2023-10-10",
      },
    );
    expect(outcome.status).toBe("ingested");
    if (outcome.status === "rejected") return;
    await queueExtraction(runtime.store, outcome.report);
    expect((await runtime.store.jobs.counts()).queued).toBe(1);
    // The extraction, then the resolution it queues, then the assessment that queues.
    expect(await drainJobs(runtime)).toEqual({ done: 3, failed: 0, quarantined: 0 });
    expect(await runtime.store.jobs.counts()).toMatchObject({ queued: 0, done: 3 });
    const first = await runtime.store.claims.getExtraction(outcome.report.id);
    expect(first?.extraction.incidents.length).toBeGreaterThan(0);
    const claimsAfterFirst = await runtime.store.claims.countClaims();
    // A retry of the same effect (as after a crash between the effect and `complete`) changes nothing.
    const { analyzeStoredReport } = await import("../../src/services/analyze-service.js");
    await analyzeStoredReport(runtime, outcome.report.id, "test-retry");
    expect(await runtime.store.claims.countClaims()).toBe(claimsAfterFirst);
  });

  it("hands a job whose worker died to another worker after its lease expires", async () => {
    const outcome = await ingestBytes(
      runtime.store,
      Buffer.from(`${text}\nSecond copy with new bytes.\n`),
      { originalName: "b.txt" },
      {
        maxBytes: 1_000_000,
        actor: "test",
      },
    );
    if (outcome.status === "rejected") throw new Error(outcome.reason);
    const crashed = await runtime.store.jobs.claim("worker-that-dies", 1);
    expect(crashed).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await drainJobs(runtime, { workerId: "survivor" })).toEqual({
      done: 3,
      failed: 0,
      quarantined: 0,
    });
    const counts = await runtime.store.jobs.counts();
    expect(counts).toMatchObject({ queued: 0, running: 0, failed: 0 });
    expect(await runtime.store.claims.getExtraction(outcome.report.id)).not.toBeNull();
  });
});
