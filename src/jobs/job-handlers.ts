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

export const jobHandlers: Record<JobName, JobHandler> = {
  "extract-report": async (runtime, job) => {
    const payload = parseJobPayload("extract-report", job.payload);
    await analyzeStoredReport(runtime, payload.reportId, "job:extract-report");
    // Resolution follows every extraction; its key names the extraction it resolves.
    const next = { ...payload, resolverVersion: RESOLVER_VERSION };
    await runtime.store.jobs.enqueue("resolve-report", jobKey("resolve-report", next), next);
  },
  "resolve-report": async (runtime, job) => {
    const payload = parseJobPayload("resolve-report", job.payload);
    await resolveReports(runtime, [payload.reportId], "job:resolve-report");
    // Assessment follows every resolution, so alerts and qualifications need no separate command.
    const next = { ...payload, rulesVersion: QUALIFICATION_RULES_VERSION };
    await runtime.store.jobs.enqueue("assess-report", jobKey("assess-report", next), next);
  },
  "assess-report": async (runtime, job) => {
    const payload = parseJobPayload("assess-report", job.payload);
    await assessAfterResolution(runtime.store, [payload.reportId], "job:assess-report");
  },
  "assess-incidents": async (runtime, job) => {
    const payload = parseJobPayload("assess-incidents", job.payload);
    await assessAfterReview(runtime.store, payload.incidentIds, "job:assess-incidents");
  },
};
