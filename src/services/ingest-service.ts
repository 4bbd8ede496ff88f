/**
 * Ingestion service: reads bytes from files, folders or stdin, runs the pure ingest stage, stores the
 * report with its original bytes, and queues extraction. Bad input leaves the store unchanged.
 */
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestDeps, IngestInput } from "../pipeline/ingest/index.js";
import { EXTRACTOR_VERSION } from "../pipeline/extract/version.js";
import { R2pError, errors } from "../domain/errors.js";
import type { Report } from "../domain/report.js";
import type { Actor, ReportMetadataPatch, Store } from "../storage/ports.js";
import { derivationHash } from "../storage/derived-fields.js";
import { RESOLVER_VERSION } from "../pipeline/resolve/version.js";
import { jobKey, type JobName } from "../jobs/catalogue.js";
import { QUALIFICATION_RULES_VERSION } from "../knowledge/legal/rules-version.js";

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
  /** Runs the ingest stage; default: in this thread. */
  parse?: DocumentParser;
  /**
   * Runs the whole ingestion (stage, hashes, save, queueing) elsewhere instead of here; the server
   * passes one that uses a worker thread with its own store connection (jobs/threaded-ingest.ts), so
   * neither parsing nor storing a multi-megabyte report stalls its requests.
   */
  ingestElsewhere?: DocumentIngester;
}

/** Where a document came from, as ingestBytes takes it. */
export interface IngestSource {
  originalName: string | null;
  mediaTypeHint?: IngestInput["mediaTypeHint"];
}

/** The options that can cross to a worker thread: plain data only (no clock, no callbacks). */
export type ThreadIngestOptions = Pick<
  IngestOptions,
  "publisher" | "publishedAt" | "url" | "maxBytes" | "actor" | "queueExtraction"
>;

/** A whole ingestion of one document, wherever it runs. */
export type DocumentIngester = (
  bytes: Uint8Array,
  source: IngestSource,
  options: ThreadIngestOptions,
) => Promise<IngestOutcome>;

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
  source: IngestSource,
  options: IngestOptions,
): Promise<IngestOutcome> {
  if (options.ingestElsewhere) {
    const { publisher, publishedAt, url, maxBytes, actor, queueExtraction } = options;
    return options.ingestElsewhere(bytes, source, {
      publisher,
      publishedAt,
      url,
      maxBytes,
      actor,
      queueExtraction,
    });
  }
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
  const metadataRevision = derivationHash(report).slice(0, 16);
  const payload = { reportId: report.id, extractorVersion: EXTRACTOR_VERSION, metadataRevision };
  await store.jobs.enqueue("extract-report", jobKey("extract-report", payload), payload);
}

/**
 * The jobs that analyse a report as it stands now, each queued by the one before: its extraction, the
 * resolution of its claims into incidents, and the assessment of what that changed. Waiting for all
 * three means its incidents are qualified and their alerts raised.
 */
export function analysisJobs(report: Report): { name: JobName; key: string; payload: unknown }[] {
  const metadataRevision = derivationHash(report).slice(0, 16);
  const extract = { reportId: report.id, extractorVersion: EXTRACTOR_VERSION, metadataRevision };
  const resolve = { ...extract, resolverVersion: RESOLVER_VERSION };
  const assess = { ...resolve, rulesVersion: QUALIFICATION_RULES_VERSION };
  return [
    { name: "extract-report", key: jobKey("extract-report", extract), payload: extract },
    { name: "resolve-report", key: jobKey("resolve-report", resolve), payload: resolve },
    { name: "assess-report", key: jobKey("assess-report", assess), payload: assess },
  ];
}

/** One file read from disk, or the reason it could not be taken. */
type LoadedFile = { status: "loaded"; source: string; bytes: Uint8Array } | Rejection;

/** Reads one file with a size check before reading, so a huge file is refused without loading it. */
async function loadFile(filePath: string, maxBytes: number): Promise<LoadedFile> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error("not a regular file");
    if (info.size > maxBytes) return rejection(filePath, errors.tooLarge(filePath, info.size, maxBytes));
    return { status: "loaded", source: filePath, bytes: await readFile(filePath) };
  } catch (error) {
    const reason =
      error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    return rejection(filePath, errors.unreadable(filePath, reason));
  }
}

async function ingestLoaded(store: Store, file: LoadedFile, options: IngestOptions): Promise<IngestOutcome> {
  if (file.status === "rejected") return file;
  const outcome = await ingestBytes(store, file.bytes, { originalName: path.basename(file.source) }, options);
  return { ...outcome, source: file.source };
}

/** Reads and ingests one file (the inbox watcher's unit of work). */
export async function ingestFile(
  store: Store,
  filePath: string,
  options: IngestOptions,
): Promise<IngestOutcome> {
  return ingestLoaded(store, await loadFile(filePath, options.maxBytes), options);
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

/**
 * Files per transaction in a folder ingestion. A commit, not a row, is what costs: SQLite writes the
 * full-text index segment and the WAL once per commit (about 1 ms), so a commit per file capped a
 * folder at a few hundred reports/s. A batch holds the write lock for a fraction of a second.
 */
const FILES_PER_BATCH = 100;

/**
 * Ingests a file or a whole folder (recursively), reporting progress after each file. Files are read
 * a batch at a time, in parallel, and each batch is stored in one transaction: a database failure
 * rolls back that batch only (earlier batches stay, and re-running is idempotent). Bad files are
 * rejected one by one as before and never abort a batch.
 */
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
  for await (const group of batchesOf(files, options.maxBytes)) {
    const loaded = await Promise.all(group.map((file) => loadFile(file, options.maxBytes)));
    const outcomes = await store.batch(async (batch) => {
      const done: IngestOutcome[] = [];
      for (const file of loaded) done.push(await ingestLoaded(batch, file, options));
      return done;
    });
    for (const outcome of outcomes) {
      summary.outcomes.push(outcome);
      if (outcome.status === "ingested") summary.ingested++;
      else if (outcome.status === "already_ingested") summary.alreadyPresent++;
      else summary.rejected.push(outcome);
      onProgress?.(summary.outcomes.length, files.length, outcome);
    }
  }
  return summary;
}

/** Bytes held in memory at once: a batch of large files is cut short. */
const BATCH_BYTES = 64 * 1024 * 1024;

/** Splits `files` (in order) into batches of at most FILES_PER_BATCH files and BATCH_BYTES on disk. */
async function* batchesOf(files: string[], maxBytes: number): AsyncGenerator<string[]> {
  for (let start = 0; start < files.length; start += FILES_PER_BATCH) {
    const chunk = files.slice(start, start + FILES_PER_BATCH);
    // Unreadable files count as empty here; loadFile reports them.
    const sizes = await Promise.all(
      chunk.map((file) =>
        stat(file).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    );
    let batch: string[] = [];
    let bytes = 0;
    for (const [index, file] of chunk.entries()) {
      const size = Math.min(sizes[index]!, maxBytes);
      if (batch.length > 0 && bytes + size > BATCH_BYTES) {
        yield batch;
        batch = [];
        bytes = 0;
      }
      batch.push(file);
      bytes += size;
    }
    if (batch.length > 0) yield batch;
  }
}
