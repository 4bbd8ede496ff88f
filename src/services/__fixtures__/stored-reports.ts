/**
 * Test fixtures for services: a fresh runtime on a temporary folder (closed and removed after each
 * test), and reports stored with a given extraction (claims from compact specs), bypassing the extractor.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { loadConfig } from "../../config/config.js";
import type { Extraction } from "../../domain/claim.js";
import type { Report } from "../../domain/report.js";
import { sha256Hex } from "../../storage/hash.js";
import { toClaim, type ReportSpec } from "../../pipeline/resolve/__fixtures__/claims.js";
import { openRuntime, type Runtime } from "../runtime.js";

const opened: { runtime: Runtime; dir: string }[] = [];
afterEach(async () => {
  for (const { runtime, dir } of opened.splice(0)) {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A runtime on an empty SQLite store, cleaned up after the test. */
export async function freshRuntime(): Promise<Runtime> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-service-"));
  const runtime = await openRuntime(loadConfig({ dataDir: dir }, {}));
  opened.push({ runtime, dir });
  return runtime;
}

/** Stores a report whose bytes are its label, and an extraction with the spec's claims; returns its id. */
export async function storeReport(runtime: Runtime, spec: ReportSpec, version = "test-1"): Promise<string> {
  const bytes = new TextEncoder().encode(`report ${spec.id}`);
  const id = sha256Hex(bytes);
  const report: Report = {
    id,
    byteLength: bytes.byteLength,
    mediaType: "text/plain",
    encoding: "utf-8",
    originalName: `${spec.id}.txt`,
    retrievedAt: "2025-03-01T10:00:00.000Z",
    url: spec.url ?? null,
    publisher: spec.publisher ?? null,
    originators: spec.originators ?? [],
    publishedAt: spec.publishedAt ?? null,
    language: "en",
    title: spec.id,
    byline: null,
    text: spec.lead ?? `report ${spec.id}`,
    removed: [],
    related: [],
    keywords: [],
    caveats: spec.caveats ?? [],
  };
  await runtime.store.reports.save(report, bytes, "test");
  const extraction: Extraction = {
    report: {
      id,
      title: spec.id,
      publisher: report.publisher,
      originators: report.originators,
      publishedAt: report.publishedAt,
      language: "en",
      caveats: report.caveats,
      related: [],
    },
    incidents: spec.claims.map((c) => toClaim(c, spec.attributedTo ?? [])),
    statements: [],
  };
  await runtime.store.claims.saveExtraction(id, version, extraction, "test");
  return id;
}

/** Each incident as the sorted "<label>:<ordinal>" of its claims; the list sorted. */
export async function partition(runtime: Runtime, labels: Map<string, string>): Promise<string[][]> {
  const incidents = await runtime.store.incidents.list({ limit: 1000, offset: 0 });
  return incidents
    .map((i) => i.claims.map((c) => `${labels.get(c.reportId) ?? c.reportId}:${c.ordinal}`).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
