/** Re-parse service on an embedded store: re-derivation, user metadata kept, failures left untouched. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestDocument } from "../pipeline/ingest/index.js";
import { openStore } from "../storage/open-store.js";
import type { Store } from "../storage/ports.js";
import { sha256Hex } from "../storage/hash.js";
import { ingestBytes, queueExtraction } from "./ingest-service.js";
import { reparseReports } from "./reparse-service.js";

const article = new TextEncoder().encode(
  "Shelling kills two in Sarmin\n\nArtillery shelled Sarmin on Monday, killing two civilians, rescuers said.\n",
);
const options = { actor: "test", queueExtraction: false };

describe("reparseReports", () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "r2p-reparse-"));
    store = await openStore({ dataDir: dir, databaseUrl: null });
  });
  afterEach(async () => {
    try {
      await store?.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("restores a stale derivation, keeps the user's date, and queues a new extraction", async () => {
    const ingest = { actor: "test", maxBytes: 1e6, publishedAt: "2024-05-06", queueExtraction: false };
    const outcome = await ingestBytes(store, article, { originalName: "a.txt" }, ingest);
    if (outcome.status !== "ingested") throw new Error(`not ingested: ${outcome.status}`);
    const fresh = outcome.report;
    const stale = { ...fresh, title: "Stale", text: "stale", publishedAt: "1999-01-01" };
    await store.reports.rederive(fresh.id, stale, "old-version");
    // The store itself re-applies the user's date, so only title and text went stale.
    expect(await store.reports.get(fresh.id)).toMatchObject({ title: "Stale", publishedAt: "2024-05-06" });
    // The stale text was extracted once (by its own job); the restored text must get a job of its own.
    await queueExtraction(store, (await store.reports.get(fresh.id))!);
    expect((await store.jobs.counts()).queued).toBe(1);

    const summary = await reparseReports(store, "all", { actor: "test" });
    expect(summary).toMatchObject({ updated: 1, unchanged: 0, failed: 0 });
    expect(summary.outcomes[0]).toMatchObject({ status: "updated", changed: ["title", "text"] });
    expect(await store.reports.get(fresh.id)).toEqual(fresh);
    expect((await store.jobs.counts()).queued).toBe(2);

    const again = await reparseReports(store, [fresh.id], options);
    expect(again).toMatchObject({ updated: 0, unchanged: 1, failed: 0 });
  });

  it("keeps the declared media type of a report posted without a file name", async () => {
    const markdownish = new TextEncoder().encode("# Not a heading\n\n- not a list, just plain text\n");
    const outcome = await ingestBytes(
      store,
      markdownish,
      { originalName: null, mediaTypeHint: "text/plain" },
      { actor: "api", maxBytes: 1e6 },
    );
    if (outcome.status !== "ingested") throw new Error(`not ingested: ${outcome.status}`);
    expect(outcome.report.mediaType).toBe("text/plain");
    const summary = await reparseReports(store, [outcome.report.id], options);
    expect(summary.outcomes[0]).toEqual({ id: outcome.report.id, status: "unchanged" });
  });

  it("reports an original that no longer passes ingestion and leaves the report unchanged", async () => {
    // Bytes the current stage refuses (binary), stored as if an older, laxer stage had accepted them.
    const bytes = new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]);
    const accepted = ingestDocument(
      { bytes: article, originalName: "a.txt", retrievedAt: "2024-01-01T00:00:00.000Z" },
      { maxBytes: 1e6 },
    );
    const report = { ...accepted, id: sha256Hex(bytes), byteLength: bytes.byteLength };
    await store.reports.save(report, bytes, "old-version");
    const summary = await reparseReports(store, [report.id], options);
    expect(summary).toMatchObject({ updated: 0, unchanged: 0, failed: 1 });
    expect(summary.outcomes[0]).toMatchObject({ status: "failed", code: "INPUT_BINARY" });
    expect(await store.reports.get(report.id)).toEqual(report);
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
  });

  it("reports an unknown id as failed", async () => {
    const summary = await reparseReports(store, ["0".repeat(64)], options);
    expect(summary.outcomes[0]).toMatchObject({ status: "failed", code: "NOT_FOUND" });
  });
});
