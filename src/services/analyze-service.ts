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
import { ReportFeed } from "./report-feed.js";

/** Reports analysed per transaction by analyzeStoredReports (a commit costs more than a report's rows). */
const REPORTS_PER_BATCH = 50;

/** Extracts claims from one report (a stored one by id, or the report itself), saving nothing. */
export type ReportExtractor = (store: Store, report: string | Report) => Promise<Extraction>;

/**
 * Worker threads that extract reports (jobs/threaded-extraction.ts), each with its own store
 * connection and knowledge; `extract` runs a few reports in one task and gives their extractions in order.
 */
export interface ExtractionThreads {
  readonly size: number;
  /** Tasks each thread takes at once, the next queued behind the running one (default 1). */
  readonly tasksPerThread?: number;
  extract(reports: (string | Report)[]): Promise<Extraction[]>;
}

/** The stage and the knowledge, loaded once per process (knowledge again after a gazetteer import). */
export async function loadReportExtractor(runtime: Runtime): Promise<ReportExtractor> {
  const [knowledge, stage] = await Promise.all([runtime.knowledge(), import("../pipeline/extract/index.js")]);
  return async (store, reportRef) => {
    const report = typeof reportRef === "string" ? await store.reports.get(reportRef) : reportRef;
    if (!report) throw errors.notFound("report", reportRef as string);
    return stage.extractClaims(report, { places: knowledge.places, actors: knowledge.actors });
  };
}

const reportIdOf = (report: string | Report) => (typeof report === "string" ? report : report.id);

async function loadExtraction(runtime: Runtime) {
  const [extract, { EXTRACTOR_VERSION }] = await Promise.all([
    loadReportExtractor(runtime),
    import("../pipeline/extract/version.js"),
  ]);
  return async (store: Store, reportRef: string | Report, actor: Actor): Promise<Extraction> => {
    const extraction = await extract(store, reportRef);
    await store.claims.saveExtraction(reportIdOf(reportRef), EXTRACTOR_VERSION, extraction, actor);
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
 * the caller already holds (just ingested), which is then not read back. The reports may be a
 * ReportFeed still being filled (`r2p analyze` ingesting a folder): a batch is analysed once its
 * reports are all there, or the feed has ended; a failed feed fails the analysis with its error once
 * the reports pushed before it are analysed.
 *
 * With `threads`, the reports are extracted in parallel by the threads and by this thread, up to two
 * batches ahead of the one being stored (parallel-extraction.ts); the batches are stored as without
 * threads, in order, so the stored rows and what `onExtraction` sees are the same. When a report
 * fails, the batches before its own are stored and the error is the first failing report's.
 *
 * @example await analyzeStoredReports(runtime, ids, "cli:ana", (e) => console.log(e.incidents.length));
 */
export async function analyzeStoredReports(
  runtime: Runtime,
  reports: readonly (string | Report)[] | ReportFeed,
  actor: Actor,
  onExtraction: (extraction: Extraction, index: number) => void,
  threads: ExtractionThreads | null = null,
): Promise<void> {
  const feed = reports instanceof ReportFeed ? reports : ReportFeed.of(reports);
  // Nothing to analyse (an empty folder, every file rejected): the stage and the knowledge stay unloaded.
  if ((await feed.upTo(1)) === 0) return;
  if (threads) return analyzeInParallel(runtime, feed, actor, onExtraction, threads);
  const analyze = await loadExtraction(runtime);
  for (let start = 0; ; start += REPORTS_PER_BATCH) {
    const end = await feed.upTo(start + REPORTS_PER_BATCH);
    if (end <= start) return;
    const refs = feed.reports.slice(start, end);
    const extractions = await runtime.store.batch(async (batch) => {
      const done: Extraction[] = [];
      for (const ref of refs) done.push(await analyze(batch, ref, actor));
      return done;
    });
    extractions.forEach((extraction, offset) => onExtraction(extraction, start + offset));
  }
}

async function analyzeInParallel(
  runtime: Runtime,
  feed: ReportFeed,
  actor: Actor,
  onExtraction: (extraction: Extraction, index: number) => void,
  threads: ExtractionThreads,
): Promise<void> {
  const [extractHere, { EXTRACTOR_VERSION }, { ParallelExtraction }] = await Promise.all([
    loadReportExtractor(runtime),
    import("../pipeline/extract/version.js"),
    import("./parallel-extraction.js"),
  ]);
  const parallel = new ParallelExtraction(feed, {
    batchSize: REPORTS_PER_BATCH,
    threads,
    extractHere: (report) => extractHere(runtime.store, report),
  });
  try {
    for (let start = 0; (await feed.upTo(start + 1)) > start; start += REPORTS_PER_BATCH) {
      const extractions = await parallel.batch(start);
      const refs = feed.reports.slice(start, start + extractions.length);
      await runtime.store.batch(async (batch) => {
        for (const [offset, extraction] of extractions.entries())
          await batch.claims.saveExtraction(reportIdOf(refs[offset]!), EXTRACTOR_VERSION, extraction, actor);
      });
      parallel.stored(start + refs.length);
      extractions.forEach((extraction, offset) => onExtraction(extraction, start + offset));
    }
  } finally {
    parallel.stop();
  }
}
