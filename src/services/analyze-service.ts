/**
 * Analysis service: runs the extraction stage on a stored report with the runtime's knowledge and
 * stores the result (replacing any earlier extraction of that report). The stage (NLP model, date
 * parser) is imported on the first analysis, so commands that never analyse never load it.
 */
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
  const [knowledge, { extractClaims, EXTRACTOR_VERSION }] = await Promise.all([
    runtime.knowledge(),
    import("../pipeline/extract/index.js"),
  ]);
  const extraction = extractClaims(report, { places: knowledge.places, actors: knowledge.actors });
  await runtime.store.claims.saveExtraction(report.id, EXTRACTOR_VERSION, extraction, actor);
  return extraction;
}
