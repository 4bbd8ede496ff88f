/**
 * Ingestion service: reads bytes from files, folders or stdin, runs the pure ingest stage, stores the
 * report with its original bytes, and queues extraction. Bad input leaves the store unchanged.
 */
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestDeps, IngestInput } from "../pipeline/ingest/index.js";
import { R2pError, errors } from "../domain/errors.js";
import type { Report } from "../domain/report.js";
import type { Actor, ReportMetadataPatch, Store } from "../storage/ports.js";
import { derivationHash } from "../storage/derived-fields.js";
import { jobKey } from "../jobs/catalogue.js";

export interface IngestOptions {
  publisher?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  maxBytes: number;
  actor: Actor;
  /** Queue claim extraction for new reports (default true). */
  queueExtraction?: boolean;
  /** Clock for retrievedAt; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Runs the ingest stage; default: in this thread. The server passes one that runs it in a worker
   * thread, so parsing a multi-megabyte page never stalls requests.
   */
  parse?: DocumentParser;
}

/** The ingest stage behind a promise, wherever it runs; throws the stage's R2pErrors. */
export type DocumentParser = (input: IngestInput, deps: IngestDeps) => Promise<Report>;

const parseInThisThread: DocumentParser = async (input, deps) => {
  const { ingestDocument } = await import("../pipeline/ingest/index.js");
  return ingestDocument(input, deps);
};

export type IngestOutcome =
  | { status: "ingested"; source: string; report: Report }
  /** `annotated`: the user supplied metadata that differed from what was stored, and it was applied. */
  | { status: "already_ingested"; source: string; report: Report; annotated: boolean }
  | { status: "rejected"; source: string; code: string; reason: string; httpStatus: number };

export type Rejection = Extract<IngestOutcome, { status: "rejected" }>;

const rejection = (source: string, error: R2pError): Rejection => ({
  status: "rejected",
  source,
  code: error.code,
  reason: error.message,
  httpStatus: error.status,
});

/** Ingests one document already in memory (stdin, API body, inbox file). */
export async function ingestBytes(
  store: Store,
  bytes: Uint8Array,
  source: { originalName: string | null; mediaTypeHint?: IngestInput["mediaTypeHint"] },
  options: IngestOptions,
): Promise<IngestOutcome> {
  const label = source.originalName ?? "request body";
  const parse = options.parse ?? parseInThisThread;
  let report: Report;
  try {
    report = await parse(
      {
        bytes,
        originalName: source.originalName,
        mediaTypeHint: source.mediaTypeHint ?? null,
        publisher: options.publisher ?? null,
        publishedAt: options.publishedAt ?? null,
        url: options.url ?? null,
        retrievedAt: (options.now ?? (() => new Date()))().toISOString(),
      },
      { maxBytes: options.maxBytes },
    );
  } catch (error) {
    if (error instanceof R2pError) return rejection(label, error);
    throw error;
  }
  // Record what the user asserted, so `r2p reports reparse` keeps it over a newer derivation.
  const userMetadata = {
    ...userMetadataPatch(options),
    ...(source.mediaTypeHint ? { mediaType: source.mediaTypeHint } : {}),
  };
  const saved = await store.reports.save(report, bytes, options.actor, { userMetadata });
  let stored = saved.report;
  let annotated = false;
  if (!saved.created) {
    // Same bytes again: the text is unchanged, but the user may now be telling us the date or publisher.
    const patch = userMetadataPatch(options);
    if (Object.keys(patch).length > 0) {
      const result = await store.reports.annotate(stored.id, patch, options.actor);
      stored = result.report;
      annotated = result.changed;
    }
  }
  if (options.queueExtraction !== false) await queueExtraction(store, stored);
  return saved.created
    ? { status: "ingested", source: label, report: stored }
    : { status: "already_ingested", source: label, report: stored, annotated };
}

function userMetadataPatch(options: IngestOptions): ReportMetadataPatch {
  const patch: ReportMetadataPatch = {};
  if (options.publishedAt) patch.publishedAt = options.publishedAt;
  if (options.publisher) patch.publisher = options.publisher;
  if (options.url) patch.url = options.url;
  return patch;
}

/**
 * Queues (idempotently) the extraction of one report with the current extractor version and the
 * report's current derivation (metadata and text): re-ingesting changes nothing, while a new
 * publication date or a re-derived text (`r2p reports reparse`) re-extracts.
 */
export async function queueExtraction(store: Store, report: Report): Promise<void> {
  const { EXTRACTOR_VERSION } = await import("../pipeline/extract/index.js");
  const metadataRevision = derivationHash(report).slice(0, 16);
  const payload = { reportId: report.id, extractorVersion: EXTRACTOR_VERSION, metadataRevision };
  await store.jobs.enqueue("extract-report", jobKey("extract-report", payload), payload);
}

/** Reads one file with a size check before reading, so a huge file is refused without loading it. */
export async function ingestFile(
  store: Store,
  filePath: string,
  options: IngestOptions,
): Promise<IngestOutcome> {
  let bytes: Uint8Array;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error("not a regular file");
    if (info.size > options.maxBytes) {
      return rejection(filePath, errors.tooLarge(filePath, info.size, options.maxBytes));
    }
    bytes = await readFile(filePath);
  } catch (error) {
    const reason =
      error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    return rejection(filePath, errors.unreadable(filePath, reason));
  }
  const outcome = await ingestBytes(store, bytes, { originalName: path.basename(filePath) }, options);
  return { ...outcome, source: filePath };
}

/**
 * Every regular file below `dir`, sorted, skipping dot-files and dot-folders. Symbolic links are
 * followed (to files and to folders); a folder reached twice (a link loop, or two links to one place)
 * is walked once, and a dangling link comes back as a rejection instead of vanishing.
 */
export async function listFilesRecursively(dir: string): Promise<{ files: string[]; problems: Rejection[] }> {
  const files: string[] = [];
  const problems: Rejection[] = [];
  const visited = new Set<string>();
  const walk = async (current: string) => {
    const real = await realpath(current);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(current, entry.name);
      let kind: "dir" | "file" | "other" = entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other";
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => null);
        if (!target) {
          problems.push(
            rejection(full, errors.unreadable(full, "dangling symbolic link (its target is gone)")),
          );
          continue;
        }
        kind = target.isDirectory() ? "dir" : target.isFile() ? "file" : "other";
      }
      if (kind === "dir") await walk(full);
      else if (kind === "file") files.push(full);
    }
  };
  await walk(dir);
  return { files, problems };
}

export interface IngestSummary {
  ingested: number;
  alreadyPresent: number;
  rejected: Rejection[];
  outcomes: IngestOutcome[];
}

/** Ingests a file or a whole folder (recursively), reporting progress after each file. */
export async function ingestPath(
  store: Store,
  target: string,
  options: IngestOptions,
  onProgress?: (done: number, total: number, outcome: IngestOutcome) => void,
): Promise<IngestSummary> {
  let files: string[];
  let problems: Rejection[] = [];
  try {
    if ((await stat(target)).isDirectory()) ({ files, problems } = await listFilesRecursively(target));
    else files = [target];
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const outcome = rejection(target, errors.unreadable(target, reason));
    return { ingested: 0, alreadyPresent: 0, rejected: [outcome], outcomes: [outcome] };
  }
  const summary: IngestSummary = {
    ingested: 0,
    alreadyPresent: 0,
    rejected: [...problems],
    outcomes: [...problems],
  };
  for (const [index, file] of files.entries()) {
    const outcome = await ingestFile(store, file, options);
    summary.outcomes.push(outcome);
    if (outcome.status === "ingested") summary.ingested++;
    else if (outcome.status === "already_ingested") summary.alreadyPresent++;
    else summary.rejected.push(outcome);
    onProgress?.(index + 1, files.length, outcome);
  }
  return summary;
}
