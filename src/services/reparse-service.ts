/**
 * Re-parse service: re-runs the pure ingest stage on the stored original bytes of reports, so that an
 * improved stage (new furniture rules, a date line now recognised) reaches reports stored earlier.
 * The id, the original bytes, the retrieval facts and the user's metadata are kept; a changed
 * derivation is stored with an audit event and queued for re-extraction. A report whose original no
 * longer passes ingestion is reported and left exactly as it was.
 */
import { R2pError } from "../domain/errors.js";
import type { Report } from "../domain/report.js";
import type { Actor, Store } from "../storage/ports.js";
import { changedDerivedFields, type DerivedFieldName } from "../storage/derived-fields.js";
import { sha256Hex } from "../storage/hash.js";
import { queueExtraction } from "./ingest-service.js";

/** Reports read per page when re-parsing everything. */
const PAGE = 100;

export type ReparseOutcome =
  | { id: string; status: "unchanged" }
  | { id: string; status: "updated"; changed: DerivedFieldName[]; report: Report }
  | { id: string; status: "failed"; code: string; reason: string };

export interface ReparseSummary {
  unchanged: number;
  updated: number;
  failed: number;
  outcomes: ReparseOutcome[];
}

export interface ReparseOptions {
  actor: Actor;
  /** Queue extraction of updated reports (default true). */
  queueExtraction?: boolean;
}

const failed = (id: string, code: string, reason: string): ReparseOutcome => ({
  id,
  status: "failed",
  code,
  reason,
});

/**
 * Re-derives one stored report from its original bytes.
 *
 * @example await reparseReport(store, id, { actor: "cli:ana" }) // { id, status: "unchanged" }
 */
export async function reparseReport(
  store: Store,
  id: string,
  options: ReparseOptions,
): Promise<ReparseOutcome> {
  const stored = await store.reports.get(id);
  const user = await store.reports.userMetadata(id);
  if (!stored || !user) return failed(id, "NOT_FOUND", `No report with id ${id}.`);
  const bytes = await store.reports.getOriginal(id);
  if (!bytes) return failed(id, "ORIGINAL_MISSING", "the original bytes are missing; run `r2p verify`.");
  if (sha256Hex(bytes) !== id)
    return failed(id, "ORIGINAL_MISMATCH", "the original bytes no longer match the id; run `r2p verify`.");

  const { ingestDocument } = await import("../pipeline/ingest/index.js");
  let derived: Report;
  try {
    derived = ingestDocument(
      {
        bytes,
        originalName: stored.originalName,
        mediaTypeHint: user.mediaType ?? null,
        publisher: user.publisher ?? null,
        publishedAt: user.publishedAt ?? null,
        url: user.url ?? null,
        retrievedAt: stored.retrievedAt,
      },
      // These bytes were accepted once; a size limit lowered since must not make them fail now.
      { maxBytes: Math.max(bytes.byteLength, 1) },
    );
  } catch (error) {
    if (error instanceof R2pError) return failed(id, error.code, error.message);
    // Anything else (a derived record the schema refuses) is still this report's failure, not the run's.
    return failed(id, "INGEST_FAILED", error instanceof Error ? error.message : String(error));
  }

  const { changed } = await store.reports.rederive(id, derived, options.actor);
  if (!changed) return { id, status: "unchanged" };
  const report = await store.reports.get(id);
  if (!report) return failed(id, "NOT_FOUND", `Report ${id} vanished while being re-parsed.`);
  if (options.queueExtraction !== false) await queueExtraction(store, report);
  return { id, status: "updated", changed: changedDerivedFields(stored, report), report };
}

/**
 * Re-derives the given reports, or every stored report when `ids` is "all" (paged, newest first).
 * Ids must be full ids; the CLI resolves prefixes.
 */
export async function reparseReports(
  store: Store,
  ids: readonly string[] | "all",
  options: ReparseOptions,
  onOutcome?: (outcome: ReparseOutcome) => void,
): Promise<ReparseSummary> {
  const summary: ReparseSummary = { unchanged: 0, updated: 0, failed: 0, outcomes: [] };
  const seen = new Set<string>();
  const handle = async (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const outcome = await reparseReport(store, id, options);
    summary[outcome.status]++;
    summary.outcomes.push(outcome);
    onOutcome?.(outcome);
  };
  if (ids !== "all") {
    for (const id of ids) await handle(id);
    return summary;
  }
  // Re-parsing never changes retrievedAt, so the listing order is stable; a report ingested meanwhile
  // shifts the pages by one, which re-visits (and `seen` skips) a report rather than missing one.
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.reports.list({ limit: PAGE, offset });
    for (const item of page) await handle(item.id);
    if (page.length < PAGE) break;
  }
  return summary;
}
