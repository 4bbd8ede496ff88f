/**
 * The seed article run through ingest and extract, for assessment tests. Tests read the shared file; null when it is absent (tests then skip and say so).
 */
import { readFile } from "node:fs/promises";
import type { Extraction } from "../../src/domain/claim.js";
import type { Report } from "../../src/domain/report.js";
import { buildKnowledge } from "../../src/knowledge/index.js";
import { extractClaims } from "../../src/pipeline/extract/index.js";
import { ingestDocument } from "../../src/pipeline/ingest/index.js";

export const SEED_PATH = "/work/shared/seed/000_73950fb0b43643e1.txt";

export async function loadSeed(
  publishedAt: string | null,
): Promise<{ report: Report; extraction: Extraction } | null> {
  const bytes = await readFile(SEED_PATH).then(
    (b) => new Uint8Array(b),
    () => null,
  );
  if (!bytes) return null;
  const report = ingestDocument(
    { bytes, originalName: "000_73950fb0b43643e1.txt", retrievedAt: "2026-01-01T00:00:00.000Z", publishedAt },
    { maxBytes: 5_000_000 },
  );
  const knowledge = buildKnowledge();
  return {
    report,
    extraction: extractClaims(report, { places: knowledge.places, actors: knowledge.actors }),
  };
}
