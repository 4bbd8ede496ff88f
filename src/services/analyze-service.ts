/**
 * Analysis service: runs the extraction stage on stored reports with the runtime's knowledge and
 * stores the results (replacing any earlier extraction of each report). The stage (NLP model, date
 * parser) is imported on the first analysis, so commands that never analyse never load it.
 */
import type { Extraction } from "../domain/claim.js";
import type { Report } from "../domain/report.js";
import { errors } from "../domain/errors.js";
import type { Actor, Store } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";

/** Reports analysed per transaction by analyzeStoredReports (a commit costs more than a report's rows). */
const REPORTS_PER_BATCH = 50;

/** The stage and the knowledge, loaded once per process (knowledge again after a gazetteer import). */
async function loadExtraction(runtime: Runtime) {
  const [knowledge, stage] = await Promise.all([runtime.knowledge(), import("../pipeline/extract/index.js")]);
  return async (store: Store, reportRef: string | Report, actor: Actor): Promise<Extraction> => {
    const report = typeof reportRef === "string" ? await store.reports.get(reportRef) : reportRef;
    if (!report) throw errors.notFound("report", reportRef as string);
    const extraction = stage.extractClaims(report, { places: knowledge.places, actors: knowledge.actors });
    await store.claims.saveExtraction(report.id, stage.EXTRACTOR_VERSION, extraction, actor);
    return extraction;
  };
}

/** Extracts claims from report `reportId`, saves them, and returns the extraction. */
export async function analyzeStoredReport(
  runtime: Runtime,
  reportId: string,
  actor: Actor,
): Promise<Extraction> {
  const analyze = await loadExtraction(runtime);
  return analyze(runtime.store, reportId, actor);
}

/**
 * Analyses many stored reports, storing each batch of results in one transaction, and hands each
 * extraction to `onExtraction` (in order) once its batch is committed. A failure rolls back only the
 * batch in progress; re-running is idempotent. A report is given by its id, or as the stored report
 * the caller already holds (just ingested), which is then not read back.
 *
 * @example await analyzeStoredReports(runtime, ids, "cli:ana", (e) => console.log(e.incidents.length));
 */
export async function analyzeStoredReports(
  runtime: Runtime,
  reports: readonly (string | Report)[],
  actor: Actor,
  onExtraction: (extraction: Extraction, index: number) => void,
): Promise<void> {
  const analyze = await loadExtraction(runtime);
  for (let start = 0; start < reports.length; start += REPORTS_PER_BATCH) {
    const refs = reports.slice(start, start + REPORTS_PER_BATCH);
    const extractions = await runtime.store.batch(async (batch) => {
      const done: Extraction[] = [];
      for (const ref of refs) done.push(await analyze(batch, ref, actor));
      return done;
    });
    extractions.forEach((extraction, offset) => onExtraction(extraction, start + offset));
  }
}
