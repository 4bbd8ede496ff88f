/**
 * What each job in the catalogue does. Handlers run inside worker threads (see job-thread.ts), each
 * with the thread's own runtime, and are idempotent: running one twice leaves one effect.
 */
import type { Job } from "../storage/ports.js";
import type { Runtime } from "../services/runtime.js";
import { analyzeStoredReport } from "../services/analyze-service.js";
import { resolveReports } from "../services/resolve-service.js";
import { RESOLVER_VERSION } from "../pipeline/resolve/index.js";
import { assessAfterResolution, assessAfterReview } from "../services/assessment-service.js";
import { QUALIFICATION_RULES_VERSION } from "../knowledge/legal/rules-version.js";
import { jobKey, parseJobPayload, type JobName } from "./catalogue.js";

export type JobHandler = (runtime: Runtime, job: Job) => Promise<void>;
/**
 * Runs several jobs of one kind together, all or nothing as far as the runner knows: when it throws,
 * the runner runs each job again alone through its `JobHandler`, so one bad job fails by itself.
 */
export type BatchJobHandler = (runtime: Runtime, jobs: readonly Job[]) => Promise<void>;

export const jobHandlers: Record<JobName, JobHandler> = {
  "extract-report": async (runtime, job) => {
    const payload = parseJobPayload("extract-report", job.payload);
    await analyzeStoredReport(runtime, payload.reportId, "job:extract-report");
    // Resolution follows every extraction; its key names the extraction it resolves.
    const next = { ...payload, resolverVersion: RESOLVER_VERSION };
    await runtime.store.jobs.enqueue("resolve-report", jobKey("resolve-report", next), next);
  },
  "resolve-report": (runtime, job) => resolveReportJobs(runtime, [job]),
  "assess-report": (runtime, job) => assessReportJobs(runtime, [job]),
  "assess-incidents": async (runtime, job) => {
    const payload = parseJobPayload("assess-incidents", job.payload);
    await assessAfterReview(runtime.store, payload.incidentIds, "job:assess-incidents");
  },
};

/** Kinds listed in catalogue.ts `batchableJobNames`, run many jobs at a time. */
export const batchJobHandlers: Partial<Record<JobName, BatchJobHandler>> = {
  "resolve-report": resolveReportJobs,
  "assess-report": assessReportJobs,
};

/** Assesses what the jobs' resolutions changed, in one pass per situation. */
async function assessReportJobs(runtime: Runtime, jobs: readonly Job[]): Promise<void> {
  const reportIds = jobs.map((job) => parseJobPayload("assess-report", job.payload).reportId);
  await assessAfterResolution(runtime.store, reportIds, "job:assess-report");
}

/** Resolves the jobs' reports in one transaction, then queues each one's assessment. */
async function resolveReportJobs(runtime: Runtime, jobs: readonly Job[]): Promise<void> {
  const payloads = jobs.map((job) => parseJobPayload("resolve-report", job.payload));
  const reportIds = payloads.map((payload) => payload.reportId);
  await resolveReports(runtime, reportIds, "job:resolve-report", {
    batchSize: Math.max(1, reportIds.length),
  });
  // Assessment follows every resolution, so alerts and qualifications need no separate command.
  for (const payload of payloads) {
    const next = { ...payload, rulesVersion: QUALIFICATION_RULES_VERSION };
    await runtime.store.jobs.enqueue("assess-report", jobKey("assess-report", next), next);
  }
}
