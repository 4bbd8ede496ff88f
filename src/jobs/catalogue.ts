/**
 * The typed job catalogue: job name -> payload schema. Every job is keyed by its content (a report's
 * sha256 plus the extractor version), so enqueuing twice or retrying after a crash never duplicates
 * an effect.
 */
import { z } from "zod";

export const jobCatalogue = {
  /** Extract claims and statements from one stored report (replaces earlier claims of that report). */
  "extract-report": z.object({
    reportId: z.string().regex(/^[0-9a-f]{64}$/),
    extractorVersion: z.string(),
    /** Hash of the report's derived fields (metadata and text): a new date or a re-derived text re-extracts. */
    metadataRevision: z.string(),
  }),
  /**
   * Resolve one report's latest claims into incidents (queued by extract-report; skipped when that
   * extraction is already resolved by this resolver version).
   */
  "resolve-report": z.object({
    reportId: z.string().regex(/^[0-9a-f]{64}$/),
    extractorVersion: z.string(),
    metadataRevision: z.string(),
    resolverVersion: z.string(),
  }),
  /**
   * Assess what one report's resolution changed: qualify its incidents and any whose input changed,
   * replay the alert series they touch (queued by resolve-report; `r2p ingest` waits for it).
   */
  "assess-report": z.object({
    reportId: z.string().regex(/^[0-9a-f]{64}$/),
    extractorVersion: z.string(),
    metadataRevision: z.string(),
    resolverVersion: z.string(),
    rulesVersion: z.string(),
  }),
  /**
   * Assess what an analyst's review changed: qualify the incidents it touched again (a merged-away or
   * rejected one loses its assessment) and replay the series they are in. Queued by the review routes;
   * keyed by the decision's time, so each decision is assessed once.
   */
  "assess-incidents": z.object({
    incidentIds: z.array(z.string().min(1).max(64)).min(1).max(100),
    decidedAt: z.string(),
    rulesVersion: z.string(),
  }),
} as const;

export type JobName = keyof typeof jobCatalogue;

/**
 * Job kinds whose handlers can run many jobs at once (job-handlers.ts `batchJobHandlers`): the runner
 * claims further ready jobs of the kind with the first and runs them together, in one transaction.
 * Resolution is 3-6x cheaper per claim in batches than one report at a time.
 */
export const batchableJobNames: readonly string[] = ["resolve-report", "assess-report"];
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalogue)[N]>;

export const jobNames = Object.keys(jobCatalogue) as JobName[];

/** Parses a stored payload against its schema; a bad payload is a programming error, so it throws. */
export function parseJobPayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  return jobCatalogue[name].parse(payload) as JobPayload<N>;
}

/** The idempotency key for a job: the same work always gets the same key. */
export function jobKey<N extends JobName>(name: N, payload: JobPayload<N>): string {
  const p = payload as JobPayload<JobName>;
  if (!("reportId" in p)) return `${[...p.incidentIds].sort().join(",")}@${p.decidedAt}@a${p.rulesVersion}`;
  let key = `${p.reportId}@${p.extractorVersion}@${p.metadataRevision}`;
  if ("resolverVersion" in p) key += `@r${p.resolverVersion}`;
  if ("rulesVersion" in p) key += `@a${p.rulesVersion}`;
  return key;
}
