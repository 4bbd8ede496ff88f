/**
 * Analysis service: runs the extraction stage on a stored report with the runtime's knowledge and
 * stores the result (replacing any earlier extraction of that report).
 */
import { extractClaims, EXTRACTOR_VERSION } from "../pipeline/extract/index.js";
import type { Extraction } from "../domain/claim.js";
import { errors } from "../domain/errors.js";
import type { Actor } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";

/** Extracts claims from report `reportId`, saves them, and returns the extraction. */
export async function analyzeStoredReport(
  runtime: Runtime,
  reportId: string,
  actor: Actor,
): Promise<Extraction> {
  const report = await runtime.store.reports.get(reportId);
  if (!report) throw errors.notFound("report", reportId);
  const knowledge = await runtime.knowledge();
  const extraction = extractClaims(report, { places: knowledge.places, actors: knowledge.actors });
  await runtime.store.claims.saveExtraction(report.id, EXTRACTOR_VERSION, extraction, actor);
  return extraction;
}
